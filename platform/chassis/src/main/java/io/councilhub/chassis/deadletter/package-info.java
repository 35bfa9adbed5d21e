/** The secretariat's view of a service's dead-letter topics, and the replay of one dead letter to its original topic. */
package io.councilhub.chassis.deadletter;
