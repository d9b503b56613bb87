package channelsim.model;

/**
 * What the policies set each day and the agents act on. Policies change these options, never an output
 * directly; e.g. one in, one out sets {@link #weeklyReturnQuota} and the Home Office carries out returns.
 */
public final class Levers {
    /** Officers the French police are funded and ordered to deploy (reached after a hiring delay). */
    public double officersTarget;
    public boolean maritimeDoctrine;
    /** Returns to France a week under one in, one out, in people (0 = none). */
    public double weeklyReturnQuota;
    public boolean returnAll;
    public double returnAllCapacityPerWeek;
    public double legalIntakeRatio;
    public int returnEligibilityDays = 30;
    /** True chance of illegal work in the UK this day. */
    public double jobChance;
    public double hubCapacityPerWeek;
    public double thirdCountryCapacityPerWeek;
    public int thirdCountryEligibilityDays = 60;
    /** Share of returnees with a first-entry record sent on to a Med Five state (0 = none). */
    public double medFiveShare;
    /** The EU has suspended the bilateral scheme (returns and legal intake stop). */
    public boolean schemeSuspended;
    /** Illegal-working enforcement in force (1.0 = the 2025 level), for the cost account. */
    public double illegalWorkingEnforcement;

    /** Any returns to France possible today (a scheme on and not suspended). */
    public boolean returnsActive() {
        return !schemeSuspended && (returnAll || weeklyReturnQuota > 0);
    }

    /** Weekly returns to France allowed by the schemes in force. */
    public double returnsCapacityPerWeek() {
        if (schemeSuspended) return 0;
        return returnAll ? returnAllCapacityPerWeek : weeklyReturnQuota;
    }
}
