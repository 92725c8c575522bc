package org.regionalhealth.emergency;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An out-of-hospital cardiac arrest (院外心脏骤停) with the Utstein 2014 core elements (Perkins et al., Circulation
 * 2015;132:1286). The patient is not named (age and sex only); the bystander who used an AED is, for the reward fund.
 *
 * @param callAt time of the 120 call
 * @param resuscitationAttempted CPR or defibrillation attempted by anyone (the denominator of every outcome rate)
 * @param dispatcherRecognised the 120 dispatcher recognised the arrest during the call
 * @param bystanderCpr CPR by a bystander before the ambulance
 * @param bystanderAed a public-access AED applied by a bystander before the ambulance
 * @param aedId the registry's AED that was used, when known
 * @param shocks shocks delivered by the bystander AED
 * @param responseMinutes call to ambulance at the patient
 * @param anyRosc any return of spontaneous circulation
 * @param survivedEvent sustained ROSC to handover at hospital (存活入院): the registry's "抢救成功"
 * @param survivedDischarge alive at hospital discharge or 30 days; null while unknown
 * @param cpc Cerebral Performance Category at discharge (1–5); 1–2 is a good neurological outcome
 */
public record CardiacArrest(
        long id,
        String townCode,
        Instant callAt,
        @Nullable Integer age,
        String sex,
        ArrestLocation location,
        Witnessed witnessed,
        Aetiology aetiology,
        boolean resuscitationAttempted,
        boolean dispatcherRecognised,
        boolean bystanderCpr,
        boolean bystanderAed,
        @Nullable Long aedId,
        int shocks,
        FirstRhythm firstRhythm,
        @Nullable Integer responseMinutes,
        boolean anyRosc,
        boolean survivedEvent,
        @Nullable Boolean survivedDischarge,
        @Nullable Integer cpc,
        @Nullable String rescuerName,
        @Nullable String rescuerPhone) {

    /** Pre-hospital resuscitation success as the registry counts it: attempted and survived the event. */
    public boolean success() {
        return resuscitationAttempted && survivedEvent;
    }

    /** Good neurological outcome at discharge: alive with CPC 1 or 2. */
    public boolean goodNeurology() {
        return Boolean.TRUE.equals(survivedDischarge) && cpc != null && cpc <= 2;
    }

    /** The Utstein comparator group: bystander-witnessed with a shockable first rhythm, resuscitation attempted. */
    public boolean utsteinComparator() {
        return resuscitationAttempted && witnessed == Witnessed.BYSTANDER && firstRhythm == FirstRhythm.SHOCKABLE;
    }

    /** The same record with the rescuer's phone masked (and the name, when the reader may not see names). */
    public CardiacArrest masked(boolean fullName) {
        return new CardiacArrest(
                id,
                townCode,
                callAt,
                age,
                sex,
                location,
                witnessed,
                aetiology,
                resuscitationAttempted,
                dispatcherRecognised,
                bystanderCpr,
                bystanderAed,
                aedId,
                shocks,
                firstRhythm,
                responseMinutes,
                anyRosc,
                survivedEvent,
                survivedDischarge,
                cpc,
                rescuerName == null || fullName ? rescuerName : org.regionalhealth.residents.Masking.name(rescuerName),
                org.regionalhealth.residents.Masking.phone(rescuerPhone));
    }
}
