package org.regionalhealth.familydoctor.teams;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A team to form. The first member with role {@code FAMILY_DOCTOR} leads it; members must be staff of the team's
 * unit or of units under it (specialists may come from anywhere in the medical community).
 */
public record NewTeam(
        @NotNull Long unitId,
        @NotBlank @Size(max = 100) String name,
        @Min(1) @Max(10_000) int capacity,
        @NotEmpty @Valid List<@NotNull NewMember> members) {

    public record NewMember(@NotNull Long staffId, @NotNull Team.Role role) {}
}
