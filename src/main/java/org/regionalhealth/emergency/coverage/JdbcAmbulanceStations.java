package org.regionalhealth.emergency.coverage;

import java.util.List;
import org.regionalhealth.emergency.AmbulanceStation;
import org.regionalhealth.emergency.AmbulanceStations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stations in {@code emergency_station}. */
@Service
class JdbcAmbulanceStations implements AmbulanceStations {

    private final JdbcClient jdbc;

    JdbcAmbulanceStations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<AmbulanceStation> all() {
        return jdbc.sql("select * from emergency_station order by town_code, name")
                .query((rs, row) -> new AmbulanceStation(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("town_code"),
                        rs.getDouble("lat"),
                        rs.getDouble("lng"),
                        rs.getInt("ambulances")))
                .list();
    }

    @Override
    @Transactional
    public long add(Long unitId, String name, String townCode, double lat, double lng, int ambulances) {
        return jdbc.sql(
                        """
                        insert into emergency_station (unit_id, name, town_code, lat, lng, ambulances)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(unitId, name, townCode, lat, lng, ambulances)
                .query(Long.class)
                .single();
    }
}
