/** Auto-configuration that wires the chassis into every service. */
package io.councilhub.chassis.config;
