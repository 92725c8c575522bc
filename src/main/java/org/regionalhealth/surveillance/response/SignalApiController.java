package org.regionalhealth.surveillance.response;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.PlatformException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Signals and their handling through the API (the provincial platform, a duty app). */
@RestController
@RequestMapping("/api/surveillance/signals")
@Tag(name = "传染病预警 Surveillance")
@PreAuthorize("hasAnyRole('CDC_OFFICER','DISTRICT_ADMIN')")
class SignalApiController {

    private final SignalViews views;
    private final SignalHandling handling;
    private final CurrentUsers users;

    private final Clock clock;

    SignalApiController(SignalViews views, SignalHandling handling, CurrentUsers users, Clock clock) {
        this.clock = clock;
        this.views = views;
        this.handling = handling;
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "预警信号列表（默认仅未结案）")
    List<SignalViews.SignalRow> list(@RequestParam(defaultValue = "true") boolean open) {
        return views.list(users.require(), open, 1000);
    }

    @GetMapping("/{id}")
    @Operation(summary = "一个信号：解释、触发明细、处置记录")
    SignalViews.Detail detail(@PathVariable long id) {
        return views.detail(users.require(), id)
                .orElseThrow(() -> PlatformException.notFound("signal-not-found", "预警信号 " + id + " 不存在"));
    }

    /** A handling step: {@code result} for verify (excluded/suspected), {@code outcome} for close. */
    record Step(@Nullable String result, @Nullable String outcome, @Nullable String note) {}

    @PostMapping("/{id}/{action}")
    @Operation(summary = "处置：acknowledge / verify / investigate / close")
    SignalViews.Detail act(
            @PathVariable long id, @PathVariable String action, @RequestBody(required = false) @Nullable Step step) {
        var user = users.require();
        views.detail(user, id).orElseThrow(() -> PlatformException.notFound("signal-not-found", "预警信号 " + id + " 不存在"));
        Step s = step == null ? new Step(null, null, null) : step;
        switch (action) {
            case "acknowledge" -> handling.acknowledge(id, user.username(), Instant.now(clock));
            case "verify" ->
                handling.verify(
                        id, s.result() == null ? "" : s.result(), s.note(), user.username(), Instant.now(clock));
            case "investigate" -> handling.investigate(id, s.note(), user.username(), Instant.now(clock));
            case "close" ->
                handling.close(
                        id, s.outcome() == null ? "" : s.outcome(), s.note(), user.username(), Instant.now(clock));
            default -> throw PlatformException.notFound("unknown-action", "未知操作：" + action);
        }
        return detail(id);
    }
}
