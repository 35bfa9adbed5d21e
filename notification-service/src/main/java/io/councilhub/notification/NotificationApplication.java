package io.councilhub.notification;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Owns the newsletter, subscriber lists and the e-mail notices driven by domain events (issue 7). Until then it runs on the chassis with health, security and messaging wired. */
@SpringBootApplication
public class NotificationApplication {

    public static void main(String[] args) {
        SpringApplication.run(NotificationApplication.class, args);
    }
}
