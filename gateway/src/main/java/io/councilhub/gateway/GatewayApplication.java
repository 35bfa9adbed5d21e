package io.councilhub.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The one entry point. For now it routes {@code /api/members/**} (and applications, contacts, officer rosters) and {@code /api/finance/**} to
 * their services, passing the caller's bearer token through; login, JWT signing and the dashboard
 * come with issue 8.
 */
@SpringBootApplication
public class GatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}
