/**
 * What events-service hears from membership: the consumer of {@code council.membership.v1} and the port
 * ({@link io.councilhub.events.membership.MembershipReactions}) through which features react to it.
 */
package io.councilhub.events.membership;
