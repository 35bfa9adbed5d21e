/** Mailing lists and their subscribers, consent (double opt-in, one-click unsubscribe) and the suppression list every send checks. */
package io.councilhub.notification.subscriber;
