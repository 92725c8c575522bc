package org.regionalhealth.drugs.ask;

import java.util.List;

/**
 * The answer to a question in plain Chinese.
 *
 * @param question the question as asked
 * @param intent what it asks ({@code indications … storage, unknown})
 * @param drugs the generics it names, as recognised
 * @param answer the answer: quoted label sections or knowledge-base facts, or a referral
 * @param sources the documents every quoted fact comes from
 * @param quotes the sections quoted, with their origin and review status
 * @param referral whether the question is a treatment decision sent to a pharmacist or doctor
 * @param safety the kind of treatment decision ({@code diagnosis, dose_change, prescription, overdose}), or null
 * @param evidence the words that decided the intent or the referral
 * @param knowledgeBaseVersion the knowledge-base version answered from
 * @param rephrased the answer rephrased by the optional language model and checked to add no fact; {@code null} when
 *     the model is off or its text was rejected
 */
public record Answer(
        String question,
        Intent intent,
        List<DrugRef> drugs,
        String answer,
        List<SourceRef> sources,
        List<Quote> quotes,
        boolean referral,
        String safety,
        List<String> evidence,
        String knowledgeBaseVersion,
        String rephrased) {

    public Answer withRephrased(String text) {
        return new Answer(
                question,
                intent,
                drugs,
                answer,
                sources,
                quotes,
                referral,
                safety,
                evidence,
                knowledgeBaseVersion,
                text);
    }

    /**
     * A recognised drug.
     *
     * @param id generic id
     * @param nameZh 通用名
     * @param matched the words of the question that named it
     * @param how {@code exact}, {@code 同音} (same pinyin) or {@code typo}
     */
    public record DrugRef(String id, String nameZh, String matched, String how) {}

    /**
     * A cited document.
     *
     * @param id citation id
     * @param kind label, regulation, pharmacopoeia …
     * @param title title
     * @param issuer issuer
     * @param number 文号, when it has one
     */
    public record SourceRef(String id, String kind, String title, String issuer, String number) {}

    /**
     * A quoted section.
     *
     * @param genericId the generic
     * @param section the section code
     * @param titleZh the section title
     * @param text the text quoted
     * @param origin {@code written}, {@code derived} or {@code interaction}
     * @param reviewStatus {@code draft} until approved
     * @param sources its source ids
     */
    public record Quote(
            String genericId,
            String section,
            String titleZh,
            String text,
            String origin,
            String reviewStatus,
            List<String> sources) {}
}
