package org.regionalhealth.reviewcenter.posthoc;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.CurrentUsers;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Post-hoc review (处方点评): monthly samples and pharmacists' grades. */
@RestController
@RequestMapping("/api/prescription-review/posthoc/samples")
@Tag(name = "处方点评 Post-hoc review")
@PreAuthorize("hasAnyRole('DISTRICT_ADMIN','MC_PHARMACIST')")
class PosthocApiController {

    private final PosthocReviews reviews;
    private final CurrentUsers users;

    PosthocApiController(PosthocReviews reviews, CurrentUsers users) {
        this.reviews = reviews;
        this.users = users;
    }

    record DrawRequest(
            @NotBlank @Size(max = 40) String institutionCode,
            @NotBlank @Pattern(regexp = "\\d{4}-\\d{2}", message = "月份格式为 yyyy-MM") String month,
            @Nullable Long seed) {}

    record Drawn(long id) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Draw the seeded monthly sample of an institution (≥1‰ and ≥100 outpatient prescriptions)")
    Drawn draw(@Valid @RequestBody DrawRequest request) {
        YearMonth month;
        try {
            month = YearMonth.parse(request.month());
        } catch (java.time.DateTimeException e) {
            throw org.regionalhealth.platform.PlatformException.invalidField("POSTHOC_MONTH", "month", "月份不正确");
        }
        return new Drawn(reviews.draw(users.require(), request.institutionCode(), month, request.seed()));
    }

    record SampleView(PosthocReviews.Sample sample, List<PosthocReviews.Item> items) {}

    @GetMapping("/{id}")
    @Operation(summary = "A sample: its prescriptions, their screening findings and grades, the 点评合格率")
    SampleView sample(@PathVariable long id) {
        var user = users.require();
        return new SampleView(reviews.sample(id, user), reviews.items(id, user));
    }

    record GradeRequest(@NotNull Grade grade, @Nullable @Size(max = 28) List<String> items, @Nullable String comment) {}

    @PutMapping("/{id}/items/{prescriptionId}")
    @Operation(summary = "Grade one sampled prescription (规范第十六–十九条 categories and numbered items)")
    SampleView grade(
            @PathVariable long id, @PathVariable long prescriptionId, @Valid @RequestBody GradeRequest request) {
        var user = users.require();
        reviews.grade(id, prescriptionId, request.grade(), request.items(), request.comment(), user);
        return new SampleView(reviews.sample(id, user), List.of());
    }
}
