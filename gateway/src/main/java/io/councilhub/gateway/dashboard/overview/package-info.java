/** The overview page: the council's state at a glance for the selected fiscal year. */
package io.councilhub.gateway.dashboard.overview;
