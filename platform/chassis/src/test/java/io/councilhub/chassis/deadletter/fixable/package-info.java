/** A tiny service for the dead-letter tests: its handler fails for admissions named as broken until they are fixed. */
package io.councilhub.chassis.deadletter.fixable;
