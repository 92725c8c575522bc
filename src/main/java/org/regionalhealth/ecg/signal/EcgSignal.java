package org.regionalhealth.ecg.signal;

import java.util.EnumMap;
import java.util.Map;

/**
 * A 12-lead ECG as sampled values in millivolts, every lead the same length at one sampling rate.
 *
 * @param sampleRate samples per second
 * @param leads the twelve leads, in millivolts
 */
public record EcgSignal(double sampleRate, Map<Lead, double[]> leads) {

    public EcgSignal {
        leads = new EnumMap<>(leads);
    }

    public double[] lead(Lead lead) {
        return leads.get(lead);
    }

    public int length() {
        return leads.values().iterator().next().length;
    }

    public double durationSeconds() {
        return length() / sampleRate;
    }

    /**
     * The limb leads III, aVR, aVL and aVF from I and II (Einthoven's law and Goldberger's augmented leads): what an
     * electrocardiograph does when it records only the eight independent leads.
     */
    public static void deriveLimbLeads(Map<Lead, double[]> leads) {
        double[] i = leads.get(Lead.I);
        double[] ii = leads.get(Lead.II);
        int n = i.length;
        double[] iii = new double[n];
        double[] avr = new double[n];
        double[] avl = new double[n];
        double[] avf = new double[n];
        for (int k = 0; k < n; k++) {
            iii[k] = ii[k] - i[k];
            avr[k] = -(i[k] + ii[k]) / 2;
            avl[k] = i[k] - ii[k] / 2;
            avf[k] = ii[k] - i[k] / 2;
        }
        leads.putIfAbsent(Lead.III, iii);
        leads.putIfAbsent(Lead.AVR, avr);
        leads.putIfAbsent(Lead.AVL, avl);
        leads.putIfAbsent(Lead.AVF, avf);
    }
}
