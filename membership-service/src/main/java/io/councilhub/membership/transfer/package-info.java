/**
 * Importing the member roll from a CSV or XLSX file (a plan per row, applied only when every row is acceptable)
 * and exporting it in the same columns, so that an export imported again changes nothing.
 */
package io.councilhub.membership.transfer;
