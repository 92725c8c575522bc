package org.regionalhealth.drugs;

/**
 * Special-management category (特殊管理药品) that decides prescription colour, quantity limits and prescribing rights
 * (《处方管理办法》第5、23–26条; 《麻醉药品和精神药品管理条例》; 《医疗用毒性药品管理办法》).
 */
public enum ControlledCategory {
    /** ordinary drug */
    NONE,
    /** 麻醉药品 */
    NARCOTIC,
    /** 第一类精神药品 */
    PSYCHOTROPIC1,
    /** 第二类精神药品 */
    PSYCHOTROPIC2,
    /** 医疗用毒性药品 */
    TOXIC
}
