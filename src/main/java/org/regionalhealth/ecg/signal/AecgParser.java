package org.regionalhealth.ecg.signal;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads an HL7 v3 annotated ECG (aECG) into twelve leads in millivolts, or refuses it whole with every problem named
 * ({@link EcgFileRejected}). What is read: the first series' {@code TIME_ABSOLUTE} or {@code TIME_RELATIVE} sequence
 * (the sampling increment, in s or ms) and its {@code SLIST_PQ} lead sequences ({@code MDC_ECG_LEAD_*}: value =
 * origin + scale × digit, origin and scale in V, mV or µV); the patient's id ({@code trialSubject/id/@extension})
 * and the acquisition time ({@code effectiveTime/low}). A file with only I, II and V1–V6 — as many
 * electrocardiographs write — gets III, aVR, aVL and aVF derived from I and II.
 *
 * <p>Refused: not well-formed XML or not an {@code AnnotatedECG}; no sampling increment, or a rate outside
 * 100–2,000 Hz; a missing or repeated lead; leads of different lengths; a digit that is not an integer; an unknown
 * unit; a duration outside the accepted range; a lead beyond ±10 mV (almost always a wrong unit); a flat lead (an
 * electrode off); no patient id. The reader is a StAX stream with DTDs and external entities switched off.
 */
public final class AecgParser {

    /**
     * A read file.
     *
     * @param documentId the document's {@code id/@root}
     * @param subjectId the patient's id ({@code trialSubject/id/@extension})
     * @param acquiredAt when the recording started, as written (local time)
     * @param signal the twelve leads
     * @param derivedLimbLeads whether III, aVR, aVL and aVF were derived from I and II
     */
    public record Parsed(
            @Nullable String documentId,
            String subjectId,
            @Nullable LocalDateTime acquiredAt,
            EcgSignal signal,
            boolean derivedLimbLeads) {}

    private static final double MAX_MV = 10;
    private static final List<Lead> INDEPENDENT =
            List.of(Lead.I, Lead.II, Lead.V1, Lead.V2, Lead.V3, Lead.V4, Lead.V5, Lead.V6);
    private static final List<Lead> LIMB_DERIVED = List.of(Lead.III, Lead.AVR, Lead.AVL, Lead.AVF);

    private static final XMLInputFactory FACTORY = factory();

    private final double minSeconds;
    private final double maxSeconds;

    public AecgParser(double minSeconds, double maxSeconds) {
        this.minSeconds = minSeconds;
        this.maxSeconds = maxSeconds;
    }

    private static XMLInputFactory factory() {
        var factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    private static final class Sequence {
        String code;
        String type;
        String increment;
        String incrementUnit;
        String origin = "0";
        String originUnit;
        String scale;
        String scaleUnit;
        String digits;
    }

    public Parsed parse(byte[] content) {
        var problems = new LinkedHashMap<String, String>();
        if (content == null || content.length == 0) {
            problems.put("file", "文件为空");
            throw new EcgFileRejected(problems);
        }
        var sequences = new ArrayList<Sequence>();
        String documentId = null;
        String subjectId = null;
        String effectiveLow = null;
        try {
            XMLStreamReader xml = FACTORY.createXMLStreamReader(new ByteArrayInputStream(content));
            var path = new ArrayList<String>();
            Sequence current = null;
            int series = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    String parent = path.isEmpty() ? "" : path.get(path.size() - 1);
                    if (path.isEmpty()
                            && (!"AnnotatedECG".equals(name) || !"urn:hl7-org:v3".equals(xml.getNamespaceURI()))) {
                        problems.put("file", "不是 HL7 aECG 文件（根元素应为 urn:hl7-org:v3 命名空间的 AnnotatedECG）");
                        throw new EcgFileRejected(problems);
                    }
                    if ("id".equals(name) && path.size() == 1) {
                        documentId = xml.getAttributeValue(null, "root");
                    } else if ("id".equals(name) && "trialSubject".equals(parent)) {
                        subjectId = xml.getAttributeValue(null, "extension");
                    } else if ("low".equals(name) && path.size() == 2 && "effectiveTime".equals(parent)) {
                        effectiveLow = xml.getAttributeValue(null, "value");
                    } else if ("series".equals(name)) {
                        series++;
                    } else if ("sequence".equals(name) && series == 1) {
                        current = new Sequence();
                    } else if (current != null) {
                        switch (name) {
                            case "code" -> {
                                if ("sequence".equals(parent)) {
                                    current.code = xml.getAttributeValue(null, "code");
                                }
                            }
                            case "value" -> {
                                if ("sequence".equals(parent)) {
                                    current.type =
                                            xml.getAttributeValue(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "type");
                                }
                            }
                            case "increment" -> {
                                current.increment = xml.getAttributeValue(null, "value");
                                current.incrementUnit = xml.getAttributeValue(null, "unit");
                            }
                            case "origin" -> {
                                current.origin = xml.getAttributeValue(null, "value");
                                current.originUnit = xml.getAttributeValue(null, "unit");
                            }
                            case "scale" -> {
                                current.scale = xml.getAttributeValue(null, "value");
                                current.scaleUnit = xml.getAttributeValue(null, "unit");
                            }
                            case "digits" -> {
                                current.digits = xml.getElementText();
                                continue; // getElementText consumed the end tag
                            }
                            default -> {}
                        }
                    }
                    path.add(name);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if ("sequence".equals(xml.getLocalName()) && current != null) {
                        sequences.add(current);
                        current = null;
                    }
                    path.remove(path.size() - 1);
                }
            }
        } catch (XMLStreamException e) {
            var location = e.getLocation();
            problems.put(
                    "file",
                    location == null || location.getLineNumber() < 0
                            ? "不是格式正确的 XML 文件"
                            : "不是格式正确的 XML 文件（第 " + location.getLineNumber() + " 行附近出错）");
            throw new EcgFileRejected(problems);
        }
        return validate(documentId, subjectId, effectiveLow, sequences, problems);
    }

    private Parsed validate(
            @Nullable String documentId,
            @Nullable String subjectId,
            @Nullable String effectiveLow,
            List<Sequence> sequences,
            Map<String, String> problems) {
        if (subjectId == null || subjectId.isBlank()) {
            problems.put("subject", "文件中没有患者身份证号（trialSubject 的 id/@extension）");
        }
        // sampling
        double rate = Double.NaN;
        Sequence time = sequences.stream()
                .filter(s -> "TIME_ABSOLUTE".equals(s.code) || "TIME_RELATIVE".equals(s.code))
                .findFirst()
                .orElse(null);
        if (time == null || time.increment == null) {
            problems.put("sampleRate", "缺少采样间隔（TIME_ABSOLUTE 序列的 increment）");
        } else {
            double seconds = number(time.increment);
            double unit = "ms".equals(time.incrementUnit) ? 0.001 : "s".equals(time.incrementUnit) ? 1 : Double.NaN;
            if (Double.isNaN(unit)) {
                problems.put("sampleRate", "采样间隔的单位“" + time.incrementUnit + "”无法识别（应为 s 或 ms）");
            } else if (!(seconds > 0)) {
                problems.put("sampleRate", "采样间隔“" + time.increment + "”不是正数");
            } else {
                rate = Math.round(1 / (seconds * unit) * 1000) / 1000.0;
                if (rate < 100 || rate > 2000) {
                    problems.put("sampleRate", "采样率 " + fmt(rate) + " Hz 不在 100–2000 Hz 之间");
                }
            }
        }
        // leads
        Map<Lead, double[]> leads = new EnumMap<>(Lead.class);
        var repeated = new ArrayList<String>();
        var units = new ArrayList<String>();
        var digitProblems = new ArrayList<String>();
        for (Sequence s : sequences) {
            var lead = s.code == null ? java.util.Optional.<Lead>empty() : Lead.ofMdc(s.code);
            if (lead.isEmpty()) {
                continue;
            }
            if (leads.containsKey(lead.get())) {
                repeated.add(lead.get().label());
                continue;
            }
            double scale = number(s.scale);
            double scaleUnit = millivolts(s.scaleUnit);
            double originUnit = s.originUnit == null ? scaleUnit : millivolts(s.originUnit);
            if (Double.isNaN(scaleUnit) || Double.isNaN(originUnit) || !(scale > 0)) {
                units.add(lead.get().label() + "（scale " + s.scale + " " + s.scaleUnit + "）");
                leads.put(lead.get(), new double[0]);
                continue;
            }
            double origin = number(s.origin) * originUnit;
            double[] values = digits(s.digits, scale * scaleUnit, origin);
            if (values == null) {
                digitProblems.add(lead.get().label());
                values = new double[0];
            }
            leads.put(lead.get(), values);
        }
        if (!repeated.isEmpty()) {
            problems.put("leads", "导联重复：" + String.join("、", repeated));
        }
        var missing = new ArrayList<String>();
        INDEPENDENT.stream().filter(l -> !leads.containsKey(l)).forEach(l -> missing.add(l.label()));
        boolean someLimb = LIMB_DERIVED.stream().anyMatch(leads::containsKey);
        boolean allLimb = LIMB_DERIVED.stream().allMatch(leads::containsKey);
        if (someLimb && !allLimb) {
            LIMB_DERIVED.stream().filter(l -> !leads.containsKey(l)).forEach(l -> missing.add(l.label()));
        }
        if (!missing.isEmpty()) {
            problems.merge(
                    "leads", "缺少导联：" + String.join("、", missing) + "（标准12导联，至少需 I、II、V1–V6）", (a, b) -> a + "；" + b);
        }
        if (!units.isEmpty()) {
            problems.put("units", "幅度单位无法识别（应为 V、mV 或 uV，且 scale 为正数）：" + String.join("、", units));
        }
        if (!digitProblems.isEmpty()) {
            problems.put("digits", "采样值不是整数序列：" + String.join("、", digitProblems) + " 导联");
        }
        if (problems.isEmpty()) {
            var lengths =
                    leads.values().stream().mapToInt(v -> v.length).distinct().toArray();
            if (lengths.length > 1) {
                var detail = new ArrayList<String>();
                leads.forEach((l, v) -> detail.add(l.label() + " " + v.length));
                problems.put("leads", "各导联采样点数不一致（" + String.join("，", detail) + "）");
            } else {
                double seconds = lengths[0] / rate;
                if (seconds < minSeconds || seconds > maxSeconds) {
                    problems.put(
                            "duration",
                            "记录时长 " + fmt(seconds) + " 秒，不在 " + fmt(minSeconds) + "–" + fmt(maxSeconds) + " 秒之间");
                }
                var tooLarge = new ArrayList<String>();
                var flat = new ArrayList<String>();
                leads.forEach((l, v) -> {
                    double min = Double.POSITIVE_INFINITY;
                    double max = Double.NEGATIVE_INFINITY;
                    for (double x : v) {
                        min = Math.min(min, x);
                        max = Math.max(max, x);
                    }
                    if (Math.max(Math.abs(min), Math.abs(max)) > MAX_MV) {
                        tooLarge.add(l.label() + " " + fmt(Math.max(Math.abs(min), Math.abs(max))) + " mV");
                    } else if (max - min < 0.01) {
                        flat.add(l.label());
                    }
                });
                if (!tooLarge.isEmpty()) {
                    problems.put("amplitude", "幅度超出人体心电可能范围（±10 mV），请检查单位：" + String.join("、", tooLarge));
                }
                if (!flat.isEmpty()) {
                    problems.put("flat", "导联无信号（电极脱落？）：" + String.join("、", flat));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new EcgFileRejected(problems);
        }
        boolean derived = !allLimb;
        if (derived) {
            EcgSignal.deriveLimbLeads(leads);
        }
        return new Parsed(documentId, subjectId.trim(), time(effectiveLow), new EcgSignal(rate, leads), derived);
    }

    private static double @Nullable [] digits(@Nullable String text, double factor, double origin) {
        if (text == null) {
            return null;
        }
        int n = text.length();
        double[] out = new double[Math.max(16, n / 3)];
        int count = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                i++;
                continue;
            }
            boolean negative = false;
            if (c == '-' || c == '+') {
                negative = c == '-';
                i++;
            }
            long value = 0;
            int start = i;
            while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                value = value * 10 + (text.charAt(i) - '0');
                if (value > Integer.MAX_VALUE) {
                    return null;
                }
                i++;
            }
            if (i == start || (i < n && !Character.isWhitespace(text.charAt(i)))) {
                return null;
            }
            if (count == out.length) {
                out = java.util.Arrays.copyOf(out, out.length * 2);
            }
            out[count++] = origin + (negative ? -value : value) * factor;
        }
        return count == 0 ? null : java.util.Arrays.copyOf(out, count);
    }

    private static double millivolts(@Nullable String unit) {
        if (unit == null) {
            return Double.NaN;
        }
        return switch (unit) {
            case "uV", "µV", "μV" -> 0.001;
            case "mV" -> 1;
            case "V" -> 1000;
            default -> Double.NaN;
        };
    }

    private static double number(@Nullable String text) {
        if (text == null) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static @Nullable LocalDateTime time(@Nullable String ts) {
        if (ts == null || ts.length() < 14) {
            return null;
        }
        try {
            return LocalDateTime.parse(ts.substring(0, 14), DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String fmt(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
