package org.regionalhealth.populationscreening;

/**
 * Items of the colorectal risk questionnaire (高危因素问卷) in the sequential-screening model of the Chinese
 * consensus: any {@link #major()} item, or two or more of the others, makes the questionnaire positive. Labels
 * {@code enum.ColorectalRisk.*}.
 */
public enum ColorectalRisk {
    FIRST_DEGREE_RELATIVE(true),
    ADENOMA_HISTORY(true),
    CANCER_HISTORY(true),
    CHRONIC_DIARRHOEA(false),
    CHRONIC_CONSTIPATION(false),
    MUCUS_BLOODY_STOOL(false),
    APPENDICITIS(false),
    CHOLECYSTITIS(false),
    LIFE_EVENTS(false);

    private final boolean major;

    ColorectalRisk(boolean major) {
        this.major = major;
    }

    /** A single item that makes the questionnaire positive on its own. */
    public boolean major() {
        return major;
    }
}
