package channelsim.model;

/**
 * The daily measures of a run, in {@code timeseries.csv} column order after {@code day,date}: each declares
 * its column name, how it becomes one number per run, its unit, its meaning and how a day's value is read
 * from the model (Mesa's DataCollector, as an enum), so a new output is one constant here. A FLOW is
 * summed over the run in {@code summary.json}; a LEVEL is averaged over days; an END level reports the
 * last day; a RATIO is recomputed from totals (see {@link RunResult}).
 */
public enum Metric {
    ARRIVALS("arrivals", Kind.FLOW, "people", "people landed in the UK by small boat",
            t -> t.flows.arrivals),
    LAUNCHES("launches", Kind.FLOW, "boats", "boats that set off or tried to (including those stopped on the beach)",
            t -> t.boats),
    BOATS_ARRIVED("boats_arrived", Kind.FLOW, "boats", "boats that reached the UK",
            t -> t.landed),
    PEOPLE_PER_BOAT("people_per_boat", Kind.RATIO, "people/boat", "people landed per boat arrived",
            t -> t.landed > 0 ? (double) t.flows.arrivals / t.landed : 0),
    PREVENTED("prevented", Kind.FLOW, "people", "people stopped on land by French police",
            t -> t.flows.prevented),
    INTERCEPTED("intercepted", Kind.FLOW, "people", "people stopped in shallow water or turned back at sea to France",
            t -> t.flows.intercepted),
    RETURNED("returned", Kind.FLOW, "people", "arrivals returned to France (one in, one out or return-all)",
            t -> t.flows.returned),
    LEGAL_INTAKE("legal_intake", Kind.FLOW, "people", "people admitted to the UK by the legal route",
            t -> t.flows.legal),
    DETERRED("deterred", Kind.FLOW, "people", "people who gave up crossing (asylum in France, elsewhere in Europe)",
            t -> t.flows.deterred),
    DEATHS("deaths", Kind.FLOW, "people", "deaths at sea or in shallow-water interventions",
            t -> t.flows.deaths),
    WAITING("waiting", Kind.LEVEL, "people", "people in camps in northern France at the end of the day",
            t -> t.pool.count(MigrantState.IN_CAMP) + t.pool.count(MigrantState.BOOKED)),
    PRICE("price", Kind.LEVEL, "GBP/place", "mean price of a place across gangs",
            t -> t.model.marketPrice()),
    GANG_REVENUE("gang_revenue", Kind.FLOW, "GBP", "money paid to gangs for places",
            t -> t.revenue),
    ATTEMPTS("attempts", Kind.FLOW, "people", "people who set off or tried to (arrived + prevented + intercepted + died)",
            t -> t.flows.attempts),
    BOATS_PREVENTED("boats_prevented", Kind.FLOW, "boats", "launches stopped on land",
            t -> t.boatsPrevented),
    BOATS_INTERCEPTED("boats_intercepted", Kind.FLOW, "boats", "boats stopped in shallow water or turned back at sea",
            t -> t.boatsStopped),
    SHALLOW_WATER_STOPS("shallow_water_stops", Kind.FLOW, "boats", "boats stopped in shallow water under the maritime doctrine",
            t -> t.model.police().getShallowStopsToday()),
    THIRD_COUNTRY_REMOVALS("third_country_removals", Kind.FLOW, "people", "removals to returns hubs or a Rwanda-like third country",
            t -> t.flows.third),
    REMOVED_HOME("removed_home", Kind.FLOW, "people", "arrivals removed to their own country under a return agreement",
            t -> t.flows.removedHome),
    ONWARD_TRANSFERS("onward_transfers", Kind.FLOW, "people", "returnees sent on to a Med Five first-entry state",
            t -> t.flows.onward),
    BACKLOG("backlog", Kind.END, "people", "small-boat arrivals awaiting an asylum decision",
            t -> t.backlog),
    GRANTED("granted", Kind.FLOW, "people", "asylum claims granted",
            t -> t.flows.granted),
    ABSCONDED("absconded", Kind.FLOW, "people", "refused asylum seekers who absconded",
            t -> t.flows.absconded),
    PUBLIC_COST("public_cost", Kind.FLOW, "GBP", "UK public cost: funding to France, asylum support, Border Force, returns, removals",
            t -> t.publicCost),
    GANGS("gangs", Kind.LEVEL, "gangs", "gangs operating",
            t -> t.model.liveGangs()),
    OFFICERS("officers", Kind.LEVEL, "officers", "French officers on the coast (including those funded later)",
            t -> t.model.police().getOfficers()),
    TAXI_SHARE("taxi_share", Kind.LEVEL, "share", "share of launches by taxi boat",
            t -> t.boats > 0 ? (double) t.taxi / t.boats : 0),
    SOUTHERN_SHARE("southern_share", Kind.LEVEL, "share", "share of launches from beaches south of Boulogne (displacement)",
            t -> t.boats > 0 ? (double) t.south / t.boats : 0),
    WEATHER("weather", Kind.LEVEL, "0-1", "crossing quality of the day (0 = red, no crossing possible)",
            t -> t.model.weather().getQuality()),
    INFLOW("inflow", Kind.FLOW, "people", "people moving through continental Europe towards north-west Europe, before choosing the Channel or elsewhere",
            t -> t.model.arrivalsToday()),
    LEGAL_WAITING("legal_waiting", Kind.LEVEL, "people", "people waiting for the legal route",
            t -> t.pool.count(MigrantState.LEGAL_WAIT)),
    BELIEVED_RETURN("believed_return", Kind.LEVEL, "share", "mean believed chance of being returned or removed, among those waiting",
            t -> t.flows.campCount > 0 ? t.flows.believedReturnSum / t.flows.campCount : 0),
    BELIEVED_JOB("believed_job", Kind.LEVEL, "share", "mean believed chance of illegal work in the UK, among those waiting",
            t -> t.flows.campCount > 0 ? t.flows.believedJobSum / t.flows.campCount : 0),
    RETURNS_QUOTA("returns_quota", Kind.FLOW, "people", "returns allowed by the quota in force, a seventh of the weekly quota a day (0 when no scheme): a ceiling, summed over the run",
            t -> t.model.levers().returnsCapacityPerWeek() / 7.0),
    REPEAT_ARRIVALS("repeat_arrivals", Kind.FLOW, "people", "arrivals of people already returned to France once (the merry-go-round); arrivals - repeat_arrivals = people arriving for the first time",
            t -> t.flows.repeatArrivals),
    PEOPLE_ARRIVED("people_arrived", Kind.FLOW, "people", "distinct people landed in the UK: arrivals less second and later landings on recorded days",
            t -> t.flows.peopleArrived),
    DIVERTED_UPSTREAM("diverted_upstream", Kind.FLOW, "people", "people moving through Europe who chose another destination than the Channel",
            t -> t.model.divertedToday()),
    WENT_ELSEWHERE("went_elsewhere", Kind.FLOW, "people", "people who went to another European state: diverted upstream or gave up at the coast (displacement); by group in summary.json",
            t -> t.model.divertedToday() + t.flows.deterred),
    RETURNS_INELIGIBLE("returns_ineligible", Kind.FLOW, "people", "arrivals referred for return who were not eligible (UK links, minors, no evidence of passage through France)",
            t -> t.flows.returnIneligible),
    RETURNS_DETAINED("returns_detained", Kind.FLOW, "people", "eligible arrivals detained for return to France",
            t -> t.flows.detainedIn),
    RETURNS_RELEASED("returns_released", Kind.FLOW, "people", "detained arrivals released after a successful legal challenge",
            t -> t.flows.released),
    IN_RETURN_PIPELINE("in_return_pipeline", Kind.LEVEL, "people", "people detained awaiting return to France (identification, challenge, France's acceptance)",
            t -> t.pool.count(MigrantState.DETAINED)),
    DEATHS_EMBARKATION("deaths_embarkation", Kind.FLOW, "people", "deaths in crushes while boarding overloaded boats",
            t -> t.flows.deathsByCause[DeathCause.EMBARKATION.ordinal()]),
    DEATHS_AT_SEA("deaths_at_sea", Kind.FLOW, "people", "deaths in incidents at sea (by load, boat type and weather)",
            t -> t.flows.deathsByCause[DeathCause.AT_SEA.ordinal()]),
    DEATHS_INTERVENTION("deaths_intervention", Kind.FLOW, "people", "deaths in French shallow-water interventions",
            t -> t.flows.deathsByCause[DeathCause.INTERVENTION.ordinal()]),
    DEATHS_TAXI_PICKUP("deaths_taxi_pickup", Kind.FLOW, "people", "deaths wading or swimming out to taxi boats",
            t -> t.flows.deathsByCause[DeathCause.TAXI_PICKUP.ordinal()]),
    RED_DAYS("red_days", Kind.FLOW, "days", "1 on a red day (crossing unlikely, the Home Office's assessment), else 0",
            t -> t.model.weather().isRed() ? 1 : 0),
    AMBER_DAYS("amber_days", Kind.FLOW, "days", "1 on an amber day (crossing possible but marginal), else 0",
            t -> t.model.weather().isAmber() ? 1 : 0),
    INLAND_LAUNCHES("inland_launches", Kind.FLOW, "boats", "taxi boats put in up rivers and canals",
            t -> t.inland),
    GANG_KNOW_HOW("gang_know_how", Kind.LEVEL, "0-1", "mean know-how of the operating gangs (learned from boats stopped)",
            t -> t.knowHow);

    /** How a daily series becomes one number per run, in the words of the data dictionary. */
    public enum Kind {
        FLOW("total"), LEVEL("daily mean"), END("end value"), RATIO("ratio of totals");

        public final String aggregation;

        Kind(String aggregation) { this.aggregation = aggregation; }
    }

    public final String column;
    public final Kind kind;
    public final String unit;
    public final String meaning;
    /** How one day's value is read from the model, declared beside the name, unit and meaning. */
    final Measure measure;

    /** Reads one day's value from the day's tally. */
    @FunctionalInterface
    interface Measure {
        double of(DayTally t);
    }

    Metric(String column, Kind kind, String unit, String meaning, Measure measure) {
        this.column = column;
        this.kind = kind;
        this.unit = unit;
        this.meaning = meaning;
        this.measure = measure;
    }

    /** This metric's data-dictionary entry (its name, unit, aggregation and meaning, as declared above). */
    public OutputSpec spec() { return new OutputSpec(column, unit, kind.aggregation, meaning); }

    private static final Metric[] VALUES = values();

    public static int count() { return VALUES.length; }

    public static Metric of(int i) { return VALUES[i]; }

    /** Every metric in column order (the shared array: do not modify). */
    static Metric[] all() { return VALUES; }
}
