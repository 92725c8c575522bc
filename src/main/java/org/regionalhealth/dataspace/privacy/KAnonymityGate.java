package org.regionalhealth.dataspace.privacy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.regionalhealth.platform.PlatformException;
import org.springframework.http.HttpStatus;

/**
 * The last check before anything leaves the data space: no direct identifier among the columns and every group of
 * quasi-identifier values at least k rows. It refuses with a Chinese explanation (HTTP 422) and nothing is released;
 * it never repairs a table.
 */
public final class KAnonymityGate {

    private KAnonymityGate() {}

    /**
     * @return the groups of the table, when it passes
     * @throws PlatformException {@code DATASPACE_DIRECT_IDENTIFIER} or {@code DATASPACE_BELOW_K}
     */
    public static KAnonymity.Groups check(List<Column> columns, List<String[]> rows, int k) {
        if (k < 2) {
            throw new IllegalArgumentException("k must be at least 2");
        }
        var direct = columns.stream().filter(Column::direct).map(Column::label).toList();
        if (!direct.isEmpty()) {
            throw new PlatformException(
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "DATASPACE_DIRECT_IDENTIFIER",
                    "发布内容含直接标识符（" + String.join("、", direct) + "），未发布任何数据",
                    Map.of());
        }
        int[] quasi = KAnonymity.quasiColumns(columns);
        var groups = KAnonymity.groups(rows, quasi, k);
        if (!groups.meets(k)) {
            String names = java.util.Arrays.stream(quasi)
                    .mapToObj(i -> columns.get(i).label())
                    .collect(Collectors.joining("、"));
            throw new PlatformException(
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "DATASPACE_BELOW_K",
                    "k-匿名检查未通过：最小的等价组只有 " + groups.smallest() + " 条记录，低于 k = " + k + "（准标识符："
                            + (names.isEmpty() ? "无" : names) + "），未发布任何数据。请进一步泛化或减少字段。",
                    Map.of());
        }
        return groups;
    }
}
