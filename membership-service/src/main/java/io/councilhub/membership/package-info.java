/** membership-service: the council's roll of member organisations, admissions and withdrawals. */
package io.councilhub.membership;
