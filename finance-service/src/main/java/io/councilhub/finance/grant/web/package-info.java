/** The HTTP API of grants: a year's grants with what was paid, and paying a grant. */
package io.councilhub.finance.grant.web;
