/** The HTTP API of contact people: {@code /api/members/{id}/contacts} and the secretariat's {@code /api/contacts} sheet. */
package io.councilhub.membership.contact.web;
