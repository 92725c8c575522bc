/**
 * Residents (居民主索引): one record per 18-digit resident ID number (GB 11643-1999), searchable by Chinese name, full
 * pinyin, initials, ID number and phone, masked where the reader does not need the full identifiers, every read and
 * write audited, every query limited to the reader's organisational scope.
 */
@ApplicationModule(
        displayName = "居民主索引 Residents",
        allowedDependencies = {"platform", "org"})
package org.regionalhealth.residents;

import org.springframework.modulith.ApplicationModule;
