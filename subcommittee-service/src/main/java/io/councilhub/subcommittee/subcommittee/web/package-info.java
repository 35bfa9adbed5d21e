/** The HTTP API of subcommittees and working groups under {@code /api/subcommittees}. */
package io.councilhub.subcommittee.subcommittee.web;
