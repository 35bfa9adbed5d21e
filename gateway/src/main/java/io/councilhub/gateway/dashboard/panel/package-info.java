/** Panels: a dashboard page's calls to a service, each behind a circuit breaker and a time limit, showing data or a notice. */
package io.councilhub.gateway.dashboard.panel;
