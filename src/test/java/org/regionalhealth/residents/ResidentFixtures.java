package org.regionalhealth.residents;

import java.util.concurrent.atomic.AtomicInteger;

/** Valid, distinct ID numbers for tests that register residents. */
public final class ResidentFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(600);

    private ResidentFixtures() {}

    /** A valid ID number of someone born on the given date ({@code yyyyMMdd}) with the given sex. */
    public static String idNumber(String birthDate, boolean male) {
        int sequence = SEQUENCE.getAndAdd(2) % 998 + (male ? 1 : 0);
        String first17 = "330109" + birthDate + String.format("%03d", sequence);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    public static String json(String name, String idNumber, String villageCode, Long unitId) {
        return """
                {"name": "%s", "idNumber": "%s", "phone": "13900001111", "villageCode": "%s"%s}"""
                .formatted(name, idNumber, villageCode, unitId == null ? "" : ", \"unitId\": " + unitId);
    }
}
