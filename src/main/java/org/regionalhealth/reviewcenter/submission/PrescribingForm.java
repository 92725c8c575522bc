package org.regionalhealth.reviewcenter.submission;

import java.util.ArrayList;
import java.util.List;

/**
 * The doctor's demonstration prescribing form (issue 3 "Done means"): a patient, diagnoses and up to five drug
 * lines. Text fields as a clinic writes them: allergies separated by 、or commas, one diagnosis per line as
 * {@code ICD-10 名称}.
 */
public class PrescribingForm {

    /**
     * One drug line of the form. Nothing is prefilled (issue 14): a default frequency or unit is a value the doctor
     * did not choose, and screening would judge it as if they had.
     */
    public static class Line {
        private String drugName;
        private String dose;
        private String doseUnit;
        private String frequency;
        private Integer days;
        private String route;
        private String skinTestResult;

        public Line() {}

        Line(String drugName, Double dose, String doseUnit, String frequency, Integer days) {
            this.drugName = drugName;
            this.dose = dose == null
                    ? null
                    : java.math.BigDecimal.valueOf(dose).stripTrailingZeros().toPlainString();
            this.doseUnit = doseUnit;
            this.frequency = frequency;
            this.days = days;
            this.route = "口服";
        }

        boolean isBlank() {
            return drugName == null || drugName.isBlank();
        }

        /** Nothing at all written on the line (a line with a dose but no drug is an error, not a blank line). */
        boolean isEmpty() {
            return isBlank()
                    && blank(dose)
                    && blank(doseUnit)
                    && blank(frequency)
                    && days == null
                    && blank(route)
                    && blank(skinTestResult);
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }

        public String getSkinTestResult() {
            return skinTestResult;
        }

        public void setSkinTestResult(String skinTestResult) {
            this.skinTestResult = skinTestResult;
        }

        public String getDrugName() {
            return drugName;
        }

        public void setDrugName(String drugName) {
            this.drugName = drugName;
        }

        public String getDose() {
            return dose;
        }

        /**
         * The dose as a number, {@code null} when not written or not a number. The text is kept as typed (the doctor
         * sees "0", not "0.0", next to its error).
         */
        Double doseValue() {
            if (blank(dose)) {
                return null;
            }
            try {
                return Double.valueOf(dose.trim().replace('，', '.').replace('。', '.'));
            } catch (NumberFormatException e) {
                return null;
            }
        }

        public void setDose(String dose) {
            this.dose = dose;
        }

        public String getDoseUnit() {
            return doseUnit;
        }

        public void setDoseUnit(String doseUnit) {
            this.doseUnit = doseUnit;
        }

        public String getFrequency() {
            return frequency;
        }

        public void setFrequency(String frequency) {
            this.frequency = frequency;
        }

        public Integer getDays() {
            return days;
        }

        public void setDays(Integer days) {
            this.days = days;
        }

        public String getRoute() {
            return route;
        }

        public void setRoute(String route) {
            this.route = route;
        }
    }

    static final int LINES = 5;

    private String institutionCode;
    private Long staffId;
    private String setting = "OUTPATIENT";
    private String idNumber;
    private String birthDate;
    private String sex;
    private Double weightKg;
    private boolean pregnant;
    private boolean lactating;
    private String allergies = "无";
    private String diagnoses = "";
    private Double creatinine;
    private List<Line> lines = new ArrayList<>();

    public PrescribingForm() {
        while (lines.size() < LINES) {
            lines.add(new Line());
        }
    }

    /** Teaching examples (research §7 cases) a trainer can load with one click. */
    static PrescribingForm example(String name, java.time.LocalDate today) {
        PrescribingForm form = new PrescribingForm();
        form.lines.clear();
        switch (name) {
            case "ddi" -> {
                form.birthDate = "1958-03-12";
                form.sex = "MALE";
                form.diagnoses = "E78.5 高脂血症\nJ18.9 社区获得性肺炎";
                form.lines.add(new Line("辛伐他汀片", 20.0, "mg", "qn", 7));
                form.lines.add(new Line("克拉霉素片", 250.0, "mg", "bid", 7));
            }
            case "renal" -> {
                form.birthDate = "1948-06-01";
                form.sex = "FEMALE";
                form.creatinine = 260.0;
                form.diagnoses = "E11.9 2型糖尿病\nN18.4 慢性肾脏病4期";
                form.lines.add(new Line("二甲双胍片", 0.5, "g", "tid", 14));
            }
            case "child" -> {
                form.birthDate = today.minusYears(6).toString();
                form.sex = "MALE";
                form.weightKg = 20.0;
                form.diagnoses = "J06.9 急性上呼吸道感染";
                form.lines.add(new Line("左氧氟沙星片", 200.0, "mg", "qd", 5));
            }
            default -> {
                form.birthDate = "1980-01-01";
                form.sex = "FEMALE";
                form.diagnoses = "R50.9 发热";
                form.lines.add(new Line("布洛芬片", 200.0, "mg", "tid", 3));
            }
        }
        while (form.lines.size() < LINES) {
            form.lines.add(new Line());
        }
        return form;
    }

    public String getInstitutionCode() {
        return institutionCode;
    }

    public void setInstitutionCode(String institutionCode) {
        this.institutionCode = institutionCode;
    }

    public Long getStaffId() {
        return staffId;
    }

    public void setStaffId(Long staffId) {
        this.staffId = staffId;
    }

    public String getSetting() {
        return setting;
    }

    public void setSetting(String setting) {
        this.setting = setting;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(String birthDate) {
        this.birthDate = birthDate;
    }

    public String getSex() {
        return sex;
    }

    public void setSex(String sex) {
        this.sex = sex;
    }

    public Double getWeightKg() {
        return weightKg;
    }

    public void setWeightKg(Double weightKg) {
        this.weightKg = weightKg;
    }

    public boolean isPregnant() {
        return pregnant;
    }

    public void setPregnant(boolean pregnant) {
        this.pregnant = pregnant;
    }

    public boolean isLactating() {
        return lactating;
    }

    public void setLactating(boolean lactating) {
        this.lactating = lactating;
    }

    public String getAllergies() {
        return allergies;
    }

    public void setAllergies(String allergies) {
        this.allergies = allergies;
    }

    public String getDiagnoses() {
        return diagnoses;
    }

    public void setDiagnoses(String diagnoses) {
        this.diagnoses = diagnoses;
    }

    public Double getCreatinine() {
        return creatinine;
    }

    public void setCreatinine(Double creatinine) {
        this.creatinine = creatinine;
    }

    public List<Line> getLines() {
        return lines;
    }

    public void setLines(List<Line> lines) {
        this.lines = lines;
    }

    /** Pads the lines to the form's five after binding (a post may carry fewer). */
    void pad() {
        if (lines == null) {
            lines = new ArrayList<>();
        }
        lines.replaceAll(l -> l == null ? new Line() : l);
        while (lines.size() < LINES) {
            lines.add(new Line());
        }
    }
}
