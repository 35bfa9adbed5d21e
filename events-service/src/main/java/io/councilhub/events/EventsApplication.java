package io.councilhub.events;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Owns meetings, registrations, numbered proposals and votes, and the annual activity calendar (issue 6). Until then it runs on the chassis with health, security and messaging wired. */
@SpringBootApplication
public class EventsApplication {

    public static void main(String[] args) {
        SpringApplication.run(EventsApplication.class, args);
    }
}
