/**
 * The transactional outbox: an aggregate document carries the events it caused, written in the same
 * single-document write as the state change, and a relay publishes them to Kafka before removing them.
 */
package io.councilhub.chassis.outbox;
