package io.councilhub.gateway.identity;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.Map;

/** The gateway's public signing key as a JWK set: what a service (JWT_JWK_SET_URI) checks relayed tokens with. */
@RestController
class JwksController {

    private final SigningKey key;

    JwksController(SigningKey key) {
        this.key = key;
    }

    @GetMapping(path = "/.well-known/jwks.json", produces = {"application/jwk-set+json", MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<Map<String, Object>> jwks() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(key.publicJwks().toJSONObject(true));
    }
}
