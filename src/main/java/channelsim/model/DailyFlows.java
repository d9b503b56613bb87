package channelsim.model;

import java.util.Arrays;

/**
 * What the migrants did today, counted by camp life and the asylum system as it happens and read by the
 * recorder at the end of the day; reset when the migrants' day begins.
 */
final class DailyFlows {
    /** Migrants whose records were read today: everyone in France, and the UK claimants on the lists looked at. */
    int stepped;
    int arrivals, prevented, intercepted, deaths, deterred, removedHome, third, hub, onward, repeatArrivals, granted,
            absconded, legal, returned, attempts;
    /** The returns pipeline today: referred but ineligible, eligible but no detention place, detained, released after a challenge. */
    int returnIneligible, noDetentionPlace, detainedIn, released;
    /** Arrivals of people landing for the first time on a recorded day. */
    int peopleArrived;
    final int[] arrivalsByGroup;
    /** People who gave up at the coast by origin group since the run began (warm-up included). */
    final long[] deterredByGroupTotal;
    /** Today's deaths by {@link DeathCause} (ordinal). */
    final int[] deathsByCause = new int[DeathCause.count()];
    /** Arrivals by origin group since the run began (warm-up included). */
    final long[] arrivalsByGroupTotal;
    /** The day's sums of believed chances of return and of work over people in camps, and their number. */
    double believedReturnSum, believedJobSum;
    int campCount;

    DailyFlows(int groups) {
        arrivalsByGroup = new int[groups];
        arrivalsByGroupTotal = new long[groups];
        deterredByGroupTotal = new long[groups];
    }

    void reset() {
        arrivals = prevented = intercepted = deaths = deterred = removedHome = 0;
        third = hub = onward = repeatArrivals = granted = absconded = legal = returned = attempts = 0;
        returnIneligible = noDetentionPlace = detainedIn = released = peopleArrived = 0;
        Arrays.fill(arrivalsByGroup, 0);
        Arrays.fill(deathsByCause, 0);
        believedReturnSum = believedJobSum = 0;
        campCount = 0;
        stepped = 0;
    }

    /** Adds today's arrivals by group to the run's totals. */
    void closeDay() {
        for (int g = 0; g < arrivalsByGroup.length; g++) arrivalsByGroupTotal[g] += arrivalsByGroup[g];
    }
}
