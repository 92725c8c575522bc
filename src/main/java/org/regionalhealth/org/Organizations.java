package org.regionalhealth.org;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.regionalhealth.platform.DataScope;
import org.regionalhealth.platform.PageResult;

/** The organisation tree, divisions and staff: questions other modules ask, and registration of units. */
public interface Organizations {

    /** The unit at the root of the tree, the district health commission. */
    Unit root();

    Optional<Unit> find(long id);

    Optional<Unit> findByCode(String code);

    /** Units the scope covers that match the query, ordered by type and code. */
    PageResult<Unit> search(UnitQuery query, DataScope scope, int page, int size);

    /** Units per type over the whole district, plus {@code TOWN} and {@code VILLAGE} division counts. */
    Map<String, Long> summary();

    /** Units per type within a scope. */
    Map<UnitType, Long> countByType(DataScope scope);

    /** Units per town code within a scope. */
    Map<String, Long> countByTown(DataScope scope);

    List<Division> towns();

    Optional<Division> division(String code);

    List<Division> villagesOf(String townCode);

    /** The medical community a unit belongs to (itself, or the nearest ancestor of that type). */
    Optional<Unit> medicalCommunityOf(long unitId);

    Optional<StaffMember> staff(long staffId);

    List<StaffMember> staffOf(long unitId);

    /** Registers units in order (a parent before its children); returns their ids in the same order. */
    List<Long> register(List<NewUnit> units);

    /**
     * Moves a unit, with everything under it, beneath another parent (a centre joining another medical community):
     * their paths change, and {@link UnitMoved} is published in the same transaction.
     *
     * @throws org.regionalhealth.platform.PlatformException when either unit is unknown or the new parent lies under
     *     the unit itself
     */
    UnitMoved move(long unitId, long newParentId);

    /** Registers staff; returns their ids in the same order. */
    List<Long> registerStaff(List<StaffMember> staff);
}
