/** Value types of the council's language that every service uses: yen, fiscal years, e-mail addresses. */
package io.councilhub.chassis.domain;
