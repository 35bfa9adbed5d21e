package io.councilhub.subcommittee;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Owns subcommittees and working groups, their activity plans with cost estimates and activity reports (issue 5). Until then it runs on the chassis with health, security and messaging wired. */
@SpringBootApplication
public class SubcommitteeApplication {

    public static void main(String[] args) {
        SpringApplication.run(SubcommitteeApplication.class, args);
    }
}
