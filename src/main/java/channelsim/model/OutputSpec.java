package channelsim.model;

/**
 * One row of the data dictionary ({@code describe --outputs}, {@code outputs.csv}): an output's name (a
 * column or a summary metric; {@code <group>} and {@code <metric>} stand for families), its unit, how it is
 * aggregated over a run or a study (total, daily mean, end value, ...), and what it means.
 */
public record OutputSpec(String name, String unit, String aggregation, String meaning) {}
