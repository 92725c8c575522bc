package org.regionalhealth.dataspace.privacy;

import java.util.List;

/** One row per person (GB/T 37964 微数据): the columns and the values, as text, in column order. */
public record Microdata(List<Column> columns, List<String[]> rows) {

    public int indexOf(String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
