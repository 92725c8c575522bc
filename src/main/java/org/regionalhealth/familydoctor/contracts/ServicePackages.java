package org.regionalhealth.familydoctor.contracts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Service packages (服务包): the basic package every contract includes and personalised packages, with the annual
 * fee split between medical insurance, the basic public-health fund and the resident (《关于规范家庭医生签约服务管理的
 * 指导意见》国卫基层发〔2016〕1号 and 国卫基层发〔2018〕35号; research §2.5). Fees are illustrative for the demo
 * district, in the shape Zhejiang publishes them (120 yuan basic: insurance 80, public health 40, resident 0).
 */
@Component
public class ServicePackages {

    /** A package and the services it promises each contract year. */
    public record ServicePackage(
            String code,
            String name,
            String kind,
            BigDecimal annualFee,
            BigDecimal insuranceShare,
            BigDecimal publicHealthShare,
            BigDecimal residentShare,
            Map<String, Integer> promised) {}

    /** Services a package can promise; follow-ups are counted from the follow-up records. */
    public static final List<String> SERVICES =
            List.of("FOLLOW_UP", "HEALTH_ASSESSMENT", "HEALTH_EDUCATION", "HOME_VISIT", "LONG_PRESCRIPTION");

    private final JdbcClient jdbc;

    ServicePackages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ServicePackage> all() {
        var items = jdbc.sql("select package_code, service, times_per_year from familydoctor_package_item")
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getInt(3)})
                .list();
        return jdbc.sql("select * from familydoctor_service_package order by kind, code")
                .query((rs, n) -> {
                    String code = rs.getString("code");
                    var promised = new java.util.TreeMap<String, Integer>();
                    items.stream()
                            .filter(i -> i[0].equals(code))
                            .forEach(i -> promised.put((String) i[1], (Integer) i[2]));
                    return new ServicePackage(
                            code,
                            rs.getString("name"),
                            rs.getString("kind"),
                            rs.getBigDecimal("annual_fee"),
                            rs.getBigDecimal("insurance_share"),
                            rs.getBigDecimal("public_health_share"),
                            rs.getBigDecimal("resident_share"),
                            promised);
                })
                .list();
    }

    public boolean exists(String code) {
        return jdbc.sql("select exists(select 1 from familydoctor_service_package where code = ?)")
                .param(code)
                .query(Boolean.class)
                .single();
    }
}
