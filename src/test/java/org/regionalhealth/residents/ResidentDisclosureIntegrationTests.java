package org.regionalhealth.residents;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.regionalhealth.ApiClient;
import org.regionalhealth.PlatformIntegrationTest;
import org.regionalhealth.platform.AccountAdministration;
import org.regionalhealth.platform.Disclosure;
import org.regionalhealth.platform.NewAccount;
import org.regionalhealth.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * De-identification by design (docs/security.md): for every role, every response that shows a resident (the API
 * record, the API search, the search page and the record page) shows them under one policy, and a masked ID number
 * cannot be rebuilt from what the same response shows beside it.
 */
@PlatformIntegrationTest
class ResidentDisclosureIntegrationTests {

    /** Fewer candidate numbers than this and a masked ID is as good as disclosed. */
    static final int MIN_CANDIDATES = 10;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountAdministration accounts;

    @Autowired
    Clock clock;

    record Person(long id, String idNumber, String name, LocalDate birthDate) {}

    @Test
    void noRoleCanRebuildAMaskedIdNumberFromAnyResidentResponse() {
        List<String> usernames = new ArrayList<>(
                List.of("admin", "pharmacist", "doctor", "village-doctor", "cdc", "school-nurse", "resident", "his"));
        usernames.addAll(accountsForTheOtherRoles());
        int checked = 0;
        for (String username : usernames) {
            Role role = Role.valueOf(jdbc.sql("select role from platform_account where username = ?")
                    .param(username)
                    .query(String.class)
                    .single());
            Disclosure disclosure = Disclosure.of(role);
            for (Person person : residentsInScopeOf(username)) {
                for (String body : responsesAbout(username, person)) {
                    assertShownUnder(disclosure, person, body, username);
                    checked++;
                }
            }
        }
        assertThat(checked).as("responses checked").isGreaterThan(40);
    }

    @Test
    void aMaskedIdNumberWithAnAgeLeavesDozensOfCandidates() {
        String id = ResidentFixtures.idNumber("19800315", true);
        String masked = new ResidentIdNumber(id).masked();
        int age = java.time.Period.between(LocalDate.of(1980, 3, 15), LocalDate.now(clock))
                .getYears();
        assertThat(candidates(masked, age, LocalDate.now(clock)))
                .contains(id)
                .hasSizeGreaterThanOrEqualTo(MIN_CANDIDATES);
        // with the birth date beside it (what the old API answered) the number comes back in one try
        assertThat(candidates(masked, age, LocalDate.now(clock)).stream()
                        .filter(c -> c.substring(6, 14).equals("19800315"))
                        .toList())
                .containsExactly(id);
    }

    @Test
    void theSameReaderSeesTheSameMaskOnTheListAndOnTheRecord() {
        Person person = residentsInScopeOf("pharmacist").get(0);
        String list = page("pharmacist", "/residents?q=" + encode(person.idNumber()));
        String record = page("pharmacist", "/residents/" + person.id());
        String masked = new ResidentIdNumber(person.idNumber()).masked();
        String maskedName = Masking.name(person.name());
        assertThat(list).contains(masked).contains(maskedName);
        assertThat(record).contains(masked).contains(maskedName);
        var doctor = residentsInScopeOf("village-doctor").get(0);
        assertThat(page("village-doctor", "/residents?q=" + encode(doctor.idNumber())))
                .contains(doctor.name());
        assertThat(page("village-doctor", "/residents/" + doctor.id()))
                .contains(doctor.idNumber())
                .contains(doctor.name());
    }

    private void assertShownUnder(Disclosure disclosure, Person person, String body, String username) {
        String masked = new ResidentIdNumber(person.idNumber()).masked();
        var about = assertThat(body).as("%s reading resident %d", username, person.id());
        if (disclosure.fullIdentifiers()) {
            about.contains(person.idNumber());
            return;
        }
        about.doesNotContain(person.idNumber()).contains(masked);
        for (String date : dateForms(person.birthDate())) {
            about.doesNotContain(date);
        }
        if (!disclosure.fullName() && person.name().length() > 1) {
            about.doesNotContain(person.name()).contains(Masking.name(person.name()));
        }
        int age = java.time.Period.between(person.birthDate(), LocalDate.now(clock))
                .getYears();
        assertThat(candidates(masked, age, LocalDate.now(clock)))
                .as("candidate ID numbers for %s from %s", username, masked)
                .contains(person.idNumber())
                .hasSizeGreaterThanOrEqualTo(MIN_CANDIDATES);
    }

    /** Every ID number that fits the mask, a valid check character and the age shown. */
    static List<String> candidates(String masked, int age, LocalDate today) {
        String prefix = masked.substring(0, 6);
        String tail = masked.substring(14);
        List<String> fits = new ArrayList<>();
        for (LocalDate birth = today.minusYears(age + 1L).plusDays(1);
                !birth.isAfter(today.minusYears(age));
                birth = birth.plusDays(1)) {
            String first17 = prefix + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + tail.substring(0, 3);
            if (ResidentIdNumber.checkCharacter(first17) == tail.charAt(3)) {
                fits.add(first17 + tail.charAt(3));
            }
        }
        return fits;
    }

    static List<String> dateForms(LocalDate date) {
        return List.of(
                date.toString(),
                date.format(DateTimeFormatter.BASIC_ISO_DATE),
                date.format(DateTimeFormatter.ofPattern("yyyy年M月d日")),
                date.format(DateTimeFormatter.ofPattern("yyyy/MM/dd")));
    }

    private List<String> responsesAbout(String username, Person person) {
        var api = ApiClient.as(port, username);
        List<String> bodies = new ArrayList<>();
        var one = api.get("/api/residents/" + person.id());
        assertThat(one.status()).as("%s GET resident %d", username, person.id()).isEqualTo(200);
        bodies.add(one.body());
        var found = api.get("/api/residents?q=" + encode(person.idNumber()));
        assertThat(found.status()).isEqualTo(200);
        bodies.add(found.body());
        // the search page echoes what the reader typed: that is their own input, not a disclosure
        bodies.add(page(username, "/residents?q=" + encode(person.idNumber()))
                .replace("value=\"" + person.idNumber() + "\"", "value=\"\""));
        bodies.add(page(username, "/residents/" + person.id()));
        return bodies;
    }

    private List<Person> residentsInScopeOf(String username) {
        return jdbc.sql(
                        """
                        select r.id, r.id_number, r.name, r.birth_date
                          from residents_resident r, platform_account a, org_unit u
                         where a.username = ? and u.id = a.scope_unit_id
                           and (a.resident_id = r.id or (a.resident_id is null and r.unit_path like u.path || '%'))
                         order by r.id limit 2""")
                .param(username)
                .query((rs, n) ->
                        new Person(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class)))
                .list();
    }

    /** Accounts for the roles the demo district does not create yet, scoped at the district root. */
    private List<String> accountsForTheOtherRoles() {
        long root = jdbc.sql("select scope_unit_id from platform_account where username = 'admin'")
                .query(Long.class)
                .single();
        List<NewAccount> missing = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Role role : List.of(
                Role.EMERGENCY_OFFICER,
                Role.SUBSIDY_OFFICER,
                Role.RESEARCHER,
                Role.DATA_STEWARD,
                Role.VACCINATION_NURSE)) {
            String username = "disclosure-" + role.name().toLowerCase().replace('_', '-');
            names.add(username);
            if (jdbc.sql("select count(*) from platform_account where username = ?")
                            .param(username)
                            .query(Long.class)
                            .single()
                    == 0) {
                missing.add(new NewAccount(
                        username, role.labelZh(), ApiClient.DEMO_PASSWORD, role, root, root, null, false));
            }
        }
        if (!missing.isEmpty()) {
            accounts.create(missing);
        }
        return names;
    }

    private String page(String username, String path) {
        try {
            var response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                    .header("Accept", "text/html")
                                    .header(
                                            "Authorization",
                                            "Basic "
                                                    + Base64.getEncoder()
                                                            .encodeToString((username + ":" + ApiClient.DEMO_PASSWORD)
                                                                    .getBytes(StandardCharsets.UTF_8)))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("%s %s", username, path).isEqualTo(200);
            // names and numbers appear in text; drop tags so attribute values of forms do not count twice
            return Pattern.compile("<script[^>]*>.*?</script>", Pattern.DOTALL)
                    .matcher(response.body())
                    .replaceAll("");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
