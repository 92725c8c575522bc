package org.regionalhealth.eldercare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regionalhealth.DemoLogin;
import org.regionalhealth.PlatformIntegrationTest;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.residents.ResidentIndex;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Hospice (安宁疗护) from referral to bereavement follow-up on the shared context (issue 21). */
@PlatformIntegrationTest
class HospiceIntegrationTests {

    @Autowired
    Hospice hospice;

    @Autowired
    ResidentIndex residents;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    CurrentUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    CurrentUser loginAs(String username) {
        return DemoLogin.as(accounts, users, username);
    }

    long hospitalWard;

    @BeforeEach
    void theHospitalDoctorsHospitalHasAWard() {
        hospitalWard = loginAs("doctor").unitId();
        if (hospice.wards().stream().noneMatch(w -> w.unitId() == hospitalWard)) {
            hospice.designate(hospitalWard, 20, LocalDate.of(2024, 1, 1));
        }
    }

    long residentNotInHospice(CurrentUser doctor) {
        return residents.bornOnOrBefore(LocalDate.now(clock).minusYears(18), doctor, 2000).stream()
                .map(ResidentIndex.Aged::id)
                .filter(id -> hospice.ofResident(id, doctor).isEmpty())
                .findFirst()
                .orElseThrow();
    }

    String freeBed() {
        var taken = jdbc.sql(
                        "select bed_no from eldercare_hospice_patient where ward_unit_id = ? and state = 'ADMITTED'")
                .param(hospitalWard)
                .query(String.class)
                .list();
        int beds = hospice.wards().stream()
                .filter(w -> w.unitId() == hospitalWard)
                .findFirst()
                .orElseThrow()
                .beds();
        for (int i = beds; i >= 1; i--) {
            if (!taken.contains(String.valueOf(i))) {
                return String.valueOf(i);
            }
        }
        throw new IllegalStateException("ward full");
    }

    @Test
    void aReferralWithBadFieldsIsRefusedAllAtOnceAndNothingIsStored() {
        var familyDoctor = loginAs("village-doctor");
        long resident = residentNotInHospice(familyDoctor);
        assertThatThrownBy(() -> hospice.refer(resident, null, " ", 55, false, null, familyDoctor))
                .isInstanceOfSatisfying(PlatformException.class, e -> {
                    assertThat(e.code()).isEqualTo("ELDERCARE_HOSPICE_INVALID");
                    assertThat(e.fieldErrors()).containsOnlyKeys("ward", "diagnosis", "pps", "consent");
                });
        assertThat(hospice.ofResident(resident, familyDoctor)).isEmpty();
    }

    @Test
    void referralAdmissionScoresDeathAndBereavementFollowUp() {
        var familyDoctor = loginAs("village-doctor");
        long resident = residentNotInHospice(familyDoctor);
        var today = LocalDate.now(clock);
        var referred = hospice.refer(resident, hospitalWard, "肺恶性肿瘤晚期", 40, true, null, familyDoctor);
        assertThat(referred.state()).isEqualTo(HospiceState.REFERRED);
        assertThatThrownBy(() -> hospice.refer(resident, hospitalWard, "肺恶性肿瘤晚期", 40, true, null, familyDoctor))
                .isInstanceOfSatisfying(
                        PlatformException.class, e -> assertThat(e.code()).isEqualTo("ELDERCARE_HOSPICE_ACTIVE"));
        // the referring family doctor sees the patient but only the ward admits
        assertThat(hospice.find(referred.id(), familyDoctor)).isPresent();
        assertThatThrownBy(() -> hospice.admit(referred.id(), "1", null, familyDoctor))
                .isInstanceOfSatisfying(
                        PlatformException.class, e -> assertThat(e.code()).isEqualTo("ELDERCARE_HOSPICE_WARD_ONLY"));

        var ward = loginAs("doctor");
        // the ward's doctors see who is referred to them (the ward list showed "—, 0岁" before)
        assertThat(residents.findAll(java.util.List.of(resident), ward, "test")).hasSize(1);
        assertThatThrownBy(() -> hospice.admit(referred.id(), "21", null, ward))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("bedNo"));
        assertThatThrownBy(() -> hospice.admit(referred.id(), "0", null, ward)).isInstanceOf(PlatformException.class);
        String bed = freeBed();
        var admitted = hospice.admit(referred.id(), bed, null, ward);
        assertThat(admitted.state()).isEqualTo(HospiceState.ADMITTED);
        assertThat(admitted.bedNo()).isEqualTo(bed);

        var incomplete = SymptomScoringTests.all(3);
        incomplete.remove(SymptomItem.PAIN);
        incomplete.remove(SymptomItem.ANXIETY);
        assertThatThrownBy(() -> hospice.score(admitted.id(), incomplete, null, ward))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("PAIN", "ANXIETY"));
        var scores = SymptomScoringTests.all(3);
        scores.put(SymptomItem.PAIN, 7);
        var score = hospice.score(admitted.id(), scores, null, ward);
        assertThat(score.total()).isEqualTo(31);
        assertThat(score.worst()).isEqualTo(SymptomBand.SEVERE);
        assertThat(hospice.scores(admitted.id(), ward)).hasSize(1);

        assertThatThrownBy(() -> hospice.died(admitted.id(), today.plusDays(1), null, null, ward))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("diedOn", "place"));
        var died = hospice.died(admitted.id(), today, PlaceOfDeath.WARD, "平静离世", ward);
        assertThat(died.state()).isEqualTo(HospiceState.DIED);
        var followUps = hospice.bereavement(admitted.id(), ward);
        assertThat(followUps)
                .extracting(BereavementFollowUp::dueOn)
                .containsExactly(today.plusDays(14), today.plusDays(90), today.plusDays(365));
        assertThat(hospice.followUpsDue(today.plusDays(14), ward, 0, 200).items())
                .extracting(BereavementFollowUp::id)
                .contains(followUps.get(0).id())
                .doesNotContain(followUps.get(1).id());
        assertThatThrownBy(() -> hospice.followedUp(followUps.get(0).id(), "", "", ward))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("contact", "note"));
        var done = hospice.followedUp(followUps.get(0).id(), "王芳（女儿）", "情绪平稳，已告知哀伤支持热线", ward);
        assertThat(done.doneOn()).isEqualTo(today);
        // the bed is free again
        assertThat(hospice.patients(HospiceState.ADMITTED, hospitalWard, ward, 0, 200)
                        .items())
                .noneMatch(p -> p.id() == admitted.id());
    }

    @Test
    void aTakenBedIsRefusedOnTheField() {
        var familyDoctor = loginAs("village-doctor");
        long first = residentNotInHospice(familyDoctor);
        var a = hospice.refer(first, hospitalWard, "胰腺恶性肿瘤晚期", 30, true, null, familyDoctor);
        long second = residentNotInHospice(familyDoctor);
        var b = hospice.refer(second, hospitalWard, "肝恶性肿瘤晚期", 30, true, null, familyDoctor);
        var ward = loginAs("doctor");
        String bed = freeBed();
        hospice.admit(a.id(), bed, null, ward);
        assertThatThrownBy(() -> hospice.admit(b.id(), bed, null, ward))
                .isInstanceOfSatisfying(PlatformException.class, e -> {
                    assertThat(e.code()).isEqualTo("ELDERCARE_HOSPICE_BED_TAKEN");
                    assertThat(e.fieldErrors()).containsKey("bedNo");
                });
        assertThat(hospice.find(b.id(), ward).orElseThrow().state()).isEqualTo(HospiceState.REFERRED);
        hospice.decline(b.id(), "家属要求居家", ward);
        hospice.died(a.id(), LocalDate.now(clock), PlaceOfDeath.WARD, null, ward);
    }
}
