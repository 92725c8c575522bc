package org.regionalhealth.reviewcenter.intake;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.reviewcenter.ReviewCenterProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The key that links one person's prescriptions across the district without storing the ID number: HMAC-SHA256 of
 * the number under a per-installation secret. A plain SHA-256 would not do: an ID number has little entropy (region,
 * birth date, a three-digit sequence), so every hash could be reversed by enumeration (《个人信息保护法》第五十一条:
 * de-identification). The secret is configured ({@code rhp.prescription-review.patient-key-secret}, base64, at least
 * 32 bytes) or generated once and kept in the database.
 */
@Component
public class PatientKeys {

    private final JdbcClient jdbc;
    private final @Nullable String configured;
    private volatile @Nullable SecretKeySpec key;

    PatientKeys(JdbcClient jdbc, ReviewCenterProperties properties) {
        this.jdbc = jdbc;
        this.configured = properties.patientKeySecret();
    }

    /** The key for a valid, normalised ID number. */
    public String of(String idNumber) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            return "K:" + HexFormat.of().formatHex(mac.doFinal(idNumber.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec k = key;
        if (k == null) {
            synchronized (this) {
                k = key;
                if (k == null) {
                    k = new SecretKeySpec(secret(), "HmacSHA256");
                    key = k;
                }
            }
        }
        return k;
    }

    private byte[] secret() {
        if (configured != null && !configured.isBlank()) {
            byte[] bytes = Base64.getDecoder().decode(configured.trim());
            if (bytes.length < 32) {
                throw new IllegalStateException("rhp.prescription-review.patient-key-secret must be at least 32 bytes");
            }
            return bytes;
        }
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        // first start wins; later starts (and concurrent instances) read the same secret
        jdbc.sql("insert into prescriptionreview_key (id, secret) values (1, ?) on conflict (id) do nothing")
                .param(fresh)
                .update();
        return jdbc.sql("select secret from prescriptionreview_key where id = 1")
                .query(byte[].class)
                .single();
    }
}
