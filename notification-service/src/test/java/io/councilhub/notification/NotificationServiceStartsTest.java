package io.councilhub.notification;

import io.councilhub.chassis.test.ApiClient;
import io.councilhub.chassis.test.CouncilInfrastructure;
import io.councilhub.chassis.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@CouncilInfrastructure
class NotificationServiceStartsTest {

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
