package channelsim.config;

import java.time.LocalDate;

/**
 * A parameter that takes a new value on a date (a scenario's {@code timeline:}). Value is already validated.
 * Serializable, with {@link Scenario}, so that a cluster's driver can ship a resolved scenario to its executors.
 */
public record TimedChange(LocalDate date, String key, Object value) implements java.io.Serializable {}
