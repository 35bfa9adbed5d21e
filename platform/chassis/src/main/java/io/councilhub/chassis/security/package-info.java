/** Every service as an OAuth2 resource server: RS256 JWTs from the gateway (or an OIDC provider), roles from a claim. */
package io.councilhub.chassis.security;
