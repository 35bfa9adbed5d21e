package io.councilhub.finance;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "io.councilhub.finance", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule theDomainDoesNotKnowItsAdapters = noClasses()
            .that().resideOutsideOfPackages("..web..", "..messaging..")
            .should().dependOnClassesThat().resideInAnyPackage("io.councilhub.finance..web..", "io.councilhub.finance..messaging..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule featuresDoNotFormCycles = slices().matching("io.councilhub.finance.(*)..").should().beFreeOfCycles();
}
