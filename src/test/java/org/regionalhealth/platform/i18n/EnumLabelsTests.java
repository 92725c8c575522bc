package org.regionalhealth.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.regionalhealth.org.StaffMember;
import org.regionalhealth.platform.Labels;
import org.regionalhealth.reviewcenter.ReviewCenterProperties.TimeoutAction;
import org.regionalhealth.reviewcenter.posthoc.Grade;
import org.regionalhealth.reviewcenter.supervision.Indicator;
import org.regionalhealth.reviewcenter.supervision.ProblemCategory;
import org.regionalhealth.reviewcenter.supervision.SupervisionReport;
import org.regionalhealth.reviewcenter.workbench.DoubleSignReason;
import org.regionalhealth.reviewcenter.workbench.ReturnReason;
import org.regionalhealth.reviewcenter.workbench.ReviewState;
import org.regionalhealth.reviewcenter.workbench.Skill;
import org.regionalhealth.reviewcenter.workbench.TaskOutcome;
import org.regionalhealth.screening.Action;
import org.regionalhealth.screening.Setting;
import org.regionalhealth.screening.Tier;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Enum labels by convention (ADR 0011: {@code enum.<SimpleName>.<NAME>}, shown with {@code ${@labels.of(x)}}): an
 * enum shown on a page has a label for every value in both languages, so no page shows an enum's name; and the pages
 * converted to the convention do not fall back to {@code labelZh()}/{@code labelEn()} or a language switch.
 */
class EnumLabelsTests {

    /** Enums shown on the review center's and the screening's pages and exports. */
    private static final List<Class<? extends Enum<?>>> ON_PAGES = List.of(
            ReviewState.class,
            TaskOutcome.class,
            Skill.class,
            ReturnReason.class,
            DoubleSignReason.class,
            TimeoutAction.class,
            Indicator.class,
            ProblemCategory.class,
            SupervisionReport.PeriodChoice.class,
            Grade.class,
            Action.class,
            Tier.class,
            Setting.class,
            StaffMember.AntimicrobialGrade.class);

    /** Status and decision codes of the replay tables, shown through {@code rx.replay.run.*} and {@code enum.ReplayDecision.*} keys. */
    private static final List<String> REPLAY_KEYS = List.of(
            "rx.replay.run.RUNNING",
            "rx.replay.run.DONE",
            "rx.replay.run.FAILED",
            "enum.ReplayDecision.ACTIVATED",
            "enum.ReplayDecision.DECLINED");

    /** Template folders that follow the convention entirely. */
    private static final List<String> CONVERTED = List.of("reviewcenter", "screening");

    @Test
    void everyEnumShownOnAPageHasALabelForEveryValueInBothLanguages() throws IOException {
        Properties zh = all("");
        Properties en = all("_en");
        List<String> missing = new ArrayList<>();
        for (Class<? extends Enum<?>> type : ON_PAGES) {
            for (Enum<?> value : type.getEnumConstants()) {
                String key = Labels.key(value);
                if (!zh.containsKey(key)) {
                    missing.add(key);
                }
                if (!en.containsKey(key)) {
                    missing.add(key + " (en)");
                }
            }
        }
        for (String key : REPLAY_KEYS) {
            if (!zh.containsKey(key) || !en.containsKey(key)) {
                missing.add(key);
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void anEnumWithOneLabelHasLabelsForAllItsValues() throws IOException {
        Properties zh = all("");
        List<String> missing = new ArrayList<>();
        for (var c : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.regionalhealth")) {
            if (!c.isEnum()) {
                continue;
            }
            Object[] values = c.reflect().getEnumConstants();
            // labelled: one of its own values has a key (an enum of the same simple name does not count)
            boolean labelled = Arrays.stream(values).anyMatch(v -> zh.containsKey(Labels.key((Enum<?>) v)));
            if (!labelled) {
                continue;
            }
            for (Object value : values) {
                if (!zh.containsKey(Labels.key((Enum<?>) value))) {
                    missing.add(c.getName() + "." + value);
                }
            }
        }
        assertThat(missing)
                .as("values without a label of an enum that has labels")
                .isEmpty();
    }

    @Test
    void convertedPagesUseTheBundleNotTheEnumsOwnLabelsOrALanguageSwitch() throws IOException {
        List<String> offences = new ArrayList<>();
        for (String folder : CONVERTED) {
            Path dir = Path.of("src/main/resources/templates", folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".html")).toList()) {
                    String text = Files.readString(file);
                    for (String forbidden : List.of("labelZh()", "labelEn()", "${en ?", "== 'en' ?")) {
                        if (text.contains(forbidden)) {
                            offences.add(file + ": " + forbidden);
                        }
                    }
                }
            }
        }
        assertThat(offences).isEmpty();
    }

    private static Properties all(String suffix) throws IOException {
        Properties merged = new Properties();
        for (String basename : ModuleMessagesConfiguration.basenames()) {
            var resource = new PathMatchingResourcePatternResolver()
                    .getResource("classpath:" + basename + suffix + ".properties");
            try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                merged.load(reader);
            }
        }
        return merged;
    }
}
