package org.regionalhealth.platform.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import org.regionalhealth.platform.PlatformProperties;

/**
 * The key that signs the platform's OAuth2 access tokens (docs/adr/0014): RSA 2,048, generated on the first start and
 * kept as a private JWK in a file only the platform's operating-system account may read (mode 600), like the
 * database secret beside the data directory. It survives restarts, so tokens issued before a restart stay valid;
 * several nodes (ADR 0009) share it by pointing {@code rhp.platform.oauth.signing-key-file} at the same secret.
 */
final class PlatformSigningKey {

    private PlatformSigningKey() {}

    static Path fileOf(PlatformProperties properties) {
        String configured = properties.oauth().signingKeyFile();
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path dataDir = Path.of(properties.embeddedDatabase().dataDirectory())
                .toAbsolutePath()
                .normalize();
        return dataDir.resolveSibling(dataDir.getFileName() + ".oauth-signing.jwk");
    }

    /** Reads the key, creating it (owner read/write only) when the file does not exist yet. */
    static RSAKey loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                RSAKey fresh = new RSAKeyGenerator(2048)
                        .keyIDFromThumbprint(true)
                        .keyUse(com.nimbusds.jose.jwk.KeyUse.SIGNATURE)
                        .generate();
                try {
                    Files.createFile(
                            file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    Files.writeString(
                            file,
                            fresh.toJSONString() + "\n",
                            StandardCharsets.UTF_8,
                            StandardOpenOption.TRUNCATE_EXISTING);
                } catch (FileAlreadyExistsException raced) {
                    // another node or start wrote it first: use theirs
                } catch (UnsupportedOperationException notPosix) {
                    Files.writeString(file, fresh.toJSONString() + "\n", StandardCharsets.UTF_8);
                }
            }
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the profile directory's ACL protects it
            }
            JWK key = JWK.parse(Files.readString(file, StandardCharsets.UTF_8).trim());
            if (!(key instanceof RSAKey rsa) || !rsa.isPrivate()) {
                throw new IllegalStateException(
                        "The token-signing key " + file + " is damaged; restore it from backup");
            }
            return rsa;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the token-signing key " + file, e);
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("The token-signing key " + file + " is damaged; restore it from backup", e);
        }
    }
}
