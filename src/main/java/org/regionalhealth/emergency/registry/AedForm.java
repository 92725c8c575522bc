package org.regionalhealth.emergency.registry;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.emergency.AccessHours;
import org.regionalhealth.emergency.Aed;
import org.regionalhealth.emergency.AedStatus;
import org.regionalhealth.emergency.BuildingType;
import org.regionalhealth.emergency.NewAed;

/**
 * The fields of an AED as people type them (the staff form and a CSV row), checked all at once: every bad field
 * gets its Chinese message, and only a form without errors yields a {@link NewAed}. Town, building type and status
 * accept the Chinese name or the code; access hours accept {@code 24h}/全天 or {@code 1-5 08:00-18:00;6 09:00-12:00}.
 */
public final class AedForm {

    /** Field names in the order of the CSV template's columns. */
    public static final List<String> FIELDS = List.of(
            "town",
            "lat",
            "lng",
            "building",
            "buildingType",
            "floor",
            "location",
            "hours",
            "owner",
            "contactPhone",
            "model",
            "serialNumber",
            "padExpiry",
            "batteryExpiry",
            "lastInspection",
            "status");

    /** Column titles of the CSV template, one per field. */
    public static final List<String> TITLES = List.of(
            "镇街", "纬度", "经度", "建筑名称", "场所类型", "楼层", "具体位置", "开放时间", "管理单位", "联系电话", "型号", "序列号", "电极片有效期至", "电池有效期至",
            "最近检查日期", "状态");

    /** The district's bounding box, with a margin: a point outside is a typo (swapped or truncated digits). */
    static final double MIN_LAT = 29.8;

    static final double MAX_LAT = 30.5;
    static final double MIN_LNG = 120.0;
    static final double MAX_LNG = 120.8;

    /** The outcome: either the AED or the errors per field. */
    public record Result(@Nullable NewAed aed, Map<String, String> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private AedForm() {}

    /** The fields of a registered AED, for the edit form. */
    public static Map<String, String> of(Aed a) {
        var m = new LinkedHashMap<String, String>();
        m.put("town", a.townCode());
        m.put("lat", Double.toString(a.lat()));
        m.put("lng", Double.toString(a.lng()));
        m.put("building", a.building());
        m.put("buildingType", a.buildingType().name());
        m.put("floor", a.floor());
        m.put("location", a.location());
        m.put("hours", a.hours().format());
        m.put("owner", a.owner());
        m.put("contactPhone", a.contactPhone());
        m.put("model", a.model());
        m.put("serialNumber", a.serialNumber());
        m.put("padExpiry", a.padExpiry().toString());
        m.put("batteryExpiry", a.batteryExpiry().toString());
        m.put(
                "lastInspection",
                a.lastInspection() == null ? "" : a.lastInspection().toString());
        m.put("status", a.status().name());
        return m;
    }

    /**
     * @param towns town code → town name of the district
     * @param labels Chinese label of an enum value (场所类型, 状态), to accept the names people type
     */
    public static Result parse(
            Map<String, String> in, Map<String, String> towns, Function<Enum<?>, String> labels, LocalDate today) {
        var errors = new LinkedHashMap<String, String>();
        Function<String, String> v = f -> {
            String s = in.get(f);
            return s == null ? "" : s.strip();
        };
        String town = town(v.apply("town"), towns);
        if (town == null) {
            errors.put("town", v.apply("town").isEmpty() ? "请选择镇街" : "没有名为“" + v.apply("town") + "”的镇街");
        }
        Double lat = number(v.apply("lat"), MIN_LAT, MAX_LAT, "lat", "纬度", errors);
        Double lng = number(v.apply("lng"), MIN_LNG, MAX_LNG, "lng", "经度", errors);
        String building = text(v.apply("building"), 200, "building", "建筑名称", errors);
        BuildingType type = choice(BuildingType.values(), v.apply("buildingType"), labels);
        if (type == null) {
            errors.put("buildingType", v.apply("buildingType").isEmpty() ? "请选择场所类型" : "场所类型有误");
        }
        String floor = text(v.apply("floor"), 20, "floor", "楼层", errors);
        String location = text(v.apply("location"), 300, "location", "具体位置", errors);
        AccessHours hours = null;
        String h = v.apply("hours");
        if (h.isEmpty()) {
            errors.put("hours", "请填写开放时间");
        } else if (h.equals("全天") || h.equals("24小时")) {
            hours = AccessHours.roundTheClock();
        } else {
            try {
                hours = AccessHours.parse(h.replace('：', ':').replace('；', ';').replace('－', '-'));
            } catch (RuntimeException e) {
                errors.put("hours", "开放时间格式应为“24h”或“1-5 08:00-18:00;6 09:00-12:00”（星期1-7）");
            }
        }
        String owner = text(v.apply("owner"), 200, "owner", "管理单位", errors);
        String phone = text(v.apply("contactPhone"), 40, "contactPhone", "联系电话", errors);
        if (phone != null && !phone.matches("[0-9+\\- ]{5,40}")) {
            errors.put("contactPhone", "联系电话只能包含数字、空格、+ 和 -");
        }
        String model = text(v.apply("model"), 100, "model", "型号", errors);
        String serial = text(v.apply("serialNumber"), 60, "serialNumber", "序列号", errors);
        LocalDate pad = date(v.apply("padExpiry"), true, "padExpiry", "电极片有效期", errors);
        LocalDate battery = date(v.apply("batteryExpiry"), true, "batteryExpiry", "电池有效期", errors);
        LocalDate inspection = date(v.apply("lastInspection"), false, "lastInspection", "最近检查日期", errors);
        if (inspection != null && inspection.isAfter(today)) {
            errors.put("lastInspection", "最近检查日期不能晚于今天");
        }
        AedStatus status = v.apply("status").isEmpty()
                ? AedStatus.IN_SERVICE
                : choice(AedStatus.values(), v.apply("status"), labels);
        if (status == null) {
            errors.put("status", "状态应为在用、维护中或已停用");
        }
        if (!errors.isEmpty()) {
            return new Result(null, errors);
        }
        return new Result(
                new NewAed(
                        town,
                        lat,
                        lng,
                        building,
                        type,
                        floor,
                        location,
                        hours,
                        owner,
                        phone,
                        model,
                        serial,
                        pad,
                        battery,
                        inspection,
                        status),
                Map.of());
    }

    private static @Nullable String town(String value, Map<String, String> towns) {
        if (value.isEmpty()) {
            return null;
        }
        if (towns.containsKey(value)) {
            return value;
        }
        for (var e : towns.entrySet()) {
            String name = e.getValue();
            if (name.equals(value) || name.replaceAll("(街道|镇)$", "").equals(value)) {
                return e.getKey();
            }
        }
        return null;
    }

    private static @Nullable Double number(
            String value, double min, double max, String field, String title, Map<String, String> errors) {
        if (value.isEmpty()) {
            errors.put(field, "请填写" + title);
            return null;
        }
        try {
            double d = Double.parseDouble(value);
            if (!Double.isFinite(d) || d < min || d > max) {
                errors.put(field, title + "应在 " + min + " 到 " + max + " 之间（萧山区范围）");
                return null;
            }
            return d;
        } catch (NumberFormatException e) {
            errors.put(field, title + "应为数字，如 30.1612");
            return null;
        }
    }

    private static @Nullable String text(
            String value, int max, String field, String title, Map<String, String> errors) {
        if (value.isEmpty()) {
            errors.put(field, "请填写" + title);
            return null;
        }
        if (value.length() > max) {
            errors.put(field, title + "不超过" + max + "个字");
            return null;
        }
        return value;
    }

    private static @Nullable LocalDate date(
            String value, boolean required, String field, String title, Map<String, String> errors) {
        if (value.isEmpty()) {
            if (required) {
                errors.put(field, "请填写" + title);
            }
            return null;
        }
        try {
            return LocalDate.parse(value.replace('/', '-'));
        } catch (DateTimeParseException e) {
            try {
                var p = value.replace('/', '-').split("-");
                return LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
            } catch (RuntimeException e2) {
                errors.put(field, title + "应为日期，如 2027-06-30");
                return null;
            }
        }
    }

    private static <E extends Enum<E>> @Nullable E choice(E[] values, String value, Function<Enum<?>, String> labels) {
        for (E e : values) {
            if (e.name().equalsIgnoreCase(value) || labels.apply(e).equals(value)) {
                return e;
            }
        }
        return null;
    }
}
