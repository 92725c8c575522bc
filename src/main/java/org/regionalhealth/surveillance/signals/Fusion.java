package org.regionalhealth.surveillance.signals;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Grades one area-syndrome episode from its triggers (research §8.7, "our design — no peer"; thresholds are settings):
 * <ul>
 *   <li><b>red</b> — any single-case (FDM) or outbreak-tier rule, or at least {@code redChannels} channels red within
 *       {@code corroborationDays} (a rule hit counts as its channel being red);
 *   <li><b>orange</b> — a cluster- or report-tier rule, or one statistical red corroborated by a yellow in another
 *       channel;
 *   <li><b>yellow</b> — a single statistical red, or two or more channels yellow;
 *   <li><b>blue</b> — a single yellow (watch only).
 * </ul>
 */
public final class Fusion {

    /** A grade and the reason in Chinese. */
    public record Graded(Grade grade, String reason) {}

    /** The part of a trigger fusion looks at. */
    public record State(String channel, boolean rule, String tier, LocalDate day) {
        static State of(Trigger t) {
            return new State(t.channel(), t.isRule(), t.tier(), t.day());
        }

        boolean red() {
            return rule || "red".equals(tier);
        }
    }

    private final int redChannels;
    private final int corroborationDays;

    public Fusion(int redChannels, int corroborationDays) {
        this.redChannels = redChannels;
        this.corroborationDays = corroborationDays;
    }

    public Graded gradeTriggers(Collection<Trigger> triggers) {
        return grade(triggers.stream().map(State::of).toList());
    }

    public Graded grade(Collection<State> states) {
        if (states.isEmpty()) {
            throw new IllegalArgumentException("a signal needs at least one trigger");
        }
        for (State s : states) {
            if (s.rule() && ("single-case".equals(s.tier()) || "outbreak".equals(s.tier()))) {
                return new Graded(Grade.RED, "single-case".equals(s.tier()) ? "单病例预警（固定阈值法）" : "达到暴发/突发公共卫生事件标准");
            }
        }
        Set<String> redCorroborating = corroborating(states, true);
        if (redCorroborating.size() >= redChannels) {
            return new Graded(Grade.RED, redCorroborating.size() + " 个通道在 " + corroborationDays + " 天内同时报警（多点触发）");
        }
        boolean clusterRule = states.stream().anyMatch(s -> s.rule());
        if (clusterRule) {
            return new Graded(Grade.ORANGE, "达到聚集性疫情/报告标准");
        }
        Set<String> redChannelsSeen = channels(states, true);
        Set<String> yellowChannels = channels(states, false);
        if (!redChannelsSeen.isEmpty()) {
            Set<String> others = corroborating(states, false);
            others.removeAll(redChannelsSeen);
            if (!others.isEmpty()) {
                return new Graded(Grade.ORANGE, "统计红色预警并有其他通道黄色预警佐证");
            }
            return new Graded(Grade.YELLOW, "单一通道统计红色预警");
        }
        if (yellowChannels.size() >= 2) {
            return new Graded(Grade.YELLOW, yellowChannels.size() + " 个通道黄色预警");
        }
        return new Graded(Grade.BLUE, "单一通道黄色预警（观察）");
    }

    private static Set<String> channels(Collection<State> states, boolean red) {
        Set<String> out = new HashSet<>();
        states.stream().filter(s -> s.red() == red).forEach(s -> out.add(s.channel()));
        return out;
    }

    /** The channels (red only, or any) with a trigger within corroborationDays of the latest red trigger. */
    private Set<String> corroborating(Collection<State> states, boolean redOnly) {
        LocalDate latest = states.stream()
                .filter(State::red)
                .map(State::day)
                .max(LocalDate::compareTo)
                .orElse(null);
        Set<String> out = new HashSet<>();
        if (latest == null) {
            return out;
        }
        for (State s : states) {
            if ((!redOnly || s.red()) && Math.abs(ChronoUnit.DAYS.between(s.day(), latest)) < corroborationDays) {
                out.add(s.channel());
            }
        }
        return out;
    }
}
