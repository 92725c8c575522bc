package org.regionalhealth.ecg.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** HL7 aECG read back from the writer, and every malformed or incomplete file refused whole with its reason. */
class AecgParserTests {

    static final AecgWriter.Header HEADER = new AecgWriter.Header(
            "3f2504e0-4f89-11d3-9a0c-0305e82c3301",
            "330109195803021234",
            "M",
            LocalDate.of(1958, 3, 2),
            LocalDateTime.of(2026, 12, 1, 9, 30),
            "测试心电图机");

    private final AecgParser parser = new AecgParser(5, 60);

    private static final SyntheticEcg.Result RECORD = SyntheticEcg.generate(SyntheticEcg.Spec.sinus(72, 1));

    private static String file() {
        return AecgWriter.write(RECORD.signal(), HEADER);
    }

    private EcgFileRejected refused(String xml) {
        var thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> parser.parse(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(thrown).isInstanceOf(EcgFileRejected.class);
        return (EcgFileRejected) thrown;
    }

    @Test
    void aWrittenFileReadsBackLeadForLeadWithinTheQuantisation() {
        var parsed = parser.parse(file().getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.subjectId()).isEqualTo("330109195803021234");
        assertThat(parsed.acquiredAt()).isEqualTo(LocalDateTime.of(2026, 12, 1, 9, 30));
        assertThat(parsed.signal().sampleRate()).isEqualTo(500.0);
        assertThat(parsed.signal().length()).isEqualTo(5000);
        assertThat(parsed.derivedLimbLeads()).isFalse();
        for (Lead lead : Lead.values()) {
            double[] original = RECORD.signal().lead(lead);
            double[] read = parsed.signal().lead(lead);
            for (int i = 0; i < original.length; i += 97) {
                assertThat(read[i]).isCloseTo(original[i], within(0.0026));
            }
        }
    }

    @Test
    void eightIndependentLeadsGetTheLimbLeadsDerived() {
        String xml = AecgWriter.write(
                RECORD.signal(),
                HEADER,
                List.of(Lead.I, Lead.II, Lead.V1, Lead.V2, Lead.V3, Lead.V4, Lead.V5, Lead.V6),
                2.5);
        var parsed = parser.parse(xml.getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.derivedLimbLeads()).isTrue();
        assertThat(parsed.signal().lead(Lead.AVF)[1234])
                .isCloseTo(RECORD.signal().lead(Lead.AVF)[1234], within(0.005));
    }

    @Test
    void millivoltsAndMillisecondsAreUnderstood() {
        String xml = file().replace("<increment value=\"0.002\" unit=\"s\"/>", "<increment value=\"2\" unit=\"ms\"/>")
                .replace(
                        "<origin value=\"0\" unit=\"uV\"/><scale value=\"5\" unit=\"uV\"/>",
                        "<origin value=\"0\" unit=\"mV\"/><scale value=\"0.005\" unit=\"mV\"/>");
        var parsed = parser.parse(xml.getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.signal().sampleRate()).isEqualTo(500.0);
        assertThat(parsed.signal().lead(Lead.II)[100]).isCloseTo(RECORD.signal().lead(Lead.II)[100], within(0.003));
    }

    @Test
    void notXmlOrNotAnAecgIsRefused() {
        assertThat(refused("hello").problems().get(0)).contains("XML");
        assertThat(refused(file().substring(0, 20_000)).problems().get(0)).contains("XML");
        assertThat(refused("<ClinicalDocument xmlns=\"urn:hl7-org:v3\"/>")
                        .problems()
                        .get(0))
                .contains("AnnotatedECG");
        assertThatThrownBy(() -> parser.parse(new byte[0])).isInstanceOf(EcgFileRejected.class);
    }

    @Test
    void anExternalEntityIsNotResolved() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<AnnotatedECG xmlns=\"urn:hl7-org:v3\">&x;</AnnotatedECG>";
        var rejected = refused(xml);
        assertThat(rejected.getMessage()).doesNotContain("root:");
    }

    @Test
    void missingLeadsAreNamed() {
        String xml = file().replaceAll("<component><sequence><code code=\"MDC_ECG_LEAD_V4\".*?</component>\n", "")
                .replaceAll("<component><sequence><code code=\"MDC_ECG_LEAD_V5\".*?</component>\n", "");
        var rejected = refused(xml);
        assertThat(rejected.fieldErrors().get("leads")).contains("缺少导联：V4、V5");
        assertThat(rejected.getMessage()).startsWith("心电文件未接收");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        String xml = file().replace("extension=\"330109195803021234\"", "")
                .replace("<increment value=\"0.002\" unit=\"s\"/>", "<increment value=\"0.02\" unit=\"s\"/>")
                .replaceFirst("<scale value=\"5\" unit=\"uV\"/>", "<scale value=\"5\" unit=\"furlong\"/>");
        var rejected = refused(xml);
        assertThat(rejected.fieldErrors()).containsKeys("subject", "sampleRate", "units");
        assertThat(rejected.fieldErrors().get("sampleRate")).contains("50 Hz");
    }

    @Test
    void aWrongUnitShowsAsAnImplausibleAmplitude() {
        String xml = file().replace("<scale value=\"5\" unit=\"uV\"/>", "<scale value=\"5\" unit=\"mV\"/>")
                .replace("<origin value=\"0\" unit=\"uV\"/>", "<origin value=\"0\" unit=\"mV\"/>");
        assertThat(refused(xml).fieldErrors().get("amplitude")).contains("请检查单位");
    }

    @Test
    void leadsOfDifferentLengthsANonIntegerDigitAFlatLeadAndATooShortRecordAreRefused() {
        String full = file();
        int at = full.indexOf("<code code=\"MDC_ECG_LEAD_V6\"");
        int end = full.indexOf("</digits>", at);
        String shorter = full.substring(0, full.lastIndexOf(' ', end)) + full.substring(end);
        assertThat(refused(shorter).fieldErrors().get("leads")).contains("采样点数不一致");

        String decimal = full.substring(0, end) + " 1.5" + full.substring(end);
        assertThat(refused(decimal).fieldErrors().get("digits")).contains("V6");

        int v1 = full.indexOf("<digits>", full.indexOf("<code code=\"MDC_ECG_LEAD_V1\"")) + "<digits>".length();
        int v1End = full.indexOf("</digits>", v1);
        String flat = full.substring(0, v1) + "0 ".repeat(4999) + "0" + full.substring(v1End);
        assertThat(refused(flat).fieldErrors().get("flat")).contains("V1");

        var shortRecord = SyntheticEcg.generate(
                new SyntheticEcg.Spec(70, SyntheticEcg.Rhythm.SINUS, java.util.Map.of(), 0.02, 0, 0, 3, 500, 3));
        assertThat(refused(AecgWriter.write(shortRecord.signal(), HEADER))
                        .fieldErrors()
                        .get("duration"))
                .contains("3 秒");
    }
}
