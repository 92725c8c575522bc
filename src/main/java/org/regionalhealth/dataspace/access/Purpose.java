package org.regionalhealth.dataspace.access;

/**
 * What data may be used for in this space (the ODRL {@code purpose} constraint). Commercial use is not offered.
 * Scientific research needs an ethics approval number (《涉及人的生命科学和医学研究伦理审查办法》, 2023). Labels:
 * {@code enum.Purpose.<NAME>}.
 */
public enum Purpose {
    SCIENTIFIC_RESEARCH,
    PUBLIC_HEALTH,
    HEALTH_POLICY
}
