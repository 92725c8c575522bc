/**
 * Platform: accounts, roles and organisation-scoped access, audit of personal-data access, error handling
 * (RFC 9457), the page layout and the embedded database. Every other module stands on it.
 */
@ApplicationModule(displayName = "平台基础 Platform", type = ApplicationModule.Type.OPEN)
package org.regionalhealth.platform;

import org.springframework.modulith.ApplicationModule;
