/** The HTTP API of the member roll: {@code /api/members}. */
package io.councilhub.membership.member.web;
