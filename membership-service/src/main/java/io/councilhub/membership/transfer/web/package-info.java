/** The HTTP API of import and export: {@code POST /api/members/import}, {@code GET /api/members/export}. */
package io.councilhub.membership.transfer.web;
