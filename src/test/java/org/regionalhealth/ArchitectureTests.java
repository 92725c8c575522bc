package org.regionalhealth;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * The conventions of docs/adr/0011-platform-conventions.md that the compiler does not check: controller names and
 * placement, and time taken only from the platform's {@link Clock}.
 */
class ArchitectureTests {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.regionalhealth");

    @Test
    void pageControllersEndInControllerButNotApiController() {
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .should()
                .haveSimpleNameEndingWith("Controller")
                .andShould()
                .haveSimpleNameNotEndingWith("ApiController")
                .because("pages are *Controller, JSON APIs *ApiController (ADR 0011)")
                .check(MAIN);
    }

    @Test
    void jsonControllersEndInApiController() {
        classes()
                .that()
                .areAnnotatedWith(RestController.class)
                .should()
                .haveSimpleNameEndingWith("ApiController")
                .because("pages are *Controller, JSON APIs *ApiController (ADR 0011)")
                .check(MAIN);
    }

    @Test
    void noControllerSitsInAModulesRootPackage() {
        noClasses()
                .that()
                .areMetaAnnotatedWith(Controller.class)
                .should()
                .resideInAnyPackage("org.regionalhealth", "org.regionalhealth.*")
                .because("a module's root package is its API; controllers live in the sub-feature package they serve"
                        + " or in web/ (ADR 0011)")
                .check(MAIN);
    }

    @Test
    void timeComesFromThePlatformClock() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.regionalhealth.platform..")
                .should()
                .callMethod(LocalDate.class, "now")
                .orShould()
                .callMethod(LocalDateTime.class, "now")
                .orShould()
                .callMethod(LocalTime.class, "now")
                .orShould()
                .callMethod(Instant.class, "now")
                .orShould()
                .callMethod(ZonedDateTime.class, "now")
                .orShould()
                .callMethod(OffsetDateTime.class, "now")
                .orShould()
                .callMethod(Clock.class, "systemDefaultZone")
                .because("\"now\" and \"today\" come from the platform's Clock in the district's zone (ADR 0011):"
                        + " LocalDate.now(clock), Instant.now(clock)")
                .check(MAIN);
    }

    @Test
    void everyScheduledJobRunsOncePerCluster() {
        methods()
                .that()
                .areAnnotatedWith(org.springframework.scheduling.annotation.Scheduled.class)
                .should()
                .beAnnotatedWith(net.javacrumbs.shedlock.spring.annotation.SchedulerLock.class)
                .because("several nodes share one database: a job takes its ShedLock row and runs on one node only,"
                        + " with its lock times stated (issue 24, docs/scale-out.md)")
                .check(MAIN);
    }

    @Test
    void theDistrictZoneIsOneSetting() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.regionalhealth.platform..")
                .should()
                .callMethod(ZoneId.class, "of", String.class)
                .because("the district's zone is rhp.platform.zone, carried by the Clock: clock.getZone() (ADR 0011)")
                .check(MAIN);
    }

    @Test
    void anotherModulesEventIsHeardThroughAnApplicationModuleListener() {
        methods()
                .that()
                .areAnnotatedWith(EventListener.class)
                .should(new ArchCondition<JavaMethod>("listen only to events of their own module") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        String own = moduleOf(method.getOwner().getPackageName());
                        for (var type : method.getRawParameterTypes()) {
                            if (type.isEquivalentTo(org.regionalhealth.platform.ClusterMessage.class)) {
                                // not a fact but a notice to drop an in-memory copy, often published outside any
                                // transaction (after another node's commit): heard at once (docs/scale-out.md)
                                continue;
                            }
                            String theirs = moduleOf(type.getPackageName());
                            if (theirs != null && !theirs.equals(own)) {
                                events.add(SimpleConditionEvent.violated(
                                        method,
                                        method.getFullName() + " listens to " + type.getName() + " of module " + theirs
                                                + " with a plain @EventListener"));
                            }
                        }
                    }
                })
                .because("a fact of another module arrives after its commit, in the listener's own transaction:"
                        + " @ApplicationModuleListener (ADR 0003)")
                .check(MAIN);
    }

    /** {@code org.regionalhealth.drugs.search} → {@code drugs}; a type outside the platform's packages → null. */
    private static String moduleOf(String packageName) {
        String prefix = "org.regionalhealth.";
        if (!packageName.startsWith(prefix)) {
            return null;
        }
        String rest = packageName.substring(prefix.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
