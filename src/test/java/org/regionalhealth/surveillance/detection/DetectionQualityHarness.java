package org.regionalhealth.surveillance.detection;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.random.RandomDataGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Detection quality by semi-synthetic outbreak injection (research note §9.4 item 1). Not a unit test (a main, kept
 * out of {@code verify}): each baseline series receives one outbreak of 5-30 cases over 3-14 days at a random time of
 * its evaluation period (triangular epidemic curve peaking at a third of the duration), with a fixed seed; every
 * detector setting runs over the same injected series and is scored on
 *
 * <ul>
 *   <li>sensitivity: outbreaks with at least one alarm on a day (week) of the outbreak;
 *   <li>false alarms per 100 series-weeks, and as a share of evaluated non-outbreak points (the "FAR %" of the
 *       CIDARS papers): alarms outside the outbreak and a 7-day grace period after it (7-day sums and weekly counts
 *       still hold outbreak cases there), per evaluated non-outbreak time;
 *   <li>median days to detection: first alarm day (for weekly data the last day of the alarm week, when the count
 *       becomes available) minus the first outbreak day, among detected outbreaks.
 * </ul>
 *
 * Baselines: (1) simulated daily negative-binomial series (Gamma-Poisson, size 4) with weekday factors and a mild
 * annual cycle, at 2 and 8 cases a day, 4 years long, last 52 weeks evaluated; (2) the R peer's weekly series
 * (salmNewport, 16 German states; salmAllOnset), last 104 weeks evaluated, each used several times with different
 * outbreaks. The peer series contain real outbreaks, so their "false" alarms include true signals.
 *
 * <p>Run as in {@code docs/detection-quality.md} (test-compile, the test classpath, then this main); writes
 * {@code target/detection-quality.md}.
 */
public final class DetectionQualityHarness {

    static final long SEED = 20260305L;
    static final int DAILY_SERIES_PER_LEVEL = 200;
    static final int WEEKLY_REPLICATES = 20;
    static final int DAILY_YEARS = 4;
    static final int DAILY_EVAL_DAYS = 364;
    static final int WEEKLY_EVAL_WEEKS = 104;
    static final int GRACE_DAYS = 7;
    /** Mon..Sun visit-pattern factors (mean 1): clinics see fewer patients at weekends. */
    static final double[] WEEKDAY = {1.25, 1.15, 1.1, 1.05, 1.0, 0.75, 0.7};

    record Setting(String label, String algorithm, Map<String, Object> parameters) {
        Detector detector() {
            return new DetectorRegistry().create(algorithm, parameters);
        }
    }

    /** One baseline series with its injected outbreak (first day, last day; 0-based day index). */
    record Injected(CountSeries series, int evalFrom, int outbreakStart, int outbreakEnd, int size) {}

    /** Tallies of one setting over one baseline set. */
    static final class Tally {
        int outbreaks;
        int detected;
        long falseAlarms;
        long nonOutbreakPoints;
        double seriesWeeks;
        final List<Integer> delays = new ArrayList<>();

        String row(String baseline, Setting s) {
            int[] d = delays.stream().mapToInt(Integer::intValue).sorted().toArray();
            String median = d.length == 0 ? "—" : fmt(median(d), 1);
            return "| " + baseline + " | " + s.label() + " | " + fmt(100.0 * detected / outbreaks, 1) + " % | "
                    + fmt(100.0 * falseAlarms / seriesWeeks, 2) + " | "
                    + fmt(100.0 * falseAlarms / nonOutbreakPoints, 2) + " % | " + median + " |";
        }
    }

    public static void main(String[] args) throws IOException {
        long started = System.nanoTime();
        StringBuilder md = new StringBuilder();
        md.append("| baseline | detector (setting) | sensitivity | false alarms / 100 series-weeks | "
                + "false-alarm rate (non-outbreak points) | median days to detection |\n");
        md.append("|---|---|---:|---:|---:|---:|\n");

        RandomDataGenerator rng = new RandomDataGenerator(new Well19937c(SEED));
        for (double level : new double[] {2, 8}) {
            List<Injected> daily = new ArrayList<>();
            for (int i = 0; i < DAILY_SERIES_PER_LEVEL; i++) {
                daily.add(injectDaily(simulateDaily(rng, level), rng));
            }
            for (Setting s : dailySettings()) {
                md.append(score(daily, s, 1).row("simulated daily NB, " + (int) level + "/day", s))
                        .append('\n');
            }
        }
        List<Injected> weekly = new ArrayList<>();
        for (Map.Entry<String, CountSeries> e : ReferenceData.inputs().entrySet()) {
            if (e.getKey().startsWith("salmNewport/") || e.getKey().startsWith("salmAllOnset/")) {
                for (int r = 0; r < WEEKLY_REPLICATES; r++) {
                    weekly.add(injectWeekly(e.getValue(), rng));
                }
            }
        }
        for (Setting s : weeklySettings()) {
            md.append(score(weekly, s, 7).row("peer weekly (salmNewport ×16, salmAllOnset)", s))
                    .append('\n');
        }
        md.append("\n")
                .append(DAILY_SERIES_PER_LEVEL)
                .append(" daily series per level × 52 weeks; ")
                .append(weekly.size())
                .append(" weekly series-runs × 104 weeks; seed ")
                .append(SEED)
                .append("; run time ")
                .append(fmt((System.nanoTime() - started) / 1e9, 1))
                .append(" s.\n");
        Path out = Path.of("target", "detection-quality.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md.toString());
        System.out.print(md);
    }

    static List<Setting> dailySettings() {
        return List.of(
                new Setting("EARS C1 (α 0.001)", "earsC", Map.of("method", "C1")),
                new Setting("EARS C2 (α 0.001)", "earsC", Map.of("method", "C2")),
                new Setting("EARS C3 (α 0.025)", "earsC", Map.of("method", "C3")),
                new Setting("EARS C2 (α 0.01)", "earsC", Map.of("method", "C2", "alpha", 0.01)),
                new Setting("CUSUM (k 0.5, h 4)", "cusum", Map.of()),
                new Setting("CUSUM (k 0.5, h 2)", "cusum", Map.of("h", 2)),
                new Setting("ESSENCE EWMA (p < 0.01)", "essenceEwma", Map.of()),
                new Setting("MPM daily 7-day sum, P80", "movingPercentile", Map.of("window", 7, "minCount", 1)),
                new Setting(
                        "MPM daily 7-day sum, P90",
                        "movingPercentile",
                        Map.of("window", 7, "minCount", 1, "percentile", 0.9)));
    }

    static List<Setting> weeklySettings() {
        return List.of(
                new Setting("farringtonFlexible (defaults)", "farringtonFlexible", Map.of()),
                new Setting(
                        "farringtonFlexible Noufaily (noPeriods 10, 26 wk, nbPlugin)",
                        "farringtonFlexible",
                        Map.of("noPeriods", 10, "pastWeeksNotIncluded", 26, "thresholdMethod", "nbPlugin")),
                new Setting("MPM weekly P80", "movingPercentile", Map.of()),
                new Setting("MPM weekly P90", "movingPercentile", Map.of("percentile", 0.9)),
                new Setting("EARS C1 on weeks (α 0.001)", "earsC", Map.of("method", "C1")));
    }

    /** Daily Gamma-Poisson counts: mean level × weekday factor × (1 + 0.25 cos(annual)), NB size 4. */
    static CountSeries simulateDaily(RandomDataGenerator rng, double level) {
        int n = DAILY_YEARS * 364;
        LocalDate first = LocalDate.of(2022, 1, 3); // a Monday
        double[] y = new double[n];
        List<LocalDate> dates = new ArrayList<>(n);
        double size = 4;
        for (int i = 0; i < n; i++) {
            double mean = level * WEEKDAY[i % 7] * (1 + 0.25 * Math.cos(2 * Math.PI * i / 365.25));
            double lambda = rng.nextGamma(size, mean / size);
            y[i] = lambda > 0 ? rng.nextPoisson(lambda) : 0;
            dates.add(first.plusDays(i));
        }
        return CountSeries.dated(365, dates, y);
    }

    /** Outbreak size 5-30 over 3-14 days; day offsets from a triangular curve on [0, D) peaking at D/3. */
    static int[] outbreakCurve(RandomDataGenerator rng, int[] sizeOut) {
        int size = rng.nextInt(5, 30);
        int days = rng.nextInt(3, 14);
        int[] curve = new int[days];
        double mode = days / 3.0;
        for (int c = 0; c < size; c++) {
            double u = rng.nextUniform(0, 1);
            double x = u < mode / days ? Math.sqrt(u * days * mode) : days - Math.sqrt((1 - u) * days * (days - mode));
            curve[Math.min(days - 1, (int) x)]++;
        }
        sizeOut[0] = size;
        return curve;
    }

    static Injected injectDaily(CountSeries s, RandomDataGenerator rng) {
        double[] y = s.observed();
        int n = y.length;
        int evalFrom = n - DAILY_EVAL_DAYS;
        int[] size = new int[1];
        int[] curve = outbreakCurve(rng, size);
        int start = rng.nextInt(evalFrom, n - curve.length);
        for (int d = 0; d < curve.length; d++) {
            y[start + d] += curve[d];
        }
        return new Injected(CountSeries.dated(365, s.dates(), y), evalFrom, start, start + curve.length - 1, size[0]);
    }

    /** Weekly: the outbreak's days fall into weeks; day index = 7 × week index + day of week. */
    static Injected injectWeekly(CountSeries s, RandomDataGenerator rng) {
        double[] y = s.observed();
        int weeks = y.length;
        int evalFromWeek = weeks - WEEKLY_EVAL_WEEKS;
        int[] size = new int[1];
        int[] curve = outbreakCurve(rng, size);
        int start = rng.nextInt(7 * evalFromWeek, 7 * weeks - curve.length);
        for (int d = 0; d < curve.length; d++) {
            y[(start + d) / 7] += curve[d];
        }
        return new Injected(new CountSeries(52, s.dates(), y), evalFromWeek, start, start + curve.length - 1, size[0]);
    }

    /** @param daysPerPoint 1 for daily series, 7 for weekly ones */
    static Tally score(List<Injected> runs, Setting setting, int daysPerPoint) {
        Detector detector = setting.detector();
        Tally t = new Tally();
        for (Injected run : runs) {
            CountSeries s = run.series();
            DetectionResult r = detector.detect(s, EvaluationRange.of(run.evalFrom() + 1, s.length()));
            t.outbreaks++;
            t.seriesWeeks += (double) (s.length() - run.evalFrom()) * daysPerPoint / 7;
            Integer delay = null;
            for (DetectionPoint p : r.points()) {
                int firstDay = (p.t() - 1) * daysPerPoint;
                int lastDay = firstDay + daysPerPoint - 1;
                boolean alarm = Boolean.TRUE.equals(p.alarm());
                boolean inOutbreak = lastDay >= run.outbreakStart() && firstDay <= run.outbreakEnd();
                boolean inGrace =
                        !inOutbreak && firstDay > run.outbreakEnd() && firstDay <= run.outbreakEnd() + GRACE_DAYS;
                if (inOutbreak) {
                    if (alarm && delay == null) {
                        delay = lastDay - run.outbreakStart();
                    }
                } else if (!inGrace) {
                    t.nonOutbreakPoints++;
                    if (alarm) {
                        t.falseAlarms++;
                    }
                }
            }
            if (delay != null) {
                t.detected++;
                t.delays.add(delay);
            }
        }
        return t;
    }

    static double median(int[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    static String fmt(double v, int digits) {
        return String.format(Locale.ROOT, "%." + digits + "f", v);
    }

    private DetectionQualityHarness() {}
}
