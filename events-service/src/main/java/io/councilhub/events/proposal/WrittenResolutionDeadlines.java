package io.councilhub.events.proposal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * 書面決議の締切: every {@code councilhub.voting.deadline-check} closes the written resolutions whose response
 * deadline has passed (by the injected clock). Safe on several instances: closing is a versioned write of the
 * proposal, so only one instance decides it and records its event.
 */
@Component
class WrittenResolutionDeadlines {

    private static final Logger log = LoggerFactory.getLogger(WrittenResolutionDeadlines.class);

    private final Agenda agenda;

    WrittenResolutionDeadlines(Agenda agenda) {
        this.agenda = agenda;
    }

    @Scheduled(fixedDelayString = "${councilhub.voting.deadline-check:30s}", initialDelayString = "${councilhub.voting.deadline-check:30s}")
    void closePastDeadline() {
        try {
            int closed = agenda.closeWrittenResolutionsPastDeadline();
            if (closed > 0) {
                log.info("closed {} written resolutions at their response deadline", closed);
            }
        } catch (RuntimeException failed) {
            log.warn("checking written resolution deadlines failed; next check retries", failed);
        }
    }
}
