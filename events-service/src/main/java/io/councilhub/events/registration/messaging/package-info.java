/** How registrations react to membership's events: a withdrawn organisation loses its future places. */
package io.councilhub.events.registration.messaging;
