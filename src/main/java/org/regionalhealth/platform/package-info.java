/**
 * Platform: accounts, roles and organisation-scoped access ({@link org.regionalhealth.platform.CurrentUser}),
 * audit of personal-data access ({@link org.regionalhealth.platform.AuditLog}), RFC 9457 error handling, the page
 * layout and the embedded database. Every other module stands on it; it depends on none of them (the organisation
 * tree reaches it through the {@link org.regionalhealth.platform.UnitDirectory} port that module {@code org}
 * implements).
 */
@ApplicationModule(displayName = "平台基础 Platform")
package org.regionalhealth.platform;

import org.springframework.modulith.ApplicationModule;
