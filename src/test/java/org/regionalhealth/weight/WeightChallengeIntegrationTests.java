package org.regionalhealth.weight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.regionalhealth.ApiClient;
import org.regionalhealth.DemoLogin;
import org.regionalhealth.PlatformIntegrationTest;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.weight.challenge.Challenges;
import org.regionalhealth.weight.challenge.Challenges.ChallengeKind;
import org.regionalhealth.weight.challenge.Challenges.NewChallenge;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Group challenges (issue 22 item 5): a village station starts its village's challenge, the demo resident joins it
 * once (also when two taps race), checks in and sees their line; a workplace challenge is joined by its code; bad
 * input is named on its field at the 7- and 120-day boundaries and nothing is stored.
 */
@PlatformIntegrationTest
class WeightChallengeIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Challenges challenges;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CurrentUsers users;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    Clock clock;

    CurrentUser as(String username) {
        return DemoLogin.as(accounts, users, username);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    long stored() {
        return jdbc.sql("select count(*) from weight_challenge")
                .query(Long.class)
                .single();
    }

    @Test
    void badInputIsNamedOnItsFieldAtTheDurationBoundariesAndNothingIsStored() {
        var doctor = as("village-doctor");
        var today = LocalDate.now(clock);
        long before = stored();
        assertThatThrownBy(() -> challenges.create(new NewChallenge("", null, null, null, null), doctor))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("name", "kind", "startsOn", "endsOn"));
        // 6 days refused, 7 accepted; 120 accepted, 121 refused; a start in the past refused
        assertThatThrownBy(() -> challenges.create(
                        new NewChallenge("六天", ChallengeKind.VILLAGE, null, today, today.plusDays(5)), doctor))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("endsOn"));
        assertThatThrownBy(() -> challenges.create(
                        new NewChallenge("太长", ChallengeKind.VILLAGE, null, today, today.plusDays(120)), doctor))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("endsOn"));
        assertThatThrownBy(() -> challenges.create(
                        new NewChallenge("昨天", ChallengeKind.VILLAGE, null, today.minusDays(1), today.plusDays(9)),
                        doctor))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("startsOn"));
        assertThatThrownBy(() -> challenges.create(
                        new NewChallenge("无单位", ChallengeKind.WORKPLACE, " ", today, today.plusDays(9)), doctor))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("workplace"));
        assertThat(stored()).isEqualTo(before);
        assertThat(challenges
                        .create(new NewChallenge("七天", ChallengeKind.VILLAGE, null, today, today.plusDays(6)), doctor)
                        .endsOn())
                .isEqualTo(today.plusDays(6));
        assertThat(challenges
                        .create(
                                new NewChallenge("百二十天", ChallengeKind.VILLAGE, null, today, today.plusDays(119)),
                                doctor)
                        .endsOn())
                .isEqualTo(today.plusDays(119));
        // a district administrator's unit is no village: only workplace challenges
        assertThatThrownBy(() -> challenges.create(
                        new NewChallenge("全区", ChallengeKind.VILLAGE, null, today, today.plusDays(9)), as("admin")))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("kind"));
    }

    @Test
    void theResidentJoinsTheVillageChallengeOnceChecksInAndSeesTheirLine() throws Exception {
        var today = LocalDate.now(clock);
        var challenge = challenges.create(
                new NewChallenge("全村健步走", ChallengeKind.VILLAGE, null, today, today.plusDays(29)),
                as("village-doctor"));
        var resident = as("resident");
        assertThat(challenges.forResident(resident))
                .extracting(Challenges.Challenge::id)
                .contains(challenge.id());
        // two taps at once: one membership
        var pool = Executors.newFixedThreadPool(2);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        Callable<Object> join = () -> {
            SecurityContextHolder.getContext().setAuthentication(authentication);
            try {
                return challenges.join(challenge.id(), null, resident);
            } finally {
                SecurityContextHolder.clearContext();
            }
        };
        var a = pool.submit(join);
        var b = pool.submit(join);
        a.get();
        b.get();
        pool.shutdown();
        assertThat(challenges.find(challenge.id()).orElseThrow().members()).isEqualTo(1);

        var phone = ApiClient.as(port, "resident");
        assertThat(phone.post("/api/weight/exercise", "{\"activityCode\":\"A03\",\"minutes\":30}")
                        .status())
                .isEqualTo(201);
        var standings = challenges.standings(challenge.id(), resident, 0, 20);
        assertThat(standings.items()).singleElement().satisfies(s -> {
            assertThat(s.me()).isTrue();
            assertThat(s.name()).isEqualTo("我");
            assertThat(s.minutes()).isGreaterThanOrEqualTo(30);
        });
        var page = phone.get("/weight/challenges?show=" + challenge.id());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("全村健步走", "已参加", "分钟");
        // the organiser sees the member by name as the role may; a pharmacist may not open the page
        var staff = ApiClient.as(port, "village-doctor").get("/weight/clinic/challenges?show=" + challenge.id());
        assertThat(staff.status()).isEqualTo(200);
        assertThat(staff.body()).contains("全村健步走", "人均每周运动");
        assertThat(ApiClient.as(port, "pharmacist")
                        .get("/weight/clinic/challenges")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aWorkplaceChallengeIsJoinedByItsCodeAndAWrongCodeIsNamed() {
        var today = LocalDate.now(clock);
        var challenge = challenges.create(
                new NewChallenge("午间健身操", ChallengeKind.WORKPLACE, "萧山区某街道办事处", today, today.plusDays(13)),
                as("admin"));
        assertThat(challenge.joinCode()).matches("\\d{6}");
        var resident = as("resident");
        String wrong = challenge.joinCode().equals("000000") ? "000001" : "000000";
        assertThatThrownBy(() -> challenges.join(null, wrong, resident))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("joinCode"));
        assertThat(challenges.join(null, challenge.joinCode(), resident).members())
                .isEqualTo(1);
        assertThat(challenges.forResident(resident))
                .extracting(Challenges.Challenge::id)
                .contains(challenge.id());
        // a member who is not staff in scope, and a stranger, do not see the standings of another challenge
        assertThatThrownBy(() -> challenges.standings(challenge.id(), as("village-doctor"), 0, 20))
                .isInstanceOf(PlatformException.class);
    }
}
