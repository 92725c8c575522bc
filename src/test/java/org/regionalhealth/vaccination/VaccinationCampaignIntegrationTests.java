package org.regionalhealth.vaccination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.regionalhealth.ApiClient;
import org.regionalhealth.DemoLogin;
import org.regionalhealth.PlatformIntegrationTest;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.vaccination.campaign.Campaigns;
import org.regionalhealth.vaccination.campaign.InvitationState;
import org.regionalhealth.vaccination.district.Coverage;
import org.regionalhealth.vaccination.entrycheck.EntryChecks;
import org.regionalhealth.vaccination.people.People;
import org.regionalhealth.vaccination.record.VaccinationRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Campaign invitations through the SMS port (idempotent per resident and campaign, rate-limited, failures recorded,
 * counts on the campaign page) and the kindergarten/school entry check (the school nurse sees her school's list with
 * ID numbers masked, not another school's; the clinic of the town sees it in full; Excel).
 */
@PlatformIntegrationTest
class VaccinationCampaignIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Campaigns campaigns;

    @Autowired
    EntryChecks entryChecks;

    @Autowired
    CurrentUsers users;

    @Autowired
    Coverage coverage;

    @Autowired
    People people;

    @Autowired
    VaccinationRecords records;

    @Autowired
    UserDetailsService accounts;

    CurrentUser as(String username) {
        return DemoLogin.as(accounts, users, username);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    HttpResponse<String> page(String username, String path) throws Exception {
        return get(username, path, "text/html", HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> download(String username, String path) throws Exception {
        return get(username, path, "*/*", HttpResponse.BodyHandlers.ofByteArray());
    }

    <T> HttpResponse<T> get(String username, String path, String accept, HttpResponse.BodyHandler<T> body)
            throws Exception {
        String basic = Base64.getEncoder()
                .encodeToString((username + ":" + ApiClient.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .header("Accept", accept)
                                .header("Authorization", "Basic " + basic)
                                .build(),
                        body);
    }

    long count(long campaign, String state) {
        return jdbc.sql("select count(*) from vaccination_invitation where campaign_id = ? and state = ?")
                .params(campaign, state)
                .query(Long.class)
                .single();
    }

    @Test
    void invitationsAreQueuedOncePerResidentSentAtTheRateLimitAndFailuresRecorded() throws Exception {
        var admin = as("admin");
        campaigns.ensureCurrent();
        var flu = campaigns.list(admin).stream()
                .filter(c -> c.code().startsWith("FLU-"))
                .findFirst()
                .orElseThrow();
        // a town other than the demo's invited one: the first town with unvaccinated 60+ residents with a phone
        var town = jdbc.sql(
                        """
                        select substr(r.division_code, 1, 9) from residents_resident r
                        where r.birth_date <= make_date(extract(year from current_date)::int - 60, 12, 31)
                          and coalesce(r.phone, '') <> ''
                          and not exists (select 1 from vaccination_status s where s.resident_id = r.id
                                          and s.last_flu is not null)
                          and substr(r.division_code, 1, 9) not in (
                                select substr(i.division_code, 1, 9) from vaccination_invitation i)
                        group by 1 having count(*) >= 5 order by 1 limit 1""")
                .query(String.class)
                .single();
        // one of them has a number the gateway refuses
        long broken = jdbc.sql(
                        """
                        select r.id from residents_resident r where r.division_code like ?
                          and r.birth_date <= make_date(extract(year from current_date)::int - 60, 12, 31)
                          and coalesce(r.phone, '') <> ''
                          and not exists (select 1 from vaccination_status s where s.resident_id = r.id
                                          and s.last_flu is not null)
                        order by r.id limit 1""")
                .param(town + "%")
                .query(Long.class)
                .single();
        jdbc.sql("update residents_resident set phone = '0571-123' where id = ?")
                .param(broken)
                .update();
        // the outbox is empty of other work so the dispatch below sends only this town's invitations
        while (campaigns.dispatch(500) > 0) {}

        int queued = campaigns.invite(flu.id(), town, admin);
        assertThat(queued).isGreaterThanOrEqualTo(5);
        assertThat(campaigns.invite(flu.id(), town, admin))
                .as("inviting the same town again queues nobody twice")
                .isZero();
        assertThat(jdbc.sql("select count(*) from vaccination_invitation where campaign_id = ? and resident_id = ?")
                        .params(flu.id(), broken)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        long sentBefore = count(flu.id(), "SENT") + count(flu.id(), "FAILED");
        assertThat(campaigns.dispatch(3)).as("at most the rate limit per run").isEqualTo(3);
        assertThat(count(flu.id(), "SENT") + count(flu.id(), "FAILED")).isEqualTo(sentBefore + 3);
        while (campaigns.dispatch(3) > 0) {}
        assertThat(count(flu.id(), "PENDING")).isZero();
        assertThat(jdbc.sql("select state || ':' || failure from vaccination_invitation where resident_id = ?")
                        .param(broken)
                        .query(String.class)
                        .single())
                .isEqualTo("FAILED:号码不是有效的手机号码");

        var view = campaigns.list(admin).stream()
                .filter(c -> c.id() == flu.id())
                .findFirst()
                .orElseThrow();
        assertThat(view.failed()).isGreaterThanOrEqualTo(1);
        assertThat(view.sent()).isGreaterThanOrEqualTo(queued - 1);

        var failed = campaigns.invitations(flu.id(), InvitationState.FAILED, as("cdc"), 0, 20);
        assertThat(failed.items()).anySatisfy(i -> {
            assertThat(i.residentId()).isEqualTo(broken);
            assertThat(i.name()).as("the CDC sees names masked").contains("*");
        });

        var html = page("admin", "/vaccination/campaigns?campaign=" + flu.id());
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.body()).contains("已发送", "发送失败", "号码不是有效的手机号码", "向未接种者发送邀请短信");
        assertThat(page("resident", "/vaccination/campaigns").statusCode()).isEqualTo(403);
    }

    @Test
    void theSchoolNurseSeesHerSchoolsCatchUpListMaskedAndNoOtherSchool() throws Exception {
        var nurse = as("school-nurse");
        long school = nurse.unitId();
        var result = entryChecks.check(school, nurse);
        long enrolled = jdbc.sql("select count(*) from vaccination_enrolment where school_id = ?")
                .param(school)
                .query(Long.class)
                .single();
        assertThat(result.checked()).isEqualTo((int) enrolled);
        assertThat(result.toCatchUp()).allSatisfy(c -> {
            assertThat(c.idNumber()).contains("********");
            assertThat(c.birthDate()).isNull();
            assertThat(c.missing()).isNotEmpty();
        });
        long other = jdbc.sql("select id from org_unit where type = 'SCHOOL' and id <> ? order by id limit 1")
                .param(school)
                .query(Long.class)
                .single();
        assertThatThrownBy(() -> entryChecks.check(other, nurse))
                .isInstanceOf(PlatformException.class)
                .hasMessageContaining("无权");

        var html = page("school-nurse", "/vaccination/entry-check");
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.body()).contains("入托入学查验", "需补种");
        assertThat(page("school-nurse", "/vaccination/entry-check?school=" + other)
                        .statusCode())
                .isEqualTo(403);
        var excel = download("school-nurse", "/vaccination/entry-check.xlsx?school=" + school);
        assertThat(excel.statusCode()).isEqualTo(200);
        assertThat(excel.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        assertThat(excel.body().length).isGreaterThan(1000);
    }

    @Test
    void theClinicOfTheTownSeesTheListInFullAndACatchUpChildIsListedWithTheDoseMissing() {
        var nurse = as("vaccination-nurse");
        var schools = entryChecks.schools(nurse, null);
        assertThat(schools).isNotEmpty();
        // a kindergarten-age child of the clinic's town, enrolled, with no record at all (moved in without one)
        var school = schools.get(0);
        long child = jdbc.sql(
                        """
                        select r.id from residents_resident r where r.division_code like ?
                          and r.birth_date between current_date - interval '5 years' and current_date - interval '3 years'
                          and not exists (select 1 from vaccination_guardian g where g.child_resident_id = r.id)
                          and not exists (select 1 from vaccination_visit v where v.resident_id = r.id)
                        order by r.id desc limit 1""")
                .param(school.divisionCode().substring(0, 9) + "%")
                .query(Long.class)
                .single();
        entryChecks.enrol(school, child, 2026, "中班", "1班");
        jdbc.sql("delete from vaccination_record where resident_id = ?")
                .param(child)
                .update();
        jdbc.sql("delete from vaccination_status where resident_id = ?")
                .param(child)
                .update();
        var result = entryChecks.check(school.id(), nurse);
        var listed = result.toCatchUp().stream()
                .filter(c -> c.residentId() == child)
                .findFirst()
                .orElseThrow();
        assertThat(listed.idNumber()).doesNotContain("*");
        assertThat(listed.overdue()).isTrue();
        assertThat(listed.missing().stream().map(d -> d.series()).toList()).contains("HEPB", "MMR");

        var cdc = as("cdc");
        assertThat(entryChecks.check(school.id(), cdc).toCatchUp())
                .allSatisfy(c -> assertThat(c.name()).contains("*"));
    }

    @Test
    void aSchoolsCoverageCountsItsRosterAndAPupilWithoutAnyRecordCountsAsNotVaccinated() throws Exception {
        var cdc = as("cdc");
        var nurse = as("school-nurse");
        var school = entryChecks.school(nurse.unitId(), nurse);
        String town = school.divisionCode().substring(0, 9);
        var before = schoolRow(town, school.id(), cdc);
        // two toddlers (托班) not on any roster: one with three HepB doses, one with nothing (the other tests of this
        // class take children of 3–5 years)
        var children = jdbc.sql(
                        """
                        select r.id from residents_resident r
                        where r.birth_date between current_date - interval '3 years' and current_date - interval '1 year'
                          and not exists (select 1 from vaccination_enrolment e where e.resident_id = r.id)
                        order by r.id limit 2""")
                .query(Long.class)
                .list();
        assertThat(children).hasSize(2);
        for (long child : children) {
            jdbc.sql("delete from vaccination_record where resident_id = ?")
                    .param(child)
                    .update();
            jdbc.sql("delete from vaccination_status where resident_id = ?")
                    .param(child)
                    .update();
            entryChecks.enrol(school, child, 2026, "托班", "2班");
        }
        var vaccinated = people.find(children.get(0)).orElseThrow();
        var born = vaccinated.birthDate();
        records.recordReported(vaccinated, "HepB", born, null);
        records.recordReported(vaccinated, "HepB", born.plusMonths(1), null);
        records.recordReported(vaccinated, "HepB", born.plusMonths(6), null);

        var after = schoolRow(town, school.id(), cdc);
        assertThat(after.children()).isEqualTo(before.children() + 2);
        assertThat(after.hepb3()).isEqualTo(before.hepb3() + 1);
        assertThat(after.mmr1()).isEqualTo(before.mmr1());

        var html = page("cdc", "/vaccination/district?town=" + town);
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.body()).contains("学校与幼儿园", school.name(), "补种名单");
        assertThat(page("cdc", "/vaccination/district").body()).contains("coverage-map-data", "90%");
        var excel = download("cdc", "/vaccination/district.xlsx?town=" + town);
        assertThat(excel.statusCode()).isEqualTo(200);
        assertThat(excel.headers().firstValue("Content-Disposition").orElse("")).contains("UTF-8''");
        assertThat(workbookXml(excel.body())).contains("学校与幼儿园");
    }

    Coverage.Row schoolRow(String town, long schoolId, CurrentUser user) {
        return coverage.schools(town, user.scope(), 0, 500).items().stream()
                .filter(r -> r.code().equals(String.valueOf(schoolId)))
                .findFirst()
                .orElseThrow();
    }

    /** The sheet names of an xlsx file are in its {@code xl/workbook.xml} (as character references: decoded). */
    static String workbookXml(byte[] xlsx) throws java.io.IOException {
        var file = java.nio.file.Files.createTempFile("coverage", ".xlsx");
        try {
            java.nio.file.Files.write(file, xlsx);
            try (var zip = new java.util.zip.ZipFile(file.toFile())) {
                var xml = new String(
                        zip.getInputStream(zip.getEntry("xl/workbook.xml")).readAllBytes(), StandardCharsets.UTF_8);
                return java.util.regex.Pattern.compile("&#x([0-9a-fA-F]+);")
                        .matcher(xml)
                        .replaceAll(m -> Character.toString(Integer.parseInt(m.group(1), 16)));
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
    }
}
