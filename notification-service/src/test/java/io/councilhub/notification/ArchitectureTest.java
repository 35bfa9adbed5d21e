package io.councilhub.notification;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.councilhub.chassis.test.ServiceArchitecture;

@AnalyzeClasses(packages = "io.councilhub.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule theDomainDoesNotKnowItsAdapters = ServiceArchitecture.domainDoesNotKnowItsAdapters("io.councilhub.notification");

    @ArchTest
    static final ArchRule featuresDoNotFormCycles = ServiceArchitecture.featuresDoNotFormCycles("io.councilhub.notification");
}
