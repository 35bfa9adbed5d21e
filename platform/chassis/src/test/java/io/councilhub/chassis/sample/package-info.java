/** A minimal service used only by the chassis's own tests: an aggregate with an outbox, a consumer, a controller. */
package io.councilhub.chassis.sample;
