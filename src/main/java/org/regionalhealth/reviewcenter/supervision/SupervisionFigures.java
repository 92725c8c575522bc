package org.regionalhealth.reviewcenter.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.regionalhealth.reviewcenter.ReviewFigures;
import org.springframework.stereotype.Component;

/** {@link ReviewFigures} from the same rolled-up and live counts as the supervision pages. */
@Component
class SupervisionFigures implements ReviewFigures {

    private final SupervisionQueries queries;

    SupervisionFigures(SupervisionQueries queries) {
        this.queries = queries;
    }

    @Override
    public List<InstitutionFigure> byInstitution(String indicator, LocalDate from, LocalDate to) {
        var which = Indicator.valueOf(indicator);
        return queries.grouped("%", new SupervisionQueries.Period(from, to), "institution_id::text", Map.of()).stream()
                .map(g -> {
                    var v = which.of(g.counts());
                    return new InstitutionFigure(Long.parseLong(g.key()), v.numerator(), v.denominator());
                })
                .toList();
    }
}
