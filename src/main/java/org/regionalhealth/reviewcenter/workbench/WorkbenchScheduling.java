package org.regionalhealth.reviewcenter.workbench;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The timer sweeper and the webhook deliverer run on Spring's scheduler (switched off by configuration in tests). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class WorkbenchScheduling {}
