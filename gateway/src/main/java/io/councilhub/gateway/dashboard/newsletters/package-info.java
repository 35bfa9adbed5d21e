/** The newsletter pages: issues with their status, compose with preview, review, schedule and delivery progress. */
package io.councilhub.gateway.dashboard.newsletters;
