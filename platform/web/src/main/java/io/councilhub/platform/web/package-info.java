/**
 * How the gateway and every service answer over HTTP: whole answers, with their length, in one write
 * ({@link io.councilhub.platform.web.WholeResponseFilter}, {@link io.councilhub.platform.web.WholeResponsesConfiguration}).
 */
package io.councilhub.platform.web;
