/** Events that events-service publishes about meetings and the numbered proposals (議案) they decide. */
package io.councilhub.contracts.meetings;
