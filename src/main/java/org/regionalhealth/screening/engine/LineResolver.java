package org.regionalhealth.screening.engine;

import java.util.Optional;
import org.regionalhealth.drugs.Generic;
import org.regionalhealth.drugs.KnowledgeSnapshot;
import org.regionalhealth.drugs.PatentMedicine;
import org.regionalhealth.drugs.TcmHerb;
import org.regionalhealth.screening.DispensedMedicine;
import org.regionalhealth.screening.PrescriptionLine;
import org.regionalhealth.screening.PrescriptionType;
import org.regionalhealth.screening.rules.ResolvedLine;
import org.regionalhealth.screening.rules.Routes;

/**
 * Finds what a written drug is: a generic (by any name, product name or code), a patent medicine or a decoction
 * piece. On a decoction prescription herbs are tried first (附子 is a herb there), elsewhere generics first.
 */
final class LineResolver {

    private final KnowledgeSnapshot kb;

    LineResolver(KnowledgeSnapshot kb) {
        this.kb = kb;
    }

    ResolvedLine resolve(PrescriptionLine line, PrescriptionType type) {
        String route = Routes.normalise(line.route());
        for (String name : new String[] {line.drugName(), line.drugCode()}) {
            if (name == null || name.isBlank()) {
                continue;
            }
            if (type == PrescriptionType.TCM_DECOCTION) {
                Optional<TcmHerb> herb = kb.findHerb(name);
                if (herb.isPresent()) {
                    return new ResolvedLine(line, null, null, null, herb.get(), route);
                }
            }
            Optional<Generic> generic = kb.findGeneric(name);
            if (generic.isPresent()) {
                return new ResolvedLine(line, null, generic.get(), null, null, route);
            }
            Optional<PatentMedicine> patent = kb.findPatentMedicine(name);
            if (patent.isPresent()) {
                return new ResolvedLine(line, null, null, patent.get(), null, route);
            }
            Optional<TcmHerb> herb = kb.findHerb(name);
            if (herb.isPresent()) {
                return new ResolvedLine(line, null, null, null, herb.get(), route);
            }
        }
        return new ResolvedLine(line, null, null, null, null, route);
    }

    ResolvedLine resolve(DispensedMedicine medicine) {
        Optional<Generic> generic = kb.findGeneric(medicine.drugName());
        if (generic.isPresent()) {
            return new ResolvedLine(null, medicine, generic.get(), null, null, null);
        }
        Optional<PatentMedicine> patent = kb.findPatentMedicine(medicine.drugName());
        return patent.map(p -> new ResolvedLine(null, medicine, null, p, null, null))
                .orElse(new ResolvedLine(null, medicine, null, null, null, null));
    }
}
