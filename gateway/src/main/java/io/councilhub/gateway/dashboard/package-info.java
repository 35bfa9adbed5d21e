/** The staff dashboard's frame: page layout, language and fiscal-year selection, and the formats templates print with. */
package io.councilhub.gateway.dashboard;
