package org.regionalhealth.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.NavigationItem;
import org.regionalhealth.platform.PlatformException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Gives every rendered page the current user and the navigation their role may use. An interceptor rather than a
 * {@code @ModelAttribute} advice, so JSON responses (which have no view) never pay for resolving the user.
 */
class LayoutModel implements HandlerInterceptor {

    private final CurrentUsers users;
    private final List<NavigationItem> navigation;

    LayoutModel(CurrentUsers users, List<NavigationItem> navigation) {
        this.users = users;
        this.navigation = navigation.stream().sorted(NavigationItem.MENU_ORDER).toList();
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, @Nullable ModelAndView view) {
        if (view == null || (view.getViewName() != null && view.getViewName().startsWith("redirect:"))) {
            return;
        }
        fill(view::addObject);
    }

    /** The current user and their menu, also for error pages (which never reach {@link #postHandle}). */
    void fill(java.util.function.BiConsumer<String, Object> model) {
        var user = currentUser();
        model.accept("currentUser", user);
        model.accept(
                "navigation",
                user == null
                        ? List.of()
                        : navigation.stream()
                                .filter(item -> item.visibleTo(user.role()))
                                .toList());
    }

    private @Nullable CurrentUser currentUser() {
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
}
