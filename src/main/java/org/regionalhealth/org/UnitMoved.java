package org.regionalhealth.org;

/**
 * A unit, with its subtree, was moved beneath another parent: every path starting with {@code oldPath} now starts
 * with {@code newPath}. Published in the moving transaction. Module {@code org} broadcasts it to every node of the
 * cluster ({@link org.regionalhealth.platform.UnitDirectory#PATHS_CHANGED}), where cached unit paths and the data
 * scopes rooted at them are dropped.
 *
 * @param unitId the unit moved
 * @param oldParentId its parent before
 * @param newParentId its parent now
 * @param oldPath its path before ({@code /1/4/17/})
 * @param newPath its path now ({@code /1/5/17/})
 */
public record UnitMoved(long unitId, long oldParentId, long newParentId, String oldPath, String newPath) {}
