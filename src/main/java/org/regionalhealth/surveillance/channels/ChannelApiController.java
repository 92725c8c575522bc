package org.regionalhealth.surveillance.channels;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.PlatformException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Batch APIs of the reporting channels. A batch with a bad row is rejected whole as an RFC 9457 problem whose
 * {@code errors} name each row and field ({@code rows[3].count}); {@code goodRowsOnly: true} stores the good rows and
 * returns the bad ones in the report.
 */
@RestController
@RequestMapping("/api/surveillance")
@Tag(name = "传染病预警 Surveillance")
@PreAuthorize("hasAnyRole('SERVICE','HOSPITAL_DOCTOR','CDC_OFFICER','DISTRICT_ADMIN','MC_PHARMACIST','STATION_DOCTOR')")
class ChannelApiController {

    private final ChannelImports imports;
    private final CurrentUsers users;

    private final Clock clock;

    ChannelApiController(ChannelImports imports, CurrentUsers users, Clock clock) {
        this.clock = clock;
        this.imports = imports;
        this.users = users;
    }

    record CaseBatch(@Nullable List<CaseReport> rows, @Nullable Boolean goodRowsOnly) {}

    record CountBatch(@Nullable List<DailyCount> rows, @Nullable Boolean goodRowsOnly) {}

    @PostMapping("/case-reports")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "传染病报告卡（批量）；规则在入库时运行")
    ImportReport caseReports(@RequestBody @Nullable CaseBatch batch) {
        if (batch == null || batch.rows() == null || batch.rows().isEmpty()) {
            throw PlatformException.invalidField("no-rows", "rows", "缺少报告卡（rows）");
        }
        return checked(imports.importCases(
                batch.rows(),
                users.require(),
                Boolean.TRUE.equals(batch.goodRowsOnly()),
                LocalDate.now(clock),
                Instant.now(clock)));
    }

    @PostMapping("/counts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "每日汇总计数（发热门诊/急诊症候群、药店销售、实验室阳性、养老机构）")
    ImportReport counts(@RequestBody @Nullable CountBatch batch) {
        if (batch == null || batch.rows() == null || batch.rows().isEmpty()) {
            throw PlatformException.invalidField("no-rows", "rows", "缺少计数行（rows）");
        }
        return checked(imports.importCounts(
                batch.rows(), users.require(), Boolean.TRUE.equals(batch.goodRowsOnly()), LocalDate.now(clock)));
    }

    private static ImportReport checked(ImportReport report) {
        if (report.rejected()) {
            Map<String, String> fields = new LinkedHashMap<>();
            report.errors().stream()
                    .limit(200)
                    .forEach(e -> fields.merge("rows[" + (e.row() - 1) + "]." + e.field(), e.message(), (a, b) -> a));
            throw new PlatformException(
                    HttpStatus.BAD_REQUEST,
                    "invalid-rows",
                    report.errors().size() + " 行有误，未导入任何数据（可修正后重传，或指定 goodRowsOnly 只导入正确行）",
                    fields);
        }
        return report;
    }
}
