package io.councilhub.chassis.test;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every service promises from its first day: it starts against real infrastructure, answers its
 * liveness and readiness probes without a token, and refuses its API without one. Extend it in the
 * service's root test package.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@CouncilInfrastructure
public abstract class ServiceStartsContract {

    @LocalServerPort
    int port;

    @Test
    void startsHealthyAndGuardsItsApi() {
        assertThat(ApiClient.at(port).get("/actuator/health/liveness").status()).isEqualTo(200);
        assertThat(ApiClient.at(port).get("/actuator/health/readiness").status()).isEqualTo(200);
        assertThat(ApiClient.at(port).get("/api/anything").status()).isEqualTo(401);
        assertThat(ApiClient.at(port).as(TestTokens.secretariat()).get("/api/anything").status()).isEqualTo(404);
    }
}
