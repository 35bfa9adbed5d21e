/** The member portal: a MEMBER user's own organisation, its contacts, dues invoices and meeting registrations. */
package io.councilhub.gateway.portal;
