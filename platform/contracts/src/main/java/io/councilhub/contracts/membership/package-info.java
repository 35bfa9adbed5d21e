/** Events that membership-service publishes about member organisations, contacts and officer rosters. */
package io.councilhub.contracts.membership;
