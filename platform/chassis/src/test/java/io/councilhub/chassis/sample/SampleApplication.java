package io.councilhub.chassis.sample;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The sample service the chassis tests run. */
@SpringBootApplication
public class SampleApplication {
}
