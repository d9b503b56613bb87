package channelsim.policy;

import java.time.LocalDate;

/** When a lever is in force: switched on, and the date inside its window. The one rule for every policy. */
final class Lever {
    private Lever() {}

    /** True if the lever is enabled and date is on or after start and, when an end is given, on or before it. */
    static boolean inForce(boolean enabled, LocalDate start, LocalDate end, LocalDate date) {
        return enabled && (start == null || !date.isBefore(start)) && (end == null || !date.isAfter(end));
    }
}
