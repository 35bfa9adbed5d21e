/** Sheets over HTTP: reading an uploaded file (multipart or raw body), its size limit, and its 413 problem. */
package io.councilhub.membership.sheet.web;
