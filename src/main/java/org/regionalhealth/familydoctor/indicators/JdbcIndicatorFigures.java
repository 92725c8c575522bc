package org.regionalhealth.familydoctor.indicators;

import java.util.List;
import org.regionalhealth.familydoctor.IndicatorFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link IndicatorFigures} from {@code familydoctor_indicator_fact}, period {@code R12}. */
@Component
class JdbcIndicatorFigures implements IndicatorFigures {

    private final JdbcClient jdbc;

    JdbcIndicatorFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<UnitFigure> rollingYearByUnit(String indicator) {
        return jdbc.sql(
                        """
                        select unit_id, sum(numerator) as n, sum(denominator) as d from familydoctor_indicator_fact
                        where period = 'R12' and indicator = ? group by unit_id order by unit_id""")
                .param(indicator)
                .query((rs, i) -> new UnitFigure(rs.getLong("unit_id"), rs.getLong("n"), rs.getLong("d")))
                .list();
    }
}
