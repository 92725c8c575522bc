package org.regionalhealth.ecg.signal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regionalhealth.platform.PlatformException;
import org.springframework.http.HttpStatus;

/**
 * An ECG file that is refused whole: every problem found, in Chinese, by the part of the file it concerns
 * ({@code file}, {@code leads}, {@code sampleRate}, {@code units}, {@code duration}, {@code amplitude},
 * {@code subject}). Answered as RFC 9457 {@code ECG_FILE_REJECTED}, 422.
 */
public class EcgFileRejected extends PlatformException {

    public static final String CODE = "ECG_FILE_REJECTED";

    private final List<String> problems;

    public EcgFileRejected(Map<String, String> problems) {
        super(
                HttpStatus.UNPROCESSABLE_CONTENT,
                CODE,
                "心电文件未接收，未保存任何内容：" + String.join("；", problems.values()),
                new LinkedHashMap<>(problems));
        this.problems = List.copyOf(problems.values());
    }

    public List<String> problems() {
        return problems;
    }
}
