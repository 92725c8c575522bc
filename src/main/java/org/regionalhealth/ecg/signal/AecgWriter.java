package org.regionalhealth.ecg.signal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Writes an {@link EcgSignal} as an HL7 v3 annotated ECG (aECG, ANSI/HL7 V3 ECG R1-2004): one RHYTHM series, a
 * {@code TIME_ABSOLUTE} sequence ({@code GLIST_TS}: start and sampling increment) and one {@code SLIST_PQ} sequence
 * per lead with its origin and scale in microvolts and the integer digits. The patient is the
 * {@code trialSubject}: its {@code id} carries the resident ID number (root {@code 2.16.156.10011.1.3}, the OID of the
 * Chinese resident ID card number in WS/T 500 documents).
 */
public final class AecgWriter {

    /** OID of the resident ID number in Chinese health-information documents (WS/T 500). */
    public static final String ID_NUMBER_ROOT = "2.16.156.10011.1.3";

    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);

    /**
     * Who and when.
     *
     * @param documentId the document's id (a UUID)
     * @param idNumber the patient's resident ID number
     * @param sexCode {@code M} or {@code F} (HL7 AdministrativeGender)
     * @param birthDate the patient's birth date
     * @param acquiredAt local start of the recording
     * @param device the electrocardiograph
     */
    public record Header(
            String documentId,
            String idNumber,
            @Nullable String sexCode,
            @Nullable LocalDate birthDate,
            LocalDateTime acquiredAt,
            String device) {}

    private AecgWriter() {}

    /** All twelve leads, scale 5 µV. */
    public static String write(EcgSignal signal, Header header) {
        return write(signal, header, List.of(Lead.values()), 5);
    }

    /**
     * @param leads the leads to write (an electrocardiograph may write only I, II and V1–V6)
     * @param scaleMicrovolts the value of one digit
     */
    public static String write(EcgSignal signal, Header header, List<Lead> leads, double scaleMicrovolts) {
        var xml = new StringBuilder(signal.length() * leads.size() * 5 + 4096);
        String start = TS.format(header.acquiredAt());
        String end = TS.format(header.acquiredAt().plusNanos((long) (signal.durationSeconds() * 1e9)));
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append(
                        "<AnnotatedECG xmlns=\"urn:hl7-org:v3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
                .append(" classCode=\"OBS\" moodCode=\"EVN\">\n")
                .append("  <id root=\"")
                .append(escape(header.documentId()))
                .append("\"/>\n")
                .append("  <code code=\"93000\" codeSystem=\"2.16.840.1.113883.6.12\" codeSystemName=\"CPT-4\"/>\n")
                .append("  <effectiveTime><low value=\"")
                .append(start)
                .append("\" inclusive=\"true\"/><high value=\"")
                .append(end)
                .append("\" inclusive=\"false\"/></effectiveTime>\n")
                .append("  <componentOf><timepointEvent><componentOf><subjectAssignment><subject><trialSubject>\n")
                .append("    <id root=\"" + ID_NUMBER_ROOT + "\" extension=\"")
                .append(escape(header.idNumber()))
                .append("\"/>\n")
                .append("    <subjectDemographicPerson>");
        if (header.sexCode() != null) {
            xml.append("<administrativeGenderCode code=\"")
                    .append(escape(header.sexCode()))
                    .append("\" codeSystem=\"2.16.840.1.113883.5.1\"/>");
        }
        if (header.birthDate() != null) {
            xml.append("<birthTime value=\"")
                    .append(header.birthDate().format(DateTimeFormatter.BASIC_ISO_DATE))
                    .append("\"/>");
        }
        xml.append("</subjectDemographicPerson>\n")
                .append(
                        "  </trialSubject></subject></subjectAssignment></componentOf></timepointEvent></componentOf>\n")
                .append("  <component><series>\n")
                .append("    <code code=\"RHYTHM\" codeSystem=\"2.16.840.1.113883.5.4\"/>\n")
                .append("    <effectiveTime><low value=\"")
                .append(start)
                .append("\"/><high value=\"")
                .append(end)
                .append("\"/></effectiveTime>\n")
                .append("    <author><seriesAuthor><manufacturedSeriesDevice><manufacturerModelName>")
                .append(escape(header.device()))
                .append("</manufacturerModelName></manufacturedSeriesDevice></seriesAuthor></author>\n")
                .append("    <component><sequenceSet>\n")
                .append(
                        "      <component><sequence><code code=\"TIME_ABSOLUTE\" codeSystem=\"2.16.840.1.113883.5.4\"/>")
                .append("<value xsi:type=\"GLIST_TS\"><head value=\"")
                .append(start)
                .append(".000\"/><increment value=\"")
                .append(trim(1.0 / signal.sampleRate()))
                .append("\" unit=\"s\"/></value></sequence></component>\n");
        for (Lead lead : leads) {
            double[] mv = signal.lead(lead);
            xml.append("      <component><sequence><code code=\"")
                    .append(lead.mdc())
                    .append("\" codeSystem=\"2.16.840.1.113883.6.24\"/>")
                    .append("<value xsi:type=\"SLIST_PQ\"><origin value=\"0\" unit=\"uV\"/><scale value=\"")
                    .append(trim(scaleMicrovolts))
                    .append("\" unit=\"uV\"/><digits>");
            for (int i = 0; i < mv.length; i++) {
                if (i > 0) {
                    xml.append(' ');
                }
                xml.append(Math.round(mv[i] * 1000 / scaleMicrovolts));
            }
            xml.append("</digits></value></sequence></component>\n");
        }
        xml.append("    </sequenceSet></component>\n  </series></component>\n</AnnotatedECG>\n");
        return xml.toString();
    }

    private static String trim(double value) {
        String s = String.format(Locale.ROOT, "%.9f", value);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
