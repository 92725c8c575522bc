/**
 * Elderly care (一老一小 — 一老, issue 21), first slice: the capability assessment of older people by GB/T 42195-2022
 * 《老年人能力评估规范》 (4 domains, 26 items, 90 points, 5 grades and 3 adjustment rules), recorded by family
 * doctors, with the services each grade opens; results in the resident's health record. Publishes
 * {@link org.regionalhealth.eldercare.CapabilityAssessed}.
 */
@ApplicationModule(
        displayName = "老年健康 Elderly care",
        allowedDependencies = {"platform", "org", "residents"})
package org.regionalhealth.eldercare;

import org.springframework.modulith.ApplicationModule;
