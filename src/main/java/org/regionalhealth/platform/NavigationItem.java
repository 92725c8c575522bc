package org.regionalhealth.platform;

import java.util.Set;

/**
 * A link in the page navigation. Each module declares its own as beans; the layout shows those the user's role may
 * use, in {@code order}.
 *
 * @param messageKey key of the label in {@code messages*.properties}
 * @param href the page
 * @param roles roles that see the link; empty means every role
 */
public record NavigationItem(String messageKey, String href, int order, Set<Role> roles) {

    public boolean visibleTo(Role role) {
        return roles.isEmpty() || roles.contains(role);
    }
}
