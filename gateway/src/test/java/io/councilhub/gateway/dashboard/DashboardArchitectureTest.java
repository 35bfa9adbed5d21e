package io.councilhub.gateway.dashboard;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Dashboard pages stand side by side: a page reaches services only through the panel mechanism and never
 * into another page's package; the frame and the panels know no page.
 */
@AnalyzeClasses(packages = "io.councilhub.gateway.dashboard", importOptions = ImportOption.DoNotIncludeTests.class)
class DashboardArchitectureTest {

    @ArchTest
    static final ArchRule pagesDoNotReachIntoEachOther = slices()
            .matching("io.councilhub.gateway.dashboard.(overview|members|finance)..").should().notDependOnEachOther();

    @ArchTest
    static final ArchRule theFrameAndThePanelsKnowNoPage = noClasses()
            .that().resideInAnyPackage("io.councilhub.gateway.dashboard", "io.councilhub.gateway.dashboard.panel")
            .should().dependOnClassesThat().resideInAnyPackage("io.councilhub.gateway.dashboard.overview..",
                    "io.councilhub.gateway.dashboard.members..", "io.councilhub.gateway.dashboard.finance..");

    @ArchTest
    static final ArchRule pagesCallServicesOnlyThroughPanels = noClasses()
            .that().resideInAnyPackage("io.councilhub.gateway.dashboard.overview..", "io.councilhub.gateway.dashboard.members..",
                    "io.councilhub.gateway.dashboard.finance..")
            .should().dependOnClassesThat().resideInAnyPackage("java.net.http..", "org.springframework.web.client..");
}
