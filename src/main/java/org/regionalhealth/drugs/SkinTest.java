package org.regionalhealth.drugs;

/**
 * Whether a skin test (皮试) must precede the first dose. Penicillins: required (《中华人民共和国药典临床用药须知》);
 * cephalosporins: {@code CONDITIONAL}, i.e. only when the product label asks for it or the patient has a β-lactam
 * allergy history (《β内酰胺类抗菌药物皮肤试验指导原则（2021年版）》).
 */
public enum SkinTest {
    REQUIRED,
    CONDITIONAL,
    NOT_REQUIRED
}
