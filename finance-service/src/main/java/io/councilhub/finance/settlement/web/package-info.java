/** The HTTP API of settlements: the year's budget against actual, and closing it. */
package io.councilhub.finance.settlement.web;
