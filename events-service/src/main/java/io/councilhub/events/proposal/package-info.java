/** Agendas of assemblies and committees: numbered proposals (議案) voted on and decided, report items (報告) only noted, and the minutes (議事録). */
package io.councilhub.events.proposal;
