package org.regionalhealth.surveillance.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeriesCsvTests {

    private static SeriesCsv read(String text) {
        return SeriesCsv.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void datedSeriesWithHeaderBomAndMissingValues() {
        var csv = read("\uFEFFdate,observed\r\n2024-01-01,3\r\n2024-01-02,NA\r\n2024-01-03,\r\n2024-01-04,5\r\n\r\n");
        assertThat(csv.dates()).containsExactly("2024-01-01", "2024-01-02", "2024-01-03", "2024-01-04");
        assertThat(csv.observed()).containsExactly(3.0, null, null, 5.0);
    }

    @Test
    void singleColumnWithoutHeaderIsIndexBased() {
        var csv = read("1\n0\n7\n");
        assertThat(csv.dates()).isNull();
        assertThat(csv.observed()).containsExactly(1.0, 0.0, 7.0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
        bad header     | date,count;2024-01-01,1                   | 第 1 行
        bad date       | date,observed;2024-01-01,1;2024-02-30,2     | 第 3 行
        not ascending  | date,observed;2024-01-02,1;2024-01-01,2     | 第 3 行
        negative count | observed;1;2;-3                             | 第 4 行
        not a number   | 1;2;x                                       | 第 3 行
        column count   | date,observed;2024-01-01,1;2024-01-02       | 第 3 行
        three columns  | a,b,c                                       | 第 1 行
        """)
    void problemsNameTheLine(String name, String rows, String line) {
        assertThatThrownBy(() -> read(String.join("\n", Arrays.asList(rows.split(";")))))
                .isInstanceOf(SeriesCsv.Problem.class)
                .hasMessageStartingWith(line);
    }

    @Test
    void emptyAndNonUtf8FilesAreRejected() {
        assertThatThrownBy(() -> read("observed\n\n")).hasMessageContaining("没有数据行");
        assertThatThrownBy(() -> SeriesCsv.read(
                        new ByteArrayInputStream("日期,病例\n".getBytes(java.nio.charset.Charset.forName("GBK")))))
                .hasMessageContaining("UTF-8");
    }

    @Test
    void tooManyRowsAreRejected() {
        String rows = String.join("\n", java.util.Collections.nCopies(AnalystDetection.MAX_POINTS + 2, "1"));
        assertThatThrownBy(() -> read(rows)).hasMessageContaining(String.valueOf(AnalystDetection.MAX_POINTS));
    }

    @Test
    void parameterTextReadsNumbersBooleansListsAndText() {
        assertThat(ParameterText.parse(
                        "alpha=0.01; reweight=false\nlimit54=[5, 4]; powertrans=2/3; thresholdMethod=nbPlugin"))
                .containsEntry("alpha", 0.01)
                .containsEntry("reweight", false)
                .containsEntry("limit54", List.of(5.0, 4.0))
                .containsEntry("powertrans", "2/3")
                .containsEntry("thresholdMethod", "nbPlugin");
        assertThatThrownBy(() -> ParameterText.parse("alpha 0.01")).hasMessageContaining("名称=值");
    }
}
