package org.regionalhealth.platform.security;

import java.util.List;
import org.regionalhealth.platform.AccountAdministration;
import org.regionalhealth.platform.NewAccount;
import org.regionalhealth.platform.PlatformProperties;
import org.regionalhealth.platform.Role;
import org.regionalhealth.platform.UnitDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The documented first-administrator step of a production installation: a database without any account gets one
 * district administrator from the environment, and nothing else. Without the settings the platform starts with no
 * account and says how to create one; there is no default password.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountAdministration accounts;
    private final UnitDirectory units;
    private final PlatformProperties.BootstrapAdmin settings;

    FirstAdministrator(AccountAdministration accounts, UnitDirectory units, PlatformProperties properties) {
        this.accounts = accounts;
        this.units = units;
        this.settings = properties.bootstrapAdmin();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyAccount()) {
            return;
        }
        if (settings.username().isBlank() || settings.password().isBlank()) {
            log.warn("No account exists. Create the first district administrator by starting once with "
                    + "RHP_PLATFORM_BOOTSTRAP_ADMIN_USERNAME and RHP_PLATFORM_BOOTSTRAP_ADMIN_PASSWORD set (README).");
            return;
        }
        long root = units.rootUnitId();
        accounts.create(List.of(new NewAccount(
                settings.username(), "区级管理员", settings.password(), Role.DISTRICT_ADMIN, root, root, null, false)));
        log.info(
                "Created the first district administrator '{}'; remove the bootstrap settings now",
                settings.username());
    }
}
