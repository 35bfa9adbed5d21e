/** The operations page: each service's readiness and its dead letters, with a replay button per dead letter. */
package io.councilhub.gateway.dashboard.operations;
