/** What the gateway refuses at the door before any service is called: too many anonymous requests, too large a body. */
package io.councilhub.gateway.edge;
