/** HTTP adapters of the lists: the secretariat's {@code /api/subscribers} and the subscribers' own public {@code /api/public/subscriptions}. */
package io.councilhub.notification.subscriber.web;
