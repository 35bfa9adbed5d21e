/** Officer rosters (役員・幹事名簿) per fiscal year: drafting from last year's, change reasons, adoption (委嘱). */
package io.councilhub.membership.officer;
