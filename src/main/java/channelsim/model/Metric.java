package channelsim.model;

/**
 * The daily measures of a run, in {@code timeseries.csv} column order after {@code day,date}. A FLOW is
 * summed over the run in {@code summary.json}; a LEVEL is averaged over days; an END level reports the
 * last day; a RATIO is recomputed from totals (see {@link RunResult}).
 */
public enum Metric {
    ARRIVALS("arrivals", Kind.FLOW, "people", "people landed in the UK by small boat"),
    LAUNCHES("launches", Kind.FLOW, "boats", "boats that set off or tried to (including those stopped on the beach)"),
    BOATS_ARRIVED("boats_arrived", Kind.FLOW, "boats", "boats that reached the UK"),
    PEOPLE_PER_BOAT("people_per_boat", Kind.RATIO, "people/boat", "people landed per boat arrived"),
    PREVENTED("prevented", Kind.FLOW, "people", "people stopped on land by French police"),
    INTERCEPTED("intercepted", Kind.FLOW, "people", "people stopped in shallow water or turned back at sea to France"),
    RETURNED("returned", Kind.FLOW, "people", "arrivals returned to France (one in, one out or return-all)"),
    LEGAL_INTAKE("legal_intake", Kind.FLOW, "people", "people admitted to the UK by the legal route"),
    DETERRED("deterred", Kind.FLOW, "people", "people who gave up crossing (asylum in France, elsewhere in Europe)"),
    DEATHS("deaths", Kind.FLOW, "people", "deaths at sea or in shallow-water interventions"),
    WAITING("waiting", Kind.LEVEL, "people", "people in camps in northern France at the end of the day"),
    PRICE("price", Kind.LEVEL, "GBP/place", "mean price of a place across gangs"),
    GANG_REVENUE("gang_revenue", Kind.FLOW, "GBP", "money paid to gangs for places"),
    ATTEMPTS("attempts", Kind.FLOW, "people", "people who set off or tried to (arrived + prevented + intercepted + died)"),
    BOATS_PREVENTED("boats_prevented", Kind.FLOW, "boats", "launches stopped on land"),
    BOATS_INTERCEPTED("boats_intercepted", Kind.FLOW, "boats", "boats stopped in shallow water or turned back at sea"),
    SHALLOW_WATER_STOPS("shallow_water_stops", Kind.FLOW, "boats", "boats stopped in shallow water under the maritime doctrine"),
    THIRD_COUNTRY_REMOVALS("third_country_removals", Kind.FLOW, "people", "removals to returns hubs or a Rwanda-like third country"),
    REMOVED_HOME("removed_home", Kind.FLOW, "people", "arrivals removed to their own country under a return agreement"),
    ONWARD_TRANSFERS("onward_transfers", Kind.FLOW, "people", "returnees sent on to a Med Five first-entry state"),
    BACKLOG("backlog", Kind.END, "people", "small-boat arrivals awaiting an asylum decision"),
    GRANTED("granted", Kind.FLOW, "people", "asylum claims granted"),
    ABSCONDED("absconded", Kind.FLOW, "people", "refused asylum seekers who absconded"),
    PUBLIC_COST("public_cost", Kind.FLOW, "GBP", "UK public cost: funding to France, asylum support, Border Force, returns, removals"),
    GANGS("gangs", Kind.LEVEL, "gangs", "gangs operating"),
    OFFICERS("officers", Kind.LEVEL, "officers", "French officers on the coast (including those funded later)"),
    TAXI_SHARE("taxi_share", Kind.LEVEL, "share", "share of launches by taxi boat"),
    SOUTHERN_SHARE("southern_share", Kind.LEVEL, "share", "share of launches from beaches south of Boulogne (displacement)"),
    WEATHER("weather", Kind.LEVEL, "0-1", "crossing quality of the day (0 = red, no crossing possible)"),
    INFLOW("inflow", Kind.FLOW, "people", "new arrivals in northern France"),
    LEGAL_WAITING("legal_waiting", Kind.LEVEL, "people", "people waiting for the legal route"),
    BELIEVED_RETURN("believed_return", Kind.LEVEL, "share", "mean believed chance of being returned or removed, among those waiting"),
    BELIEVED_JOB("believed_job", Kind.LEVEL, "share", "mean believed chance of illegal work in the UK, among those waiting"),
    RETURNS_QUOTA("returns_quota", Kind.LEVEL, "people/week", "weekly returns quota in force (0 when no scheme)"),
    REPEAT_ARRIVALS("repeat_arrivals", Kind.FLOW, "people", "arrivals of people already returned to France once (the merry-go-round); arrivals - repeat_arrivals = people arriving for the first time"),
    DEATHS_EMBARKATION("deaths_embarkation", Kind.FLOW, "people", "deaths in crushes while boarding overloaded boats"),
    DEATHS_AT_SEA("deaths_at_sea", Kind.FLOW, "people", "deaths in incidents at sea (by load, boat type and weather)"),
    DEATHS_INTERVENTION("deaths_intervention", Kind.FLOW, "people", "deaths in French shallow-water interventions"),
    DEATHS_TAXI_PICKUP("deaths_taxi_pickup", Kind.FLOW, "people", "deaths wading or swimming out to taxi boats"),
    RED_DAYS("red_days", Kind.FLOW, "days", "1 on a red day (crossing unlikely, the Home Office's assessment), else 0"),
    AMBER_DAYS("amber_days", Kind.FLOW, "days", "1 on an amber day (crossing possible but marginal), else 0"),
    INLAND_LAUNCHES("inland_launches", Kind.FLOW, "boats", "taxi boats put in up rivers and canals"),
    GANG_KNOW_HOW("gang_know_how", Kind.LEVEL, "0-1", "mean know-how of the operating gangs (learned from boats stopped)");

    public enum Kind { FLOW, LEVEL, END, RATIO }

    public final String column;
    public final Kind kind;
    public final String unit;
    public final String meaning;

    Metric(String column, Kind kind, String unit, String meaning) {
        this.column = column;
        this.kind = kind;
        this.unit = unit;
        this.meaning = meaning;
    }

    private static final Metric[] VALUES = values();

    public static int count() { return VALUES.length; }

    public static Metric of(int i) { return VALUES[i]; }
}
