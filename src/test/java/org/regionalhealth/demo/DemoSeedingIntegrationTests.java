package org.regionalhealth.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regionalhealth.PlatformIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@PlatformIntegrationTest
class DemoSeedingIntegrationTests {

    @Autowired
    DemoSeeding seeding;

    @Test
    void seedersRunInTheOrderOfModuleDependenciesWithoutOrderingNumbers() {
        var order = seeding.inDependencyOrder().stream()
                .map(seeder -> seeder.getClass().getSimpleName())
                .toList();

        // family doctors depend on prescription review, which depends on drugs: the catalogue comes first
        assertThat(order)
                .containsSubsequence("DrugsDemoSeeder", "FamilyDoctorDemoSeeder")
                .contains("SurveillanceDemoSeeder");
    }
}
