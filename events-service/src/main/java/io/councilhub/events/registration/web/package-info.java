/** The HTTP API of registrations: registering, the registrant's cancellation link, attendance, statistics and the CSV. */
package io.councilhub.events.registration.web;
