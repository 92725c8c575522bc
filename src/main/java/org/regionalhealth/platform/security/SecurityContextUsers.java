package org.regionalhealth.platform.security;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.regionalhealth.platform.ClusterMessage;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.DataScope;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.UnitDirectory;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** {@link CurrentUsers} backed by Spring Security's context; scope paths come from the organisation tree. */
@Component
class SecurityContextUsers implements CurrentUsers {

    private final UnitDirectory units;
    private final ConcurrentMap<Long, String> paths = new ConcurrentHashMap<>();

    SecurityContextUsers(UnitDirectory units) {
        this.units = units;
    }

    @Override
    public CurrentUser require() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal account)) {
            throw new PlatformException(HttpStatus.UNAUTHORIZED, "AUTH_REQUIRED", "请先登录", java.util.Map.of());
        }
        String path = paths.computeIfAbsent(account.scopeUnitId(), id -> units.pathOf(id)
                .orElseThrow(() -> PlatformException.forbidden("AUTH_UNIT_UNKNOWN", "账户所属机构不存在，请联系管理员")));
        var scope = new DataScope(account.scopeUnitId(), path, Optional.ofNullable(account.residentId()));
        return new CurrentUser(
                account.username(), account.displayName(), account.role(), account.unitId(), scope, channel());
    }

    /** Units moved (on any node, {@link UnitDirectory#PATHS_CHANGED}): scopes are rooted at their new paths. */
    @EventListener
    void onClusterMessage(ClusterMessage message) {
        if (message.concerns(UnitDirectory.PATHS_CHANGED)) {
            paths.clear();
        }
    }

    /** How many unit paths this node holds (tests). */
    int cachedPaths() {
        return paths.size();
    }

    private static CurrentUser.Channel channel() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return SecurityConfiguration.isApi(attributes.getRequest())
                    ? CurrentUser.Channel.API
                    : CurrentUser.Channel.PAGE;
        }
        return CurrentUser.Channel.SYSTEM;
    }
}
