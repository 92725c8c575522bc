package org.regionalhealth.drugs.catalogue;

import java.util.Objects;

/**
 * A marketed drug product (one approval number, strength and package), the unit people search and scan.
 *
 * @param id catalogue id
 * @param genericId the knowledge-base generic it contains
 * @param name 产品名称 (generic name + dosage form), e.g. 布洛芬缓释胶囊
 * @param brand 商品名, {@code null} when the product has none
 * @param manufacturer 生产企业
 * @param approvalNumber 批准文号 (validated by {@link ApprovalNumber})
 * @param insuranceCode 医保药品代码
 * @param insuranceClass 医保类别 甲/乙/丙
 * @param form 剂型
 * @param strength 规格
 * @param packageSpec 包装, e.g. 24粒/盒
 * @param barcode EAN-13 (validated by {@link Ean13})
 * @param generated whether this product was generated for the demo catalogue (not a real marketed product)
 */
public record Product(
        long id,
        String genericId,
        String name,
        String brand,
        String manufacturer,
        String approvalNumber,
        String insuranceCode,
        InsuranceClass insuranceClass,
        String form,
        String strength,
        String packageSpec,
        String barcode,
        boolean generated) {

    public Product {
        Objects.requireNonNull(genericId, "genericId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(manufacturer, "manufacturer");
        Objects.requireNonNull(approvalNumber, "approvalNumber");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(barcode, "barcode");
    }

    public Product withId(long newId) {
        return new Product(
                newId,
                genericId,
                name,
                brand,
                manufacturer,
                approvalNumber,
                insuranceCode,
                insuranceClass,
                form,
                strength,
                packageSpec,
                barcode,
                generated);
    }
}
