/** notification-service: Owns the newsletter, subscriber lists and the e-mail notices driven by domain events (issue 7). */
package io.councilhub.notification;
