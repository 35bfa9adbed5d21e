/** The platform's documentation served by the gateway: every service's OpenAPI with Swagger UI, and the event catalogue (AsyncAPI). */
package io.councilhub.gateway.apidocs;
