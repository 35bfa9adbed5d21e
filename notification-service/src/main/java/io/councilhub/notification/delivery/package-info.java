/** Sending a newsletter issue: one delivery record per (issue, recipient), a worker pool sending through the mail transport, retry, suppression, pause, resume after a restart, statistics. */
package io.councilhub.notification.delivery;
