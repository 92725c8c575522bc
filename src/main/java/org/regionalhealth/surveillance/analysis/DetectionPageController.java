package org.regionalhealth.surveillance.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.MenuSection;
import org.regionalhealth.platform.NavigationItem;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CDC analyst page: upload a series as CSV, run up to two detectors side by side, see the series, their expected
 * values, upper bounds and alarms on one chart and the alarms in a table. Same engine and validation as the API.
 */
@Controller
@PreAuthorize("hasAnyRole('CDC_OFFICER','DISTRICT_ADMIN')")
class DetectionPageController {

    static final int DETECTORS = 2;
    private static final List<String> DEFAULT_ALGORITHMS = List.of("earsC1", "cusum");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AnalystDetection detection;

    DetectionPageController(AnalystDetection detection) {
        this.detection = detection;
    }

    @Bean
    static NavigationItem detectionLink() {
        return new NavigationItem(
                "nav.detection",
                "/surveillance/detect",
                MenuSection.SURVEILLANCE,
                Set.of(Role.CDC_OFFICER, Role.DISTRICT_ADMIN));
    }

    @GetMapping("/surveillance/detect")
    String form(Model model) {
        fill(model, 365, DEFAULT_ALGORITHMS, List.of("", ""));
        return "surveillance/detect";
    }

    /** One detector's outcome: its alarms, or the message of its bad parameter. */
    record Run(int number, String algorithm, long alarms, @Nullable String error) {}

    /** A row of the alarm table. */
    record AlarmRow(
            int detector,
            String algorithm,
            int t,
            @Nullable String date,
            @Nullable Double observed,
            @Nullable Double expected,
            @Nullable Double upperbound,
            @Nullable Double score) {}

    @PostMapping("/surveillance/detect")
    String run(
            @RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam(defaultValue = "365") int frequency,
            @RequestParam(name = "algorithm", required = false) @Nullable List<String> algorithms,
            @RequestParam(name = "parameters", required = false) @Nullable List<String> parameters,
            Model model) {
        List<String> algs = padded(algorithms);
        List<String> params = padded(parameters);
        fill(model, frequency, algs, params);
        if (file == null || file.isEmpty()) {
            model.addAttribute("error", "请选择要上传的 CSV 文件");
            return "surveillance/detect";
        }
        SeriesCsv csv;
        try {
            csv = SeriesCsv.read(file.getInputStream());
        } catch (SeriesCsv.Problem e) {
            model.addAttribute("error", "CSV 文件有误：" + e.getMessage());
            return "surveillance/detect";
        } catch (IOException e) {
            model.addAttribute("error", "无法读取上传的文件");
            return "surveillance/detect";
        }
        List<Run> runs = new ArrayList<>();
        List<AlarmRow> alarms = new ArrayList<>();
        List<Map<String, Object>> chartDetectors = new ArrayList<>();
        for (int d = 0; d < DETECTORS; d++) {
            String algorithm = algs.get(d);
            if (algorithm.isBlank()) {
                continue;
            }
            int number = d + 1;
            try {
                DetectResponse r = detection.detect(new DetectRequest(
                        algorithm, ParameterText.parse(params.get(d)), frequency, csv.dates(), csv.observed(), null));
                runs.add(new Run(number, algorithm, r.alarms(), null));
                chartDetectors.add(
                        chartSeries(number, algorithm, r, csv.observed().size()));
                for (DetectResponse.Point p : r.points()) {
                    if (Boolean.TRUE.equals(p.alarm())) {
                        alarms.add(new AlarmRow(
                                number,
                                algorithm,
                                p.t(),
                                p.date() == null ? null : p.date().toString(),
                                p.observed(),
                                p.expected(),
                                p.upperbound(),
                                p.score()));
                    }
                }
            } catch (PlatformException e) {
                String field = e.fieldErrors().keySet().stream().findFirst().orElse("");
                runs.add(
                        new Run(number, algorithm, 0, field.isEmpty() ? e.getMessage() : field + "：" + e.getMessage()));
            } catch (ParameterText.Problem e) {
                runs.add(new Run(number, algorithm, 0, e.getMessage()));
            }
        }
        alarms.sort(
                (a, b) -> a.t() != b.t() ? Integer.compare(a.t(), b.t()) : Integer.compare(a.detector(), b.detector()));
        Map<String, Object> chart = new LinkedHashMap<>();
        List<Object> x = new ArrayList<>();
        for (int i = 0; i < csv.observed().size(); i++) {
            x.add(csv.dates() == null ? String.valueOf(i + 1) : csv.dates().get(i));
        }
        chart.put("x", x);
        chart.put("observed", csv.observed());
        chart.put("detectors", chartDetectors);
        model.addAttribute("runs", runs);
        model.addAttribute("alarms", alarms);
        model.addAttribute("points", csv.observed().size());
        model.addAttribute("chartJson", JSON.writeValueAsString(chart));
        return "surveillance/detect";
    }

    /** Expected, upper bound and alarm markers aligned with the x axis (null before the first evaluated point). */
    private static Map<String, Object> chartSeries(int number, String algorithm, DetectResponse r, int length) {
        List<@Nullable Double> expected = new ArrayList<>();
        List<@Nullable Double> upper = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            expected.add(null);
            upper.add(null);
        }
        List<List<Object>> alarmPoints = new ArrayList<>();
        for (DetectResponse.Point p : r.points()) {
            expected.set(p.t() - 1, p.expected());
            upper.set(p.t() - 1, p.upperbound());
            if (Boolean.TRUE.equals(p.alarm()) && p.observed() != null) {
                alarmPoints.add(List.of(p.t() - 1, p.observed()));
            }
        }
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", number + " · " + algorithm);
        s.put("expected", expected);
        s.put("upper", upper);
        s.put("alarms", alarmPoints);
        return s;
    }

    private static List<String> padded(@Nullable List<String> values) {
        List<String> out = new ArrayList<>(values == null ? List.of() : values);
        while (out.size() < DETECTORS) {
            out.add("");
        }
        return out.subList(0, DETECTORS);
    }

    private static void fill(Model model, int frequency, List<String> algorithms, List<String> parameters) {
        model.addAttribute("algorithmChoices", AnalystDetection.ALGORITHMS);
        model.addAttribute("frequency", frequency);
        model.addAttribute("selected", algorithms);
        model.addAttribute("parameters", parameters);
        model.addAttribute("maxPoints", AnalystDetection.MAX_POINTS);
    }
}
