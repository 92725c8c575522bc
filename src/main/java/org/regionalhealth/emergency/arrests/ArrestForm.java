package org.regionalhealth.emergency.arrests;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.emergency.Aetiology;
import org.regionalhealth.emergency.ArrestLocation;
import org.regionalhealth.emergency.FirstRhythm;
import org.regionalhealth.emergency.NewCardiacArrest;
import org.regionalhealth.emergency.Witnessed;

/** The registration form of an arrest, as typed: every unreadable field named at once. */
final class ArrestForm {

    record Result(@Nullable NewCardiacArrest arrest, Map<String, String> errors) {}

    private ArrestForm() {}

    static Result parse(Map<String, String> in, Map<String, String> towns, ZoneId zone) {
        var errors = new LinkedHashMap<String, String>();
        String town = v(in, "town");
        if (!towns.containsKey(town)) {
            errors.put("town", "请选择镇街");
        }
        LocalDate date = null;
        try {
            date = LocalDate.parse(v(in, "callDate"));
        } catch (RuntimeException e) {
            errors.put("callDate", "请填写呼救日期");
        }
        LocalTime time = null;
        try {
            time = LocalTime.parse(v(in, "callTime"));
        } catch (RuntimeException e) {
            errors.put("callTime", "请填写呼救时间，如 14:05");
        }
        Integer age = integer(in, "age", "年龄", errors);
        Integer response = integer(in, "responseMinutes", "到达时间", errors);
        Integer shocks = integer(in, "shocks", "除颤次数", errors);
        Integer cpc = integer(in, "cpc", "CPC", errors);
        Long aedId = null;
        if (!v(in, "aedId").isEmpty()) {
            try {
                aedId = Long.parseLong(v(in, "aedId"));
            } catch (NumberFormatException e) {
                errors.put("aedId", "AED编号应为数字");
            }
        }
        var location = choice(ArrestLocation.class, v(in, "location"), "location", "请选择发生地点", errors);
        var witnessed = choice(Witnessed.class, v(in, "witnessed"), "witnessed", "请选择目击情况", errors);
        var aetiology = choice(Aetiology.class, v(in, "aetiology"), "aetiology", "请选择推测病因", errors);
        var rhythm = choice(FirstRhythm.class, v(in, "firstRhythm"), "firstRhythm", "请选择首次心律", errors);
        String discharge = v(in, "survivedDischarge");
        if (!errors.isEmpty()) {
            return new Result(null, errors);
        }
        return new Result(
                new NewCardiacArrest(
                        town,
                        date.atTime(time).atZone(zone).toInstant(),
                        age,
                        v(in, "sex").isEmpty() ? "U" : v(in, "sex"),
                        location,
                        witnessed,
                        aetiology,
                        flag(in, "resuscitationAttempted"),
                        flag(in, "dispatcherRecognised"),
                        flag(in, "bystanderCpr"),
                        flag(in, "bystanderAed"),
                        aedId,
                        shocks == null ? 0 : shocks,
                        rhythm,
                        response,
                        flag(in, "anyRosc"),
                        flag(in, "survivedEvent"),
                        discharge.equals("yes") ? Boolean.TRUE : discharge.equals("no") ? Boolean.FALSE : null,
                        cpc,
                        v(in, "rescuerName").isEmpty() ? null : v(in, "rescuerName"),
                        v(in, "rescuerPhone").isEmpty() ? null : v(in, "rescuerPhone")),
                Map.of());
    }

    private static String v(Map<String, String> in, String field) {
        String s = in.get(field);
        return s == null ? "" : s.strip();
    }

    private static boolean flag(Map<String, String> in, String field) {
        return "true".equals(v(in, field));
    }

    private static @Nullable Integer integer(
            Map<String, String> in, String field, String title, Map<String, String> errors) {
        String s = v(in, field);
        if (s.isEmpty()) {
            return null;
        }
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            errors.put(field, title + "应为整数");
            return null;
        }
    }

    private static <E extends Enum<E>> @Nullable E choice(
            Class<E> type, String value, String field, String message, Map<String, String> errors) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            errors.put(field, message);
            return null;
        }
    }
}
