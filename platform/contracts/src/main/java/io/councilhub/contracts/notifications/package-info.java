/** Events that notification-service publishes about the newsletter. */
package io.councilhub.contracts.notifications;
