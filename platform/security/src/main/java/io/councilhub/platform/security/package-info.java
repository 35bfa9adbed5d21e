/**
 * How the gateway and the services validate a council token, a decoder that checks each token's signature once, and
 * how they read a call's bearer token and check its header characters without regular expressions.
 */
package io.councilhub.platform.security;
