package io.councilhub.chassis.test;

import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The architecture rules every service keeps, for an ArchUnit test in the service. */
public final class ServiceArchitecture {

    private ServiceArchitecture() {
    }

    /** The domain of {@code basePackage} does not depend on its own web or messaging adapters. */
    public static ArchRule domainDoesNotKnowItsAdapters(String basePackage) {
        return noClasses().that().resideOutsideOfPackages("..web..", "..messaging..")
                .should().dependOnClassesThat().resideInAnyPackage(basePackage + "..web..", basePackage + "..messaging..")
                .allowEmptyShould(true);
    }

    /** The features of {@code basePackage} ({@code basePackage.<feature>}) do not depend on each other in a cycle. */
    public static ArchRule featuresDoNotFormCycles(String basePackage) {
        return slices().matching(basePackage + ".(*)..").should().beFreeOfCycles();
    }
}
