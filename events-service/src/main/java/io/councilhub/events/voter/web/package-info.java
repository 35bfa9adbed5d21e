/** {@code /api/voter-roll}: the voter roll as the secretariat and officers read it. */
package io.councilhub.events.voter.web;
