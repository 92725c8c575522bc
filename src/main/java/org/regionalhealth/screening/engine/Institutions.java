package org.regionalhealth.screening.engine;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.Unit;
import org.regionalhealth.org.UnitType;

/**
 * What the tier → action policy needs to know about the issuing institution: its type and its medical community.
 * Cached, because units hardly change and screening runs at signing time.
 */
public final class Institutions {

    /** An institution as policies see it; {@code unknown()} when the prescription names none we know. */
    public record Profile(@Nullable UnitType type, @Nullable String medicalCommunityCode) {
        static Profile unknown() {
            return new Profile(null, null);
        }
    }

    private final @Nullable Organizations organizations;
    private final ConcurrentMap<String, Profile> cache = new ConcurrentHashMap<>();

    public Institutions(@Nullable Organizations organizations) {
        this.organizations = organizations;
    }

    /** Forgets every profile (units moved: their medical community may have changed). */
    public void forget() {
        cache.clear();
    }

    /** The profile of an institution given by unit id or unit code. */
    public Profile of(@Nullable String institution) {
        if (institution == null || institution.isBlank() || organizations == null) {
            return Profile.unknown();
        }
        return cache.computeIfAbsent(institution, this::lookUp);
    }

    private Profile lookUp(String institution) {
        Optional<Unit> unit = institution.chars().allMatch(Character::isDigit) && institution.length() < 18
                ? organizations.find(Long.parseLong(institution))
                : Optional.empty();
        if (unit.isEmpty()) {
            unit = organizations.findByCode(institution);
        }
        return unit.map(u -> new Profile(
                        u.type(),
                        organizations.medicalCommunityOf(u.id()).map(Unit::code).orElse(null)))
                .orElse(Profile.unknown());
    }
}
