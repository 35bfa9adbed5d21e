/**
 * The meetings' decisions that are subcommittee-service's to act on: the consumer of {@code council.meetings.v1}
 * and the two ports it hands decisions to (establishing a subcommittee, deciding an activity plan).
 */
package io.councilhub.subcommittee.proposal;
