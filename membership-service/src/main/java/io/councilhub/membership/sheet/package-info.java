/**
 * Tabular files the secretariat exchanges with the council's members: reading CSV (UTF-8) and XLSX into rows
 * keyed by column name, with bounds on size and row count, and writing them back (CSV with a BOM for Excel).
 */
package io.councilhub.membership.sheet;
