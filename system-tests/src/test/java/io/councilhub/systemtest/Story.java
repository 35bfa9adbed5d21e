package io.councilhub.systemtest;

import io.councilhub.chassis.test.ApiClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * A story told against one stack: started (or connected to, see {@link LocalStack#startOrConnect()}) before the
 * story's first test and closed after its last; {@link #secretariat} is a client of the gateway with a
 * SECRETARIAT token.
 */
abstract class Story {

    static LocalStack stack;
    static ApiClient secretariat;

    @BeforeAll
    static void startStack() {
        stack = LocalStack.startOrConnect();
        secretariat = stack.secretariat();
    }

    @AfterAll
    static void closeStack() {
        if (stack != null) {
            stack.close();
            stack = null;
        }
    }
}
