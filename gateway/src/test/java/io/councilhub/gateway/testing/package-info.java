/** Test support for the gateway's own tests: a real HTTP server standing in for a service, and raw HTTP from a chosen address. */
package io.councilhub.gateway.testing;
