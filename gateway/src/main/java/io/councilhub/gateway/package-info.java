/** gateway: the one entry point (routing, login, JWT relay, staff dashboard; issue 8). */
package io.councilhub.gateway;
