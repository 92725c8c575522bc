package org.regionalhealth.familydoctor.worklist;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.regionalhealth.platform.CurrentUsers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/familydoctor/worklist")
@Tag(name = "家庭医生 Family doctors")
@PreAuthorize("hasAnyRole('DISTRICT_ADMIN','HOSPITAL_DOCTOR','STATION_DOCTOR')")
class WorklistApiController {

    private final Worklist worklist;
    private final CurrentUsers users;

    private final Clock clock;

    WorklistApiController(Worklist worklist, CurrentUsers users, Clock clock) {
        this.clock = clock;
        this.worklist = worklist;
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "Today's lists within the caller's scope: OVERDUE, DUE, RECHECK, REFERRAL, RENEWAL (audited)")
    Map<String, List<WorkItem>> today() {
        return worklist.forDay(LocalDate.now(clock), users.require());
    }
}
