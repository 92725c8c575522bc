package org.regionalhealth;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** 区域数智健康平台: one modular monolith, one top-level package per capability (docs/adr/0002). */
@Modulithic(systemName = "区域数智健康平台")
@SpringBootApplication
@ConfigurationPropertiesScan
public class RegionalHealthApplication {

    public static void main(String[] args) {
        SpringApplication.run(RegionalHealthApplication.class, args);
    }
}
