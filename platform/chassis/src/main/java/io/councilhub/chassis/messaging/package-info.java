/** CloudEvents 1.0 binary-mode envelope on Kafka, routing of inbound events by type, and idempotent handling. */
package io.councilhub.chassis.messaging;
