/** The published language of councilhub: event records, their wire type names and topics, and the JSON codec. */
package io.councilhub.contracts;
