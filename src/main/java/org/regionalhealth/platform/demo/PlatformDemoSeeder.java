package org.regionalhealth.platform.demo;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import org.regionalhealth.platform.DemoSeeder;
import org.regionalhealth.platform.DemoSettings;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.PlatformProperties;
import org.regionalhealth.platform.ServiceClients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo's OAuth2 service client (docs/adr/0014): client {@code his} acting as the demo HIS account, with a key
 * pair generated here. The platform keeps the public key; the private key, which a real HIS would keep to itself,
 * is written beside the data directory ({@code ./data/pg17.his-client.jwk}, mode 600) so that a demo integrator can
 * sign assertions with it. Idempotent; a lost key file gives the client a new key pair.
 */
@Component
class PlatformDemoSeeder implements DemoSeeder {

    static final String CLIENT_ID = "his";
    static final String ACCOUNT = "his";
    private static final Logger log = LoggerFactory.getLogger(PlatformDemoSeeder.class);

    private final ServiceClients clients;
    private final Path keyFile;

    PlatformDemoSeeder(ServiceClients clients, PlatformProperties properties) {
        this.clients = clients;
        this.keyFile = keyFileOf(properties);
    }

    /** Where the demo HIS client's private key is written. */
    public static Path keyFileOf(PlatformProperties properties) {
        Path dataDir = Path.of(properties.embeddedDatabase().dataDirectory())
                .toAbsolutePath()
                .normalize();
        return dataDir.resolveSibling(dataDir.getFileName() + ".his-client.jwk");
    }

    @Override
    public void seed(DemoSettings settings) {
        var existing = clients.find(CLIENT_ID);
        if (existing.isPresent() && !existing.get().revoked() && matchesKeyFile(existing.get())) {
            return;
        }
        try {
            ECKey pair = new ECKeyGenerator(Curve.P_384)
                    .keyIDFromThumbprint(true)
                    .keyUse(com.nimbusds.jose.jwk.KeyUse.SIGNATURE)
                    .generate();
            clients.register(CLIENT_ID, ACCOUNT, pair.toPublicJWK().toJSONString(), "demo");
            Files.deleteIfExists(keyFile);
            Files.createDirectories(keyFile.getParent());
            try {
                Files.createFile(
                        keyFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the profile directory's ACL protects it
            }
            Files.writeString(keyFile, pair.toJSONString() + "\n", StandardCharsets.UTF_8);
            log.info("Demo OAuth2 client '{}' registered; its private key is in {}", CLIENT_ID, keyFile);
        } catch (PlatformException noServiceAccount) {
            log.warn("Demo OAuth2 client '{}' not registered: {}", CLIENT_ID, noServiceAccount.getMessage());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean matchesKeyFile(ServiceClients.ServiceClient client) {
        try {
            return Files.exists(keyFile)
                    && JWK.parse(Files.readString(keyFile, StandardCharsets.UTF_8)
                                    .trim())
                            .getKeyID()
                            .equals(client.keyId());
        } catch (IOException | ParseException e) {
            return false;
        }
    }
}
