package org.regionalhealth.ecg.callback;

import org.regionalhealth.org.Unit;

/**
 * A chest-pain centre (胸痛中心) at one of the district's hospitals, from {@code ecg/chest-pain-centres.csv}.
 *
 * @param unit the hospital
 * @param standard a standard (PCI-capable) centre; otherwise a basic one (thrombolysis and transfer)
 * @param confirmed whether the designation was checked against the certification list
 * @param source where the designation comes from
 */
public record ChestPainCentre(Unit unit, boolean standard, boolean confirmed, String source) {}
