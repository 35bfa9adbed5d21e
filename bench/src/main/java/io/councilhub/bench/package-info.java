/** The propagation benchmark: withdrawal-to-forecast latency, outbox-to-consumer throughput and the raw Kafka round trip it is compared with. */
package io.councilhub.bench;
