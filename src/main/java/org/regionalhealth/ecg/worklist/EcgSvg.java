package org.regionalhealth.ecg.worklist;

import java.util.Locale;
import org.regionalhealth.ecg.signal.EcgSignal;
import org.regionalhealth.ecg.signal.Lead;

/**
 * The 12-lead ECG as printed: the standard grid (1 mm minor, 5 mm major), 25 mm/s and 10 mm/mV, three rows of four
 * 2.5 s columns (I aVR V1 V4 / II aVL V2 V5 / III aVF V3 V6) and a 10 s lead II rhythm strip, a 1 mV calibration
 * pulse at the start of each row. The SVG's user unit is the millimetre, so it prints at true scale on A4 landscape
 * and scales to the screen width (about 4.6 px per mm at 1,440 px).
 */
final class EcgSvg {

    static final Lead[][] LAYOUT = {
        {Lead.I, Lead.AVR, Lead.V1, Lead.V4},
        {Lead.II, Lead.AVL, Lead.V2, Lead.V5},
        {Lead.III, Lead.AVF, Lead.V3, Lead.V6}
    };
    private static final double MM_PER_S = 25;
    private static final double MM_PER_MV = 10;
    private static final double LEFT = 10;
    private static final double ROW = 30;

    private EcgSvg() {}

    static String render(EcgSignal signal, String title) {
        double seconds = Math.min(10, signal.durationSeconds());
        double width = LEFT + seconds * MM_PER_S + 2;
        double height = 4 * ROW + 2;
        var svg = new StringBuilder(200_000);
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"ecg-svg\" viewBox=\"0 0 %.1f %.1f\" role=\"img\" aria-label=\"%s\">",
                width,
                height,
                escape(title)));
        svg.append("<defs><pattern id=\"ecg-minor\" width=\"1\" height=\"1\" patternUnits=\"userSpaceOnUse\">")
                .append("<path d=\"M1 0H0V1\" fill=\"none\" class=\"ecg-grid-minor\"/></pattern>")
                .append("<pattern id=\"ecg-major\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\">")
                .append("<rect width=\"5\" height=\"5\" fill=\"url(#ecg-minor)\"/>")
                .append("<path d=\"M5 0H0V5\" fill=\"none\" class=\"ecg-grid-major\"/></pattern></defs>");
        svg.append(String.format(
                Locale.ROOT,
                "<rect class=\"ecg-paper\" width=\"%.1f\" height=\"%.1f\" fill=\"url(#ecg-major)\"/>",
                width,
                height));
        int step = Math.max(1, (int) Math.round(signal.sampleRate() / 250));
        for (int r = 0; r < 3; r++) {
            double base = ROW / 2 + r * ROW;
            calibration(svg, base);
            for (int c = 0; c < 4; c++) {
                double from = c * 2.5;
                if (from >= seconds) {
                    break;
                }
                Lead lead = LAYOUT[r][c];
                double x0 = LEFT + from * MM_PER_S;
                trace(svg, signal.lead(lead), signal.sampleRate(), from, Math.min(seconds, from + 2.5), x0, base, step);
                label(svg, lead.label(), x0 + 1, base - ROW / 2 + 4);
                if (c > 0) {
                    svg.append(String.format(
                            Locale.ROOT,
                            "<path class=\"ecg-divider\" d=\"M%.2f %.2fV%.2f\"/>",
                            x0,
                            base - 3,
                            base + 3));
                }
            }
        }
        double rhythmBase = ROW / 2 + 3 * ROW;
        calibration(svg, rhythmBase);
        trace(svg, signal.lead(Lead.II), signal.sampleRate(), 0, seconds, LEFT, rhythmBase, step);
        label(svg, "II", LEFT + 1, rhythmBase - ROW / 2 + 4);
        svg.append("</svg>");
        return svg.toString();
    }

    private static void trace(
            StringBuilder svg, double[] mv, double fs, double from, double to, double x0, double base, int step) {
        int start = (int) Math.round(from * fs);
        int end = Math.min(mv.length, (int) Math.round(to * fs));
        svg.append("<polyline class=\"ecg-trace\" points=\"");
        for (int i = start; i < end; i += step) {
            double x = x0 + (i - start) / fs * MM_PER_S;
            double y = base - Math.max(-1.45, Math.min(1.45, mv[i])) * MM_PER_MV;
            svg.append(String.format(Locale.ROOT, "%.2f,%.2f ", x, y));
        }
        svg.append("\"/>");
    }

    private static void calibration(StringBuilder svg, double base) {
        svg.append(String.format(
                Locale.ROOT,
                "<path class=\"ecg-trace\" d=\"M2 %.2fH3.5V%.2fH8.5V%.2fH10\"/>",
                base,
                base - MM_PER_MV,
                base));
    }

    private static void label(StringBuilder svg, String text, double x, double y) {
        svg.append(String.format(Locale.ROOT, "<text class=\"ecg-lead\" x=\"%.2f\" y=\"%.2f\">%s</text>", x, y, text));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
