package channelsim.config;

import java.time.LocalDate;

/** A parameter that takes a new value on a date (a scenario's {@code timeline:}). Value is already validated. */
public record TimedChange(LocalDate date, String key, Object value) {}
