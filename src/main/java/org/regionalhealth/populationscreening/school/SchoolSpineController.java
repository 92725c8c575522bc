package org.regionalhealth.populationscreening.school;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.MenuSection;
import org.regionalhealth.platform.NavigationItem;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.Role;
import org.regionalhealth.populationscreening.FirstStage;
import org.regionalhealth.populationscreening.Participant;
import org.regionalhealth.populationscreening.PopulationScreeningProperties;
import org.regionalhealth.populationscreening.SchoolResult;
import org.regionalhealth.populationscreening.ScreeningProgrammes;
import org.regionalhealth.populationscreening.rules.SpineRule;
import org.regionalhealth.populationscreening.web.ScreeningLabels;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Students' spine screening at school (学生脊柱侧弯筛查·学校录入): the school's health teacher enters one pupil's result by
 * ID number or imports the school's file (CSV, UTF-8 or the GB18030 that Excel writes; all or nothing), and sees the
 * results the school sent, paged. Positives go to the pupil's family doctor's worklist with the programme's clock.
 */
@Controller
@PreAuthorize("hasAnyRole('SCHOOL_NURSE', 'DISTRICT_ADMIN')")
class SchoolSpineController {

    /** Columns of the school's file, in order; the sixth (signs of the standing examination) may be empty. */
    static final List<String> COLUMNS = List.of("身份证号", "筛查日期", "胸段ATR", "腰胸段ATR", "腰段ATR", "一般检查异常（用、分隔）");

    private static final int MAX_ROWS = 5000;

    private final ScreeningProgrammes programmes;
    private final ScreeningLabels screeningLabels;
    private final PopulationScreeningProperties properties;
    private final MessageSource messages;
    private final CurrentUsers users;
    private final Clock clock;

    SchoolSpineController(
            ScreeningProgrammes programmes,
            ScreeningLabels screeningLabels,
            PopulationScreeningProperties properties,
            MessageSource messages,
            CurrentUsers users,
            Clock clock) {
        this.programmes = programmes;
        this.screeningLabels = screeningLabels;
        this.properties = properties;
        this.messages = messages;
        this.users = users;
        this.clock = clock;
    }

    @Bean
    static NavigationItem schoolSpineLink() {
        return new NavigationItem(
                "populationscreening.nav.school",
                "/populationscreening/school",
                MenuSection.PUBLIC_HEALTH,
                Set.of(Role.SCHOOL_NURSE));
    }

    /** What the form shows again after an error. */
    record Input(
            @Nullable String idNumber, @Nullable String screenedOn, Set<String> findings, Map<String, String> atr) {

        static final Input EMPTY = new Input(null, null, Set.of(), Map.of());

        public @Nullable String measure(String key) {
            return atr.get(key);
        }
    }

    /** A row of the school's list. */
    record Row(Participant p, String name, int age, BigDecimal largest, @Nullable Integer grade, String result) {}

    @GetMapping("/populationscreening/school")
    String page(@RequestParam(defaultValue = "0") int page, Model model) {
        return fill(model, page, Input.EMPTY, Map.of(), null);
    }

    @PostMapping("/populationscreening/school/results")
    String record(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        var findings = new LinkedHashSet<>(form.getOrDefault("findings", List.of()));
        var atr = new LinkedHashMap<String, String>();
        for (String segment : SpineRule.SEGMENTS) {
            atr.put(segment, form.getFirst(segment));
        }
        var input = new Input(form.getFirst("idNumber"), form.getFirst("screenedOn"), findings, atr);
        // what the form itself cannot read (a date or a number) is added to the service's problems, all at once
        var typing = new LinkedHashMap<String, String>();
        var day = day(input.screenedOn(), typing, "screenedOn");
        var values = numbers(atr, typing);
        try {
            var p = programmes.recordSchoolResult(
                    new SchoolResult(
                            1,
                            input.idNumber() == null ? "" : input.idNumber(),
                            new FirstStage(day, findings, null, null, values)),
                    users.require());
            redirect.addFlashAttribute("saved", screeningLabels.name(p.name(), users.require()));
            redirect.addFlashAttribute("savedPositive", p.state().positive());
            return "redirect:/populationscreening/school";
        } catch (PlatformException e) {
            if (e.fieldErrors().isEmpty()) {
                throw e;
            }
            var errors = new LinkedHashMap<>(e.fieldErrors());
            errors.putAll(typing);
            return fill(model, 0, input, errors, e.getMessage());
        }
    }

    @PostMapping("/populationscreening/school/import")
    String importFile(
            @RequestParam(required = false) @Nullable MultipartFile file, Model model, RedirectAttributes redirect)
            throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw PlatformException.invalidField("POPULATIONSCREENING_INVALID", "file", "请选择要上传的文件（CSV）");
            }
            int stored = programmes.importSchoolResults(parse(decode(file.getBytes())), users.require());
            redirect.addFlashAttribute("imported", stored);
            return "redirect:/populationscreening/school";
        } catch (PlatformException e) {
            if (e.fieldErrors().isEmpty()) {
                throw e;
            }
            return fill(model, 0, Input.EMPTY, e.fieldErrors(), e.getMessage());
        }
    }

    @GetMapping("/populationscreening/school/template.csv")
    ResponseEntity<byte[]> template() {
        var csv = String.join(",", COLUMNS) + "\r\n" + "330109201001011234," + LocalDate.now(clock)
                + ",3,5.5,2,双肩不等高、两侧腰凹不对称\r\n";
        var bytes = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("学生脊柱侧弯筛查结果-导入模板.csv", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header(HttpHeaders.CONTENT_TYPE, "text/csv; charset=UTF-8")
                .body(bytes);
    }

    /** UTF-8 (with or without BOM) when it decodes cleanly, else GB18030 (Excel's 'CSV' on a Chinese Windows). */
    static String decode(byte[] bytes) {
        try {
            var text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }

    /** The file's rows; a line that cannot be read at all is a problem on field {@code file}. */
    List<SchoolResult> parse(String text) {
        var lines = text.split("\\r?\\n");
        var rows = new ArrayList<SchoolResult>();
        var problems = new ArrayList<String>();
        var signByLabel = new LinkedHashMap<String, String>();
        for (String sign : SpineRule.SIGNS) {
            signByLabel.put(messages.getMessage("populationscreening.finding." + sign, null, Locale.CHINA), sign);
        }
        for (int i = 0; i < lines.length; i++) {
            var line = lines[i].strip();
            if (line.isEmpty() || (i == 0 && line.startsWith("身份证号"))) {
                continue;
            }
            var cells = line.split("[,，\\t]", -1);
            if (cells.length < 5) {
                problems.add("第" + (i + 1) + "行：应有身份证号、筛查日期和三个节段的ATR共5列");
                continue;
            }
            var errors = new LinkedHashMap<String, String>();
            var day = day(cells[1].strip(), errors, "screenedOn");
            var atr = new LinkedHashMap<String, String>();
            for (int s = 0; s < SpineRule.SEGMENTS.size(); s++) {
                atr.put(SpineRule.SEGMENTS.get(s), cells[2 + s].strip());
            }
            var values = numbers(atr, errors);
            var findings = new LinkedHashSet<String>();
            if (cells.length > 5 && !cells[5].isBlank()) {
                for (String label : cells[5].split("[、;；/]")) {
                    var code = signByLabel.get(label.strip());
                    if (code == null) {
                        errors.put("findings", "一般检查异常“" + label.strip() + "”无法识别");
                    } else {
                        findings.add(code);
                    }
                }
            }
            if (!errors.isEmpty()) {
                problems.add("第" + (i + 1) + "行：" + String.join("；", errors.values()));
                continue;
            }
            rows.add(new SchoolResult(i + 1, cells[0].strip(), new FirstStage(day, findings, null, null, values)));
        }
        if (rows.size() + problems.size() > MAX_ROWS) {
            throw PlatformException.invalidField(
                    "POPULATIONSCREENING_INVALID", "file", "一个文件最多" + MAX_ROWS + "行，请分批上传");
        }
        if (!problems.isEmpty()) {
            throw new PlatformException(
                    org.springframework.http.HttpStatus.BAD_REQUEST,
                    "POPULATIONSCREENING_INVALID",
                    "文件有" + problems.size() + "行有误，未保存任何结果，请修改后重新上传",
                    Map.of("file", String.join("\n", problems.size() > 20 ? problems.subList(0, 20) : problems)));
        }
        return rows;
    }

    private static @Nullable LocalDate day(@Nullable String text, Map<String, String> errors, String field) {
        if (text == null || text.isBlank()) {
            errors.put(field, "请填写筛查日期");
            return null;
        }
        try {
            return LocalDate.parse(text.strip().replace('/', '-'));
        } catch (DateTimeParseException e) {
            errors.put(field, "筛查日期格式应为2026-09-15");
            return null;
        }
    }

    private static Map<String, BigDecimal> numbers(Map<String, String> typed, Map<String, String> errors) {
        var values = new LinkedHashMap<String, BigDecimal>();
        typed.forEach((key, text) -> {
            if (text == null || text.isBlank()) {
                errors.put(key, "请填写躯干旋转角（ATR）");
            } else {
                try {
                    values.put(key, new BigDecimal(text.strip().replace("°", "")));
                } catch (NumberFormatException e) {
                    errors.put(key, "躯干旋转角应为数字");
                }
            }
        });
        return values;
    }

    private String fill(Model model, int page, Input input, Map<String, String> errors, @Nullable String error) {
        var user = users.require();
        var today = LocalDate.now(clock);
        var rule = new SpineRule(properties.spine());
        var result = programmes.schoolResults(user, page, 20);
        model.addAttribute("result", result);
        model.addAttribute(
                "rows",
                result.items().stream()
                        .map(p -> {
                            var grade = rule.grade(p.measures()).orElse(null);
                            return new Row(
                                    p,
                                    screeningLabels.name(p.name(), user),
                                    screeningLabels.age(p, today),
                                    SpineRule.largest(p.measures()),
                                    grade,
                                    grade == null
                                            ? screeningLabels.message("populationscreening.participant.negative")
                                            : screeningLabels.message(
                                                    "populationscreening.school.positive",
                                                    screeningLabels.message("populationscreening.grade." + grade)));
                        })
                        .toList());
        model.addAttribute("input", input);
        model.addAttribute("errors", errors);
        model.addAttribute("error", error);
        model.addAttribute("today", today);
        model.addAttribute("signs", SpineRule.SIGNS);
        model.addAttribute("segments", SpineRule.SEGMENTS);
        model.addAttribute("spine", properties.spine());
        model.addAttribute("columns", String.join("，", COLUMNS));
        return "populationscreening/school";
    }
}
