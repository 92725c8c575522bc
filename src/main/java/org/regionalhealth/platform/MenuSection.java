package org.regionalhealth.platform;

/**
 * The groups of the page navigation, in the order they appear (docs/adr/0011-platform-conventions.md). A module puts
 * each of its {@link NavigationItem}s into one section; within a section, items keep the order of their paths. The
 * label of a section is the message {@code enum.MenuSection.<NAME>}.
 */
public enum MenuSection {
    /** 首页与待办: the role's home and its to-dos. */
    HOME,
    /** 居民服务: what a resident uses on a phone (booking, vaccination, medicines, weight …). */
    RESIDENT_SERVICES,
    /** 诊疗: daily clinical work (worklists, prescribing, consultations, reading ECGs). */
    CLINICAL,
    /** 审方: prescription review and its supervision. */
    PRESCRIPTIONS,
    /** 公共卫生: family doctors, vaccination, childcare, elderly care, screening programmes. */
    PUBLIC_HEALTH,
    /** 监测预警: surveillance and early warning. */
    SURVEILLANCE,
    /** 急救: AEDs, ambulances, cardiac arrests. */
    EMERGENCY,
    /** 统计与评价: district dashboards and indicators. */
    INDICATORS,
    /** 数据与系统: organisations, data space, audit, API documentation. */
    ADMINISTRATION
}
