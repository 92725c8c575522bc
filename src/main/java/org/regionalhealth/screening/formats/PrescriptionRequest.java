package org.regionalhealth.screening.formats;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.residents.Sex;
import org.regionalhealth.screening.LiverImpairment;
import org.regionalhealth.screening.PrescriptionType;
import org.regionalhealth.screening.Setting;
import org.regionalhealth.screening.SkinTestResult;

/**
 * A prescription as a HIS sends it (REST JSON, issue 3 §5). The prescriber's rights are not taken from the request:
 * they come from the district's staff register, so a HIS cannot grant a right it does not have.
 */
@Schema(description = "处方（HIS 提交）")
public record PrescriptionRequest(
        @NotBlank @Size(max = 40) @Schema(description = "开方机构编码", example = "MC01-H1") String institutionCode,
        @NotBlank
                @Size(max = 64)
                @Pattern(regexp = "[0-9A-Za-z._-]+", message = "处方号只能包含字母、数字和 ._-")
                @Schema(description = "处方号（机构内唯一）", example = "RX20261123-0001")
                String prescriptionNumber,
        @Nullable Setting setting,
        @Nullable PrescriptionType type,
        @NotNull @Schema(description = "开具日期", example = "2026-11-23") LocalDate issuedOn,
        @NotNull @Valid PrescriberRef prescriber,
        @NotNull @Valid Patient patient,
        @Nullable @Size(max = 20) List<@Valid DiagnosisEntry> diagnoses,
        @Nullable @Size(max = 10) String ageAsWritten,
        @Nullable @Positive @Max(3) Integer validityDays,
        @Nullable @Size(max = 100) String extendedSupplyReason,
        @Nullable Boolean longTerm,
        @Nullable Boolean longTermAssessed,
        @Nullable Boolean takeHome,
        @Nullable @Positive @Max(60) Integer decoctionCount,
        @NotEmpty @Size(max = 60) List<@NotNull @Valid Line> lines) {

    /**
     * A prescription with what most callers fill in; age as written, validity, long-term and take-home flags and the
     * decoction count stay empty.
     */
    public static PrescriptionRequest of(
            String institutionCode,
            String prescriptionNumber,
            @Nullable Setting setting,
            @Nullable PrescriptionType type,
            LocalDate issuedOn,
            PrescriberRef prescriber,
            Patient patient,
            @Nullable List<DiagnosisEntry> diagnoses,
            @Nullable String extendedSupplyReason,
            List<Line> lines) {
        return new PrescriptionRequest(
                institutionCode,
                prescriptionNumber,
                setting,
                type,
                issuedOn,
                prescriber,
                patient,
                diagnoses,
                null,
                null,
                extendedSupplyReason,
                null,
                null,
                null,
                null,
                lines);
    }

    /** The prescriber: staff id in the district register (rights are looked up there). */
    public record PrescriberRef(@NotNull @Positive Long staffId, @Nullable @Size(max = 50) String name) {}

    /**
     * The patient. Birth date and sex are taken from a valid ID number when not given.
     *
     * @param allergies {@code null}: not asked; an empty list: no known allergies
     */
    public record Patient(
            @Nullable @Pattern(regexp = "\\d{17}[\\dXx]", message = "身份证号须为18位") String idNumber,
            @Nullable LocalDate birthDate,
            @Nullable Sex sex,
            @Nullable @Positive @DecimalMax("500") Double weightKg,
            @Nullable Boolean pregnant,
            @Nullable Boolean lactating,
            @Nullable @Size(max = 30) List<@NotBlank @Size(max = 50) String> allergies,
            @Nullable @Size(max = 30) List<@Valid DiagnosisEntry> conditions,
            @Nullable @PositiveOrZero @DecimalMax("200") Double egfr,
            @Nullable LocalDate egfrDate,
            @Nullable @Positive @DecimalMax("5000") Double creatinineUmolPerL,
            @Nullable LocalDate creatinineDate,
            @Nullable LiverImpairment liver,
            @Nullable Boolean cancerPainRegistered,
            @Nullable @Size(max = 100) List<@Valid HistoryEntry> history) {

        /** A patient known by identity, age, sex and weight only, with no known allergies. */
        public static Patient of(
                @Nullable String idNumber,
                @Nullable LocalDate birthDate,
                @Nullable Sex sex,
                @Nullable Double weightKg) {
            return new Patient(
                    idNumber, birthDate, sex, weightKg, null, null, List.of(), null, null, null, null, null, null, null,
                    null);
        }
    }

    /** A diagnosis (ICD-10 and/or text). */
    public record DiagnosisEntry(
            @Nullable @Size(max = 20) @Pattern(regexp = "[A-Za-z][0-9A-Za-z.+-]*", message = "ICD-10 编码格式不正确")
                    String icd10,
            @Nullable @Size(max = 100) String text) {}

    /** A medicine the patient got outside this district (known to the HIS). */
    public record HistoryEntry(
            @NotBlank @Size(max = 100) String drugName,
            @NotNull LocalDate dispensedOn,
            @Nullable @Positive @Max(366) Integer daysSupply) {}

    /** One drug line. Either the drug name or the code; a dose unless the usage is written out. */
    public record Line(
            @Nullable @Size(max = 100) String drugName,
            @Nullable @Size(max = 40) String drugCode,
            @Nullable @Size(max = 40) String strength,
            @Nullable @Size(max = 20) String form,
            @Nullable @Size(max = 20) String route,
            @Nullable @Positive Double dose,
            @Nullable @Size(max = 10) String doseUnit,
            @Nullable @Size(max = 10) String frequency,
            @Nullable @Positive @Max(366) Integer days,
            @Nullable @Positive Double quantity,
            @Nullable @Size(max = 10) String quantityUnit,
            @Nullable @Size(max = 10) String infusionGroup,
            @Nullable SkinTestResult skinTestResult,
            @Nullable @Size(max = 100) String usage) {}
}
