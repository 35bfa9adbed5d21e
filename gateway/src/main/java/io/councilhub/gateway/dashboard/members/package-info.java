/** Member pages: search, admission, withdrawal, import with dry run, contacts and officer rosters. */
package io.councilhub.gateway.dashboard.members;
