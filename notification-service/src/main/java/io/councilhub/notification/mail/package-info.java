/** Outgoing e-mail shared by the newsletter and the notices: the Mail value, stable Message-IDs, and SMTP sending with failures classified as deferred (retry later) or rejected (permanent). */
package io.councilhub.notification.mail;
