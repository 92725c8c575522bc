package org.regionalhealth.appointments.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.regionalhealth.PlatformIntegrationTest;
import org.regionalhealth.appointments.AppointmentFixtures;
import org.regionalhealth.appointments.AppointmentStatus;
import org.regionalhealth.appointments.booking.Bookings;
import org.regionalhealth.appointments.schedule.Schedules;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.UnitType;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.PlatformException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** 就诊人: a resident adds a family member by name and ID number, books, sees, cancels for them; nobody else. */
@PlatformIntegrationTest
class FamilyBookingIntegrationTests {

    @Autowired
    FamilyMembers family;

    @Autowired
    Bookings bookings;

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

    private String[] identity(long residentId) {
        return jdbc.sql("select name, id_number from residents_resident where id = ?")
                .param(residentId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .single();
    }

    @Test
    void aResidentBooksForAFamilyMemberAddedByNameAndIdNumber() {
        var fixtures = new AppointmentFixtures(schedules, organizations, jdbc, accounts, users);
        fixtures.loginAs("admin");
        var ids = fixtures.residents(3, 2985);
        long self = ids.get(0);
        long member = ids.get(1);
        long stranger = ids.get(2);
        var parent = fixtures.asResident(self);
        var who = identity(member);

        // the real-name check: a wrong name, oneself and nonsense are refused with nothing written
        assertThatThrownBy(() -> family.add(parent, who[0] + "某", who[1], FamilyRelation.CHILD))
                .isInstanceOf(PlatformException.class)
                .hasFieldOrPropertyWithValue("code", "APPOINTMENT_FAMILY_NO_MATCH");
        var me = identity(self);
        assertThatThrownBy(() -> family.add(parent, me[0], me[1], FamilyRelation.CHILD))
                .isInstanceOf(PlatformException.class)
                .hasFieldOrPropertyWithValue("code", "APPOINTMENT_FAMILY_SELF");
        assertThatThrownBy(() -> family.add(parent, "", "123", null))
                .isInstanceOf(PlatformException.class)
                .satisfies(e ->
                        assertThat(((PlatformException) e).fieldErrors()).containsKeys("name", "idNumber", "relation"));
        assertThat(family.of(parent)).isEmpty();

        var added = family.add(parent, who[0], who[1].toLowerCase(), FamilyRelation.CHILD);
        assertThat(added.residentId()).isEqualTo(member);
        assertThatThrownBy(() -> family.add(parent, who[0], who[1], FamilyRelation.CHILD))
                .isInstanceOf(PlatformException.class)
                .hasFieldOrPropertyWithValue("code", "APPOINTMENT_FAMILY_DUPLICATE");

        long session = fixtures.session(fixtures.first(UnitType.HEALTH_CENTRE), "02", 2, 5);
        long slot = jdbc.sql("select id from appointments_slot where session_id = ? order by seq limit 1")
                .param(session)
                .query(Long.class)
                .single();
        var booked = bookings.book(slot, member, null, parent);
        assertThat(booked.residentId()).isEqualTo(member);
        // under 我的预约 of the account holder, with whose it is
        assertThat(bookings.ofAccount(self, 0, 10).items()).anyMatch(a -> a.id() == booked.id());
        assertThat(bookings.readable(booked.id(), parent).residentId()).isEqualTo(member);

        // a resident not linked to them neither books for nor sees the member
        var other = fixtures.asResident(stranger);
        assertThatThrownBy(() -> bookings.bookNext(session, member, null, other))
                .isInstanceOf(PlatformException.class)
                .hasFieldOrPropertyWithValue("code", "APPOINTMENT_OTHER_RESIDENT");
        assertThatThrownBy(() -> bookings.readable(booked.id(), other))
                .isInstanceOf(PlatformException.class)
                .hasFieldOrPropertyWithValue("code", "APPOINTMENT_NOT_FOUND");

        assertThat(bookings.cancel(booked.id(), parent).status()).isEqualTo(AppointmentStatus.CANCELLED);
        family.remove(parent, member);
        assertThat(family.of(parent)).isEmpty();
        assertThatThrownBy(() -> bookings.bookNext(session, member, null, parent))
                .isInstanceOf(PlatformException.class)
                .hasFieldOrPropertyWithValue("code", "APPOINTMENT_OTHER_RESIDENT");
    }

    @Test
    void theDemoResidentBooksForAChildAndAParent() {
        var fixtures = new AppointmentFixtures(schedules, organizations, jdbc, accounts, users);
        var resident = fixtures.loginAs("resident");
        var members = family.of(resident);
        assertThat(members)
                .extracting(FamilyMembers.Member::relation)
                .contains(FamilyRelation.CHILD, FamilyRelation.PARENT);
    }
}
