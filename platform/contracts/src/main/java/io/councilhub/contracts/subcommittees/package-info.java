/** Events that subcommittee-service publishes about subcommittees (部会), their plans and reports. */
package io.councilhub.contracts.subcommittees;
