package org.regionalhealth.appointments;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.regionalhealth.appointments.schedule.NewSession;
import org.regionalhealth.appointments.schedule.Schedules;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.Unit;
import org.regionalhealth.org.UnitQuery;
import org.regionalhealth.org.UnitType;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.DataScope;
import org.regionalhealth.platform.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Sessions of their own service type (so tests never meet the demo's bookings) and users for the booking tests. */
public final class AppointmentFixtures {

    private static final AtomicInteger TYPES = new AtomicInteger();

    private final Schedules schedules;
    private final Organizations organizations;
    private final JdbcClient jdbc;
    private final UserDetailsService accounts;
    private final CurrentUsers users;

    public AppointmentFixtures(
            Schedules schedules,
            Organizations organizations,
            JdbcClient jdbc,
            UserDetailsService accounts,
            CurrentUsers users) {
        this.schedules = schedules;
        this.organizations = organizations;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.users = users;
    }

    public Unit first(UnitType type) {
        var root = organizations.root();
        return organizations
                .search(
                        new UnitQuery(type, null, null, null),
                        new DataScope(root.id(), root.path(), Optional.empty()),
                        0,
                        1)
                .items()
                .get(0);
    }

    /** A new session of a fresh service type at the unit, {@code daysAhead} from today, morning. */
    public long session(Unit unit, String department, int daysAhead, int capacity) {
        return session(unit, department, LocalDate.now().plusDays(daysAhead), SessionPeriod.MORNING, capacity);
    }

    public long session(Unit unit, String department, LocalDate day, SessionPeriod period, int capacity) {
        return schedules
                .plan(new NewSession(
                        unit.id(),
                        department,
                        "TEST-" + TYPES.incrementAndGet() + "-" + System.nanoTime(),
                        null,
                        "测试医生",
                        "主治医师",
                        day,
                        period,
                        capacity,
                        10,
                        1000))
                .orElseThrow();
    }

    /** Logs in as a demo account in this thread and returns it as the current user. */
    public CurrentUser loginAs(String username) {
        var account = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
        return users.require();
    }

    /** Resident ids of the demo district with a valid ID number, in a stable order. */
    public List<Long> residents(int count, int offset) {
        return jdbc.sql("select id from residents_resident order by id limit ? offset ?")
                .params(count, offset)
                .query(Long.class)
                .list();
    }

    /** The resident as a user of the resident role (own record only), for limits that apply online. */
    public CurrentUser asResident(long residentId) {
        var row = jdbc.sql("select unit_id, unit_path from residents_resident where id = ?")
                .param(residentId)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
                .single();
        long unit = (Long) row[0];
        return new CurrentUser(
                "resident-" + residentId,
                "居民",
                Role.RESIDENT,
                unit,
                new DataScope(unit, (String) row[1], Optional.of(residentId)),
                CurrentUser.Channel.PAGE);
    }
}
