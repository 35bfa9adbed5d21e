/** subcommittee-service: Owns subcommittees and working groups, their activity plans with cost estimates and activity reports (issue 5). */
package io.councilhub.subcommittee;
