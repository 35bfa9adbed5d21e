/** How the gateway and the services validate a council token, and a decoder that checks each token's signature once. */
package io.councilhub.platform.security;
