package org.regionalhealth.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.regionalhealth.platform.AccountAdministration;
import org.regionalhealth.platform.NewAccount;
import org.regionalhealth.platform.PlatformProperties;
import org.regionalhealth.platform.Role;
import org.regionalhealth.platform.UnitDirectory;

class FirstAdministratorTests {

    final List<NewAccount> created = new ArrayList<>();
    boolean anyAccount;

    final AccountAdministration accounts = new AccountAdministration() {
        @Override
        public void create(List<NewAccount> newAccounts) {
            created.addAll(newAccounts);
        }

        @Override
        public boolean anyAccount() {
            return anyAccount;
        }

        @Override
        public String issueToken(String username, String name, int validDays) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Long> residentOf(String username) {
            return Optional.empty();
        }
    };

    final UnitDirectory units = new UnitDirectory() {
        @Override
        public Optional<String> pathOf(long unitId) {
            return Optional.of("/1/");
        }

        @Override
        public long rootUnitId() {
            return 1;
        }
    };

    @Test
    void createsOneDistrictAdministratorInAnEmptyDatabase() {
        run("wjj-admin", "Str0ng!Pass");
        assertThat(created).singleElement().satisfies(account -> {
            assertThat(account.username()).isEqualTo("wjj-admin");
            assertThat(account.role()).isEqualTo(Role.DISTRICT_ADMIN);
            assertThat(account.scopeUnitId()).isEqualTo(1);
            assertThat(account.demo()).isFalse();
        });
    }

    @Test
    void createsNothingWhenAccountsExist() {
        anyAccount = true;
        run("wjj-admin", "Str0ng!Pass");
        assertThat(created).isEmpty();
    }

    @Test
    void createsNothingWithoutSettings() {
        run("", "");
        assertThat(created).isEmpty();
    }

    private void run(String username, String password) {
        var properties = new PlatformProperties(
                new PlatformProperties.EmbeddedDatabase("./data/pg17", false, 0),
                new PlatformProperties.Security(5, 15, 20, 5, 90, 400),
                new PlatformProperties.BootstrapAdmin(username, password),
                false,
                java.time.ZoneId.of("Asia/Shanghai"),
                new PlatformProperties.OAuth(60, 5, ""));
        new FirstAdministrator(accounts, units, properties).run(null);
    }
}
