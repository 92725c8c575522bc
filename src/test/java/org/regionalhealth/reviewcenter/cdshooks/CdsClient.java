package org.regionalhealth.reviewcenter.cdshooks;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * The demo district's CDS client (issuer {@code https://his.demo.xiaoshan.example}, configured in
 * application-demo.yaml): signs CDS Hooks JWTs with its ES384 key the way an EHR would. Shared by the tests and the
 * load benchmark.
 */
public final class CdsClient {

    public static final String ISSUER = "https://his.demo.xiaoshan.example";

    private final JWK key;
    private final JWSAlgorithm algorithm;
    private final JWSSigner signer;

    /** A client signing with ES384. */
    public CdsClient() {
        this(JWSAlgorithm.ES384);
    }

    /** A client signing with ES384 or RS384, the two algorithms CDS Hooks 2.0 requires services to accept. */
    public CdsClient(JWSAlgorithm algorithm) {
        this.algorithm = algorithm;
        boolean rsa = JWSAlgorithm.RS384.equals(algorithm);
        String file = rsa ? "/cds-hooks/demo-his-rsa-private-jwk.json" : "/cds-hooks/demo-his-private-jwk.json";
        try (InputStream in = CdsClient.class.getResourceAsStream(file)) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (rsa) {
                RSAKey k = RSAKey.parse(json);
                key = k;
                signer = new RSASSASigner(k);
            } else {
                ECKey k = ECKey.parse(json);
                key = k;
                signer = new ECDSASigner(k);
            }
        } catch (IOException | ParseException | JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh token for one call of {@code audience} (the service URL), valid for {@code lifetime}. */
    public String token(String audience, Duration lifetime) {
        return token(
                ISSUER,
                audience,
                Instant.now().plus(lifetime),
                UUID.randomUUID().toString());
    }

    public String token(String issuer, String audience, Instant expires, String jti) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject("demo-his")
                .audience(audience)
                .issueTime(new Date())
                .expirationTime(Date.from(expires))
                .jwtID(jti)
                .build();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(algorithm).keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** A CDS Hooks request with draft orders and optional prefetch (JSON object text or {@code null}). */
    public static String request(
            String hook, String patientId, String draftOrders, String selections, String prefetch) {
        return """
                {"hookInstance":"%s","hook":"%s",
                 "context":{"userId":"Practitioner/unknown","patientId":"%s"%s,"draftOrders":%s}%s}"""
                .formatted(
                        UUID.randomUUID(),
                        hook,
                        patientId,
                        selections == null ? "" : ",\"selections\":" + selections,
                        draftOrders,
                        prefetch == null ? "" : ",\"prefetch\":" + prefetch);
    }

    /** A draft-orders Bundle of the given MedicationRequest resources. */
    public static String bundle(String... medicationRequests) {
        StringBuilder b = new StringBuilder("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[");
        for (int i = 0; i < medicationRequests.length; i++) {
            b.append(i == 0 ? "" : ",")
                    .append("{\"resource\":")
                    .append(medicationRequests[i])
                    .append('}');
        }
        return b.append("]}").toString();
    }

    /** An oral MedicationRequest with the drug as text, a dose, a timing code and days of supply. */
    public static String medicationRequest(String id, String drug, double dose, String unit, String timing, int days) {
        return """
                {"resourceType":"MedicationRequest","id":"%s","status":"draft","intent":"order",
                 "subject":{"reference":"Patient/1"},
                 "medicationCodeableConcept":{"text":"%s"},
                 "dosageInstruction":[{"route":{"text":"口服"},"timing":{"code":{"coding":[{"code":"%s"}]}},
                   "doseAndRate":[{"doseQuantity":{"value":%s,"unit":"%s"}}]}],
                 "dispenseRequest":{"expectedSupplyDuration":{"value":%d,"unit":"天","system":"http://unitsofmeasure.org","code":"d"}}}"""
                .formatted(id, drug, timing, dose, unit, days);
    }
}
