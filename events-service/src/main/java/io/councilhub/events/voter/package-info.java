/** The voter roll: who may vote, kept from membership's events (active member organisations, each year's adopted officers). */
package io.councilhub.events.voter;
