package org.regionalhealth.familydoctor.teams;

import java.util.List;

/**
 * A family-doctor team (家庭医生团队, “1+1+N”: a family doctor, a nurse or public-health worker, and specialists),
 * attached to a centre or station, holding at most {@code capacity} signed residents.
 *
 * @param signed residents currently signed or in the signing process with the team
 */
public record Team(
        long id,
        long unitId,
        String unitPath,
        String name,
        long leaderStaffId,
        String leaderName,
        int capacity,
        long signed,
        List<Member> members) {

    public enum Role {
        FAMILY_DOCTOR,
        NURSE,
        PUBLIC_HEALTH,
        SPECIALIST
    }

    public record Member(long staffId, String name, Role role) {}

    public boolean full() {
        return signed >= capacity;
    }
}
