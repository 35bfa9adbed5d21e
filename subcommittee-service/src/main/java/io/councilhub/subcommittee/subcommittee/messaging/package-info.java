/** What subcommittees do when the member roll changes: the consumer of {@code council.membership.v1}. */
package io.councilhub.subcommittee.subcommittee.messaging;
