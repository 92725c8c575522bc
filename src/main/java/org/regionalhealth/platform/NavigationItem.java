package org.regionalhealth.platform;

import java.util.Comparator;
import java.util.Set;

/**
 * A link in the page navigation. Each module declares its own as beans; the layout shows those the user's role may
 * use, grouped by {@link MenuSection} (no ordering numbers: docs/adr/0011-platform-conventions.md).
 *
 * @param messageKey key of the label in the module's message bundle
 * @param href the page
 * @param section the group the link belongs to
 * @param roles roles that see the link; empty means every role
 */
public record NavigationItem(String messageKey, String href, MenuSection section, Set<Role> roles) {

    /** Sections in their declared order, then paths alphabetically: the same menu on every start. */
    public static final Comparator<NavigationItem> MENU_ORDER =
            Comparator.comparing(NavigationItem::section).thenComparing(NavigationItem::href);

    public boolean visibleTo(Role role) {
        return roles.isEmpty() || roles.contains(role);
    }
}
