package org.regionalhealth.surveillance.schoolcheck;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.PlatformException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** School morning/noon checks through the API (school systems, the nurse's app). */
@RestController
@RequestMapping("/api/surveillance/school-checks")
@Tag(name = "传染病预警 Surveillance")
@PreAuthorize("hasAnyRole('SCHOOL_NURSE','CDC_OFFICER','DISTRICT_ADMIN','SERVICE')")
class SchoolCheckApiController {

    private final SchoolChecks checks;
    private final CurrentUsers users;

    private final Clock clock;

    SchoolCheckApiController(SchoolChecks checks, CurrentUsers users, Clock clock) {
        this.clock = clock;
        this.checks = checks;
        this.users = users;
    }

    /** The stored check and the signals its class's data raised or fed. */
    record SavedResponse(long checkId, Set<Long> signals) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "录入一个班级一天的晨午检与因病缺勤（同班同日重复提交则覆盖）")
    SavedResponse save(@RequestBody @Nullable ClassCheck check) {
        if (check == null) {
            throw PlatformException.invalid("missing-body", "缺少请求体");
        }
        CurrentUser user = users.require();
        var saved = checks.save(
                check, user.unitId(), user.scope(), user.username(), LocalDate.now(clock), Instant.now(clock));
        return new SavedResponse(saved.checkId(), saved.signals());
    }

    @GetMapping
    @Operation(summary = "某日已录入的晨午检（仅限本人可见的单位）")
    List<SchoolChecks.Row> list(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
        return checks.list(users.require().scope(), date == null ? LocalDate.now(clock) : date);
    }
}
