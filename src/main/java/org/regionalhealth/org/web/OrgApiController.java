package org.regionalhealth.org.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.Unit;
import org.regionalhealth.org.UnitQuery;
import org.regionalhealth.org.UnitType;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.PageResult;
import org.regionalhealth.platform.PlatformException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/org")
@Tag(name = "机构 Organisations")
class OrgApiController {

    private final Organizations organizations;
    private final CurrentUsers users;

    OrgApiController(Organizations organizations, CurrentUsers users) {
        this.organizations = organizations;
        this.users = users;
    }

    @GetMapping("/summary")
    @Operation(summary = "Count of units per type and of towns and villages in the district")
    Map<String, Long> summary() {
        return organizations.summary();
    }

    @GetMapping("/units")
    @Operation(summary = "Units the caller's scope covers, filtered by type, parent and text; paged")
    PageResult<Unit> units(
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable Long parent,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String town,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        var query = new UnitQuery(parseType(type), parent, q, town);
        return organizations.search(query, users.require().scope(), page, size);
    }

    @GetMapping("/units/{id}")
    Unit unit(@PathVariable long id) {
        var scope = users.require().scope();
        return organizations
                .find(id)
                .filter(unit -> scope.covers(unit.path()))
                .orElseThrow(() -> PlatformException.notFound("ORG_UNIT_NOT_FOUND", "机构不存在或不在您的权限范围内"));
    }

    private static @Nullable UnitType parseType(@Nullable String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        try {
            return UnitType.valueOf(type.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw PlatformException.invalidField(
                    "ORG_UNIT_TYPE_INVALID", "type", "未知的机构类型：" + type + "；可选：" + Arrays.toString(UnitType.values()));
        }
    }
}
