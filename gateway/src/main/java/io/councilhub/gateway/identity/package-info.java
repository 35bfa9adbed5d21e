/** Who is calling: staff users, login, lockout and audit, and the tokens the gateway signs for the services. */
package io.councilhub.gateway.identity;
