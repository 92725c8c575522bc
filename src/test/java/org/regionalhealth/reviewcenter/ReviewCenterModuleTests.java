package org.regionalhealth.reviewcenter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regionalhealth.reviewcenter.replay.ActivatedTierChanges;
import org.regionalhealth.screening.Action;
import org.regionalhealth.screening.PrescriptionScreening;
import org.regionalhealth.screening.Setting;
import org.regionalhealth.screening.Tier;
import org.regionalhealth.screening.TierActionChanges;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Module {@code reviewcenter} with only the modules it depends on (issue 13 item 7): no family doctors, surveillance,
 * dashboards or demo data. The review center provides screening's {@link TierActionChanges} port, so a tier → action
 * change it activates is what screening applies.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
class ReviewCenterModuleTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    ActivatedTierChanges activated;

    @Autowired
    PrescriptionScreening screening;

    @Test
    void startsWithoutTheModulesThatDoNotConcernIt() {
        assertThat(context.getBeanNamesForType(TierActionChanges.class)).hasSize(1);
        assertThat(context.containsBean("familyDoctorDemoData")).isFalse();
        // only the seeders of modules it depends on (platform's OAuth client; consultation and its appointments since
        // online prescriptions reach the review center): no family doctors', surveillance's or its own demo data
        assertThat(context.getBeanNamesForType(org.regionalhealth.platform.DemoSeeder.class))
                .isSubsetOf("platformDemoSeeder", "appointmentsDemoSeeder", "consultationDemoSeeder");
    }

    @Test
    void anActivatedTierChangeIsWhatScreeningApplies() {
        assertThat(screening.actionsFor(null, Setting.OUTPATIENT)).containsEntry(Tier.T1, Action.NOTICE);
        activated.activate(Map.of(Tier.T1, Action.PASS));
        try {
            assertThat(screening.actionsFor(null, Setting.OUTPATIENT)).containsEntry(Tier.T1, Action.PASS);
        } finally {
            activated.activate(Map.of(Tier.T1, Action.NOTICE));
        }
    }
}
