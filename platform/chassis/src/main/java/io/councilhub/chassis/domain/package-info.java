/** Value types of the council's language every service uses (yen, fiscal years, e-mail addresses) and the exceptions aggregates throw when a rule would break. */
package io.councilhub.chassis.domain;
