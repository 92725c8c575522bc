package org.regionalhealth.drugs.search;

/**
 * A searchable name in the dictionary and the products it stands for.
 *
 * @param key normalised text (see {@link DrugText#normalise})
 * @param kind what kind of name it is
 * @param genericId the generic it names, {@code null} for a manufacturer or a dosage form
 * @param label the name as shown (通用名, 商品名, 产品名称, 生产企业)
 * @param products indexes of the products it stands for, best first
 */
record Term(String key, Kind kind, String genericId, String label, int[] products) {

    /** Kinds of names, with the score an exact match earns. */
    enum Kind {
        NAME(100),
        PRODUCT_NAME(100),
        BRAND(98),
        ENGLISH(95),
        PINYIN(95),
        INITIALS(90),
        MANUFACTURER(80),
        FORM(0);

        final int score;

        Kind(int score) {
            this.score = score;
        }

        boolean namesDrug() {
            return this != MANUFACTURER && this != FORM;
        }
    }
}
