package org.regionalhealth.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the demo district.
 *
 * @param enabled generate the demo district into an empty database on start
 * @param scale {@code small} (about 20,000 residents) or {@code full} (2,000,000 residents, as Xiaoshan)
 * @param seed the random seed: the same seed gives the same district
 * @param residents overrides the resident count of the scale (tests use a few thousand)
 */
@ConfigurationProperties("rhp.demo")
public record DemoProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("small") Scale scale,
        @DefaultValue("20260101") long seed,
        @DefaultValue("0") int residents) {

    public enum Scale {
        SMALL(20_000),
        FULL(2_000_000);

        private final int residents;

        Scale(int residents) {
            this.residents = residents;
        }

        public int residents() {
            return residents;
        }
    }

    public int residentCount() {
        return residents > 0 ? residents : scale.residents();
    }
}
