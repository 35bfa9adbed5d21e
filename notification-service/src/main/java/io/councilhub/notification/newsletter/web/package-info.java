/** HTTP adapters of the newsletter: the secretariat's and reviewers' API under /api/newsletters and the public archive of back issues. */
package io.councilhub.notification.newsletter.web;
