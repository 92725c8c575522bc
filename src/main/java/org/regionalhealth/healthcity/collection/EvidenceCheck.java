package org.regionalhealth.healthcity.collection;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.healthcity.EvidenceFile;

/**
 * What an evidence file may be: PDF, JPEG, PNG, Excel (.xlsx) or Word (.docx), at most the configured size; the
 * first bytes must match the file's extension (a renamed executable is refused).
 */
public final class EvidenceCheck {

    /** Extension → (content type, leading bytes). */
    static final Map<String, Object[]> TYPES = Map.of(
            "pdf", new Object[] {"application/pdf", new byte[] {'%', 'P', 'D', 'F'}},
            "jpg", new Object[] {"image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}},
            "jpeg", new Object[] {"image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}},
            "png", new Object[] {"image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}},
            "xlsx",
                    new Object[] {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new byte[] {'P', 'K', 3, 4}
                    },
            "docx",
                    new Object[] {
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        new byte[] {'P', 'K', 3, 4}
                    });

    private EvidenceCheck() {}

    /** The problem with a file in Chinese, or null when it is acceptable. */
    public static @Nullable String problem(EvidenceFile file, int maxBytes) {
        String name = file.fileName() == null ? "" : file.fileName().strip();
        if (name.isEmpty() || name.length() > 200) {
            return "文件名为空或过长（最多 200 个字符）";
        }
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        var type = TYPES.get(extension);
        if (type == null) {
            return "“" + name + "”的类型不支持：请上传 PDF、JPG、PNG、Excel（.xlsx）或 Word（.docx）文件";
        }
        byte[] content = file.content();
        if (content == null || content.length == 0) {
            return "“" + name + "”是空文件";
        }
        if (content.length > maxBytes) {
            return "“" + name + "”超过 " + (maxBytes / 1024 / 1024) + " MB";
        }
        byte[] magic = (byte[]) type[1];
        if (content.length < magic.length) {
            return "“" + name + "”的内容与扩展名不符";
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return "“" + name + "”的内容与扩展名不符";
            }
        }
        return null;
    }

    /** The content type the platform records for an accepted file (the browser's claim is not trusted). */
    public static String contentType(String fileName) {
        int dot = fileName.lastIndexOf('.');
        var type = TYPES.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
        return (String) type[0];
    }
}
