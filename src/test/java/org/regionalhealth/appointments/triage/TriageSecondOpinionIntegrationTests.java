package org.regionalhealth.appointments.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.regionalhealth.PlatformIntegrationTest;
import org.regionalhealth.appointments.AppointmentFixtures;
import org.regionalhealth.appointments.schedule.Schedules;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.CurrentUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The semantic second opinion in the triage: given (labelled, logged) only when the rules fall back to 全科 for an
 * adult; never on a red flag, for a child or when a rule named the department; the rules' department stands.
 */
@PlatformIntegrationTest
class TriageSecondOpinionIntegrationTests {

    @Autowired
    Triages triages;

    @Autowired
    Schedules schedules;

    @Autowired
    Organizations organizations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    CurrentUsers users;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private CurrentUser resident() {
        return new AppointmentFixtures(schedules, organizations, jdbc, accounts, users).loginAs("resident");
    }

    private static TriageInput adult(String text) {
        return new TriageInput(text, 40 * 12, null, null, null, false);
    }

    @Test
    void aPhrasingTheRulesMissGetsALabelledLoggedSecondOpinion() {
        var advice = triages.triage(adult("饭后上腹部胀满，一直打饱嗝"), resident());
        assertThat(advice.result().departmentCode()).isEqualTo("02");
        assertThat(advice.opinion()).isNotNull();
        assertThat(advice.opinion().departmentCode()).isEqualTo("03.02");
        assertThat(advice.opinionDepartmentName()).isEqualTo("消化内科");
        String logged = jdbc.sql("select reasoning from appointments_triage where id = ?")
                .param(advice.id())
                .query(String.class)
                .single();
        assertThat(logged).contains("语义第二意见", "消化内科", "bge-small-zh");
    }

    @Test
    void neverOnARedFlagAChildOrWhenARuleDecided() {
        var redFlag = triages.triage(adult("胸口压榨样疼出冷汗，肚子胀"), resident());
        assertThat(redFlag.result().emergency()).isTrue();
        assertThat(redFlag.opinion()).isNull();
        var child = triages.triage(new TriageInput("饭后上腹部胀满，一直打饱嗝", 6 * 12, null, null, null, true), resident());
        assertThat(child.result().departmentCode()).isEqualTo("07");
        assertThat(child.opinion()).isNull();
        var ruled = triages.triage(adult("拉肚子两天"), resident());
        assertThat(ruled.result().departmentCode()).isEqualTo("03.02");
        assertThat(ruled.opinion()).isNull();
    }
}
