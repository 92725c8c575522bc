package org.regionalhealth.drugs.search;

import org.regionalhealth.drugs.catalogue.InsuranceClass;
import org.regionalhealth.platform.PlatformException;

/** Validation of search input shared by the API and the pages. */
public final class SearchRequests {

    public static final int MAX_QUERY = 100;

    private SearchRequests() {}

    public static String query(String q) {
        if (q == null || q.isBlank()) {
            throw PlatformException.invalidField("DRUG_QUERY_EMPTY", "q", "请输入药品名称、拼音、首字母、批准文号或条码");
        }
        if (q.length() > MAX_QUERY) {
            throw PlatformException.invalidField("DRUG_QUERY_TOO_LONG", "q", "查询内容不能超过" + MAX_QUERY + "个字符");
        }
        return q.strip();
    }

    public static SearchFilters filters(String form, String insurance) {
        String f = form == null || form.isBlank() ? null : form.strip();
        if (f != null && (f.length() > 20 || !DrugText.allHan(f))) {
            throw PlatformException.invalidField("DRUG_FORM_INVALID", "form", "剂型应为中文剂型名称，如 片、胶囊、注射液");
        }
        InsuranceClass c = null;
        if (insurance != null && !insurance.isBlank()) {
            c = InsuranceClass.parse(insurance)
                    .orElseThrow(() ->
                            PlatformException.invalidField("DRUG_INSURANCE_INVALID", "insurance", "医保类别应为 甲、乙 或 丙"));
        }
        return new SearchFilters(f, c);
    }

    public static int limit(int limit) {
        if (limit < 1 || limit > 100) {
            throw PlatformException.invalidField("DRUG_LIMIT_INVALID", "limit", "limit 应在 1 到 100 之间");
        }
        return limit;
    }
}
