package io.councilhub.gateway.dashboard;

import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * A dashboard page test: the gateway on a random port, a browser signed in as the administrator, and stand-ins
 * for the services the pages call. A test declares its stand-ins as static fields and names them in its
 * {@code @DynamicPropertySource}: {@code standIns(registry).membership(membership).finance(finance)}; they are
 * closed after the test class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class DashboardPageTest {

    private static final List<AutoCloseable> STAND_INS = new CopyOnWriteArrayList<>();

    @LocalServerPort
    protected int port;

    /** The administrator's password and the test signing key; the services are named on what it returns. */
    protected static Services standIns(DynamicPropertyRegistry registry) {
        SignedIn.configure(registry);
        return new Services(registry);
    }

    /** A browser signed in as the administrator through the login form. */
    protected Browser administrator() {
        return SignedIn.administrator(port);
    }

    /** A browser signed in as a new MEMBER user of {@code memberId} (see {@link SignedIn#member}). */
    protected Browser member(String username, String memberId) {
        return SignedIn.member(port, username, memberId);
    }

    @AfterAll
    static void closeStandIns() throws Exception {
        for (AutoCloseable standIn : STAND_INS) {
            standIn.close();
        }
        STAND_INS.clear();
    }

    /** Points the gateway's service URLs at stand-ins (or at an address where nothing listens). */
    protected static final class Services {

        private final DynamicPropertyRegistry registry;

        private Services(DynamicPropertyRegistry registry) {
            this.registry = registry;
        }

        public Services membership(ServiceStandIn standIn) {
            return service("MEMBERSHIP_URL", standIn::url, standIn);
        }

        public Services finance(ServiceStandIn standIn) {
            return service("FINANCE_URL", standIn::url, standIn);
        }

        public Services events(ServiceStandIn standIn) {
            return service("EVENTS_URL", standIn::url, standIn);
        }

        public Services subcommittee(ServiceStandIn standIn) {
            return service("SUBCOMMITTEE_URL", standIn::url, standIn);
        }

        public Services notification(ServiceStandIn standIn) {
            return service("NOTIFICATION_URL", standIn::url, standIn);
        }

        /** A service whose URL variable (e.g. {@code FINANCE_URL}) reads from {@code url}, with no stand-in to close. */
        public Services url(String variable, Supplier<Object> url) {
            registry.add(variable, url);
            return this;
        }

        /** A service whose URL variable reads from {@code url}, served by a stand-in closed after the test class. */
        public Services service(String variable, Supplier<Object> url, AutoCloseable standIn) {
            STAND_INS.add(standIn);
            return url(variable, url);
        }
    }
}
