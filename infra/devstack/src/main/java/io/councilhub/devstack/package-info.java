/** Plain-Java mains that the devstack's {@code ./run} starts or calls: the Mongo-protocol store, dev keys and tokens, demo data and infrastructure checks. */
package io.councilhub.devstack;
