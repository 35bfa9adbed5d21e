package io.councilhub.chassis.deadletter.fixable;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The service the dead-letter tests run (configuration in {@code fixable.yml}). */
@SpringBootApplication
public class FixableApplication {
}
