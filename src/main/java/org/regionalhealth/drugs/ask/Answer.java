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
 * @param classes drug classes or lay groups the question names (头孢, 他汀, 降压药 …), with their members
 * @param grounded whether the answer rests on stored facts retrieved for this question (false: nothing relevant was
 *     found, a referral, or a question back)
 * @param referTo whom to ask in person: {@code pharmacist}, {@code family_doctor} or {@code emergency} (120);
 *     {@code null} when nothing more is needed
 * @param referralReason why, in Chinese
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
        String rephrased,
        List<ClassRef> classes,
        boolean grounded,
        String referTo,
        String referralReason) {

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
                text,
                classes,
                grounded,
                referTo,
                referralReason);
    }

    /** The same answer with advice to see someone in person. */
    public Answer withReferTo(String whom, String reason) {
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
                rephrased,
                classes,
                grounded,
                whom,
                reason);
    }

    /**
     * A drug class or lay group named in the question.
     *
     * @param code class code of the knowledge base or lay group code
     * @param nameZh its Chinese name
     * @param matched the words of the question that named it
     * @param members generic ids of its members
     */
    public record ClassRef(String code, String nameZh, String matched, List<String> members) {}

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
     * @param genericId the generic (or class code for a class fact)
     * @param section the section code
     * @param titleZh the section title
     * @param text the text quoted
     * @param origin {@code written}, {@code derived}, {@code class} or {@code interaction}
     * @param reviewStatus {@code draft} until approved
     * @param sources its source ids
     * @param score cosine similarity of the question to the best matching passage of it (1 for facts looked up
     *     directly, such as an interaction between two named drugs)
     */
    public record Quote(
            String genericId,
            String section,
            String titleZh,
            String text,
            String origin,
            String reviewStatus,
            List<String> sources,
            double score) {}
}
