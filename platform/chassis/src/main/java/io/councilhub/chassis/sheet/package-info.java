/**
 * Tabular files a service exchanges with people: reading CSV (any encoding Excel writes) and XLSX into rows keyed
 * by column name, bounded in size and rows, reading them from an upload, and writing them back safely for Excel.
 */
package io.councilhub.chassis.sheet;
