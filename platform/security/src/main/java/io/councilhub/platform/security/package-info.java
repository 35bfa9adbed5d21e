/**
 * How the gateway and the services validate a council token, a decoder that checks each token's signature once, and
 * how they read a call's bearer token without a regular expression.
 */
package io.councilhub.platform.security;
