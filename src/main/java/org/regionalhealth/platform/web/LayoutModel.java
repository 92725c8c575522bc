package org.regionalhealth.platform.web;

import java.util.Comparator;
import java.util.List;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.NavigationItem;
import org.regionalhealth.platform.PlatformException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the current user and the navigation their role may use. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    private final CurrentUsers users;
    private final List<NavigationItem> navigation;

    LayoutModel(CurrentUsers users, List<NavigationItem> navigation) {
        this.users = users;
        this.navigation = navigation.stream()
                .sorted(Comparator.comparingInt(NavigationItem::order))
                .toList();
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return null;
        }
        try {
            return users.require();
        } catch (PlatformException anonymous) {
            return null;
        }
    }

    @ModelAttribute("navigation")
    List<NavigationItem> navigation() {
        var user = currentUser();
        return user == null
                ? List.of()
                : navigation.stream()
                        .filter(item -> item.visibleTo(user.role()))
                        .toList();
    }
}
