package org.regionalhealth.platform;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A failure the user can understand: a stable machine code, a Chinese message and, for validation, the bad fields.
 * The API turns it into RFC 9457 {@code application/problem+json}; pages show the message.
 */
public class PlatformException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final Map<String, String> fieldErrors;

    public PlatformException(HttpStatus status, String code, String messageZh, Map<String, String> fieldErrors) {
        super(messageZh);
        this.status = status;
        this.code = code;
        this.fieldErrors = Map.copyOf(new LinkedHashMap<>(fieldErrors));
    }

    public static PlatformException invalid(String code, String messageZh) {
        return new PlatformException(HttpStatus.BAD_REQUEST, code, messageZh, Map.of());
    }

    public static PlatformException invalidField(String code, String field, String messageZh) {
        return new PlatformException(HttpStatus.BAD_REQUEST, code, messageZh, Map.of(field, messageZh));
    }

    public static PlatformException notFound(String code, String messageZh) {
        return new PlatformException(HttpStatus.NOT_FOUND, code, messageZh, Map.of());
    }

    public static PlatformException conflict(String code, String messageZh) {
        return new PlatformException(HttpStatus.CONFLICT, code, messageZh, Map.of());
    }

    public static PlatformException forbidden(String code, String messageZh) {
        return new PlatformException(HttpStatus.FORBIDDEN, code, messageZh, Map.of());
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
