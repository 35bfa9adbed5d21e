/** HTTP conventions of every service: RFC 9457 problem details naming the offending field, and request size limits. */
package io.councilhub.chassis.web;
