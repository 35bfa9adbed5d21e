/** HTTP API of activity plans: drafting, submission, approval by an officer, and the plan as JSON and as a printable page. */
package io.councilhub.subcommittee.plan.web;
