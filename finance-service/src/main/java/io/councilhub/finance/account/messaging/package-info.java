/** The consumer of {@code council.membership.v1} that keeps member accounts in step with the roll. */
package io.councilhub.finance.account.messaging;
