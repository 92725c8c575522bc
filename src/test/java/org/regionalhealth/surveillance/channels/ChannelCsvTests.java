package org.regionalhealth.surveillance.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ChannelCsvTests {

    private static ChannelCsv.Parsed<CaseReport> cases(String body) throws IOException {
        String header = String.join(",", ChannelCsv.CASE_COLUMNS) + "\n";
        return ChannelCsv.cases(new ByteArrayInputStream((header + body).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aControlCharacterInAClassNameIsAnErrorOnThatFieldNotAStoredValue() throws IOException {
        ChannelCsv.Parsed<CaseReport> parsed =
                cases("流行性感冒,确诊,2026-11-02,2026-11-03,王小明,330109001001,S001,3,三\u0007班\n");

        assertThat(parsed.rows().get(0).className()).isNull();
        assertThat(parsed.errors().values()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("className");
            assertThat(e.message()).isEqualTo("含有不允许的控制字符");
        });
    }

    @Test
    void aTabInsideACellIsWhitespaceAndAnOrdinaryClassNameIsKept() throws IOException {
        ChannelCsv.Parsed<CaseReport> parsed =
                cases("流行性感冒,确诊,2026-11-02,2026-11-03,王小明,330109001001,S001,3,\t三（2）班\n");

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows().get(0).className()).isEqualTo("三（2）班");
    }
}
