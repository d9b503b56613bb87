package channelsim.model;

/**
 * The {@code gangs.} block: boats, prices, loads, beaches, entry and exit of the smuggling gangs. The one place these keys are named: agents read
 * the typed fields, refreshed when the parameters change (see {@link Settings}). Defaults, ranges and
 * sources are in {@code channelsim.config.ParameterRegistry}.
 */
public final class GangSettings extends BlockSettings {
    public static final String INITIAL_COUNT = "gangs.initial_count";
    public static final String MAX_COUNT = "gangs.max_count";
    public static final String BASE_PRICE = "gangs.base_price";
    public static final String PRICE_ADJUST_RATE = "gangs.price_adjust_rate";
    public static final String DEMAND_ELASTICITY = "gangs.demand_elasticity";
    public static final String RISK_PREMIUM = "gangs.risk_premium";
    public static final String BOAT_COST = "gangs.boat_cost";
    public static final String BOAT_SUPPLY_PER_DAY = "gangs.boat_supply_per_day";
    public static final String BOAT_STOCK_MAX = "gangs.boat_stock_max";
    public static final String PEOPLE_PER_BOAT_BASE = "gangs.people_per_boat_base";
    public static final String PEOPLE_PER_BOAT_MAX = "gangs.people_per_boat_max";
    public static final String CROWDING_RESPONSE = "gangs.crowding_response";
    public static final String ADAPTIVE = "gangs.adaptive";
    public static final String BEACH_AVOIDANCE = "gangs.beach_avoidance";
    public static final String TAXI_SHARE_BASE = "gangs.taxi_share_base";
    public static final String TAXI_RESPONSE = "gangs.taxi_response";
    public static final String TAXI_EVASION = "gangs.taxi_evasion";
    public static final String TAXI_ADOPTION_DAYS = "gangs.taxi_adoption_days";
    public static final String ENTRY_PROFIT_PER_DAY = "gangs.entry_profit_per_day";
    public static final String ENTRY_RATE = "gangs.entry_rate";
    public static final String DISMANTLE_RATE = "gangs.dismantle_rate";
    public static final String FREE_RETRY_SHARE = "gangs.free_retry_share";
    public static final String SUPPLY_DISRUPTION = "gangs.supply_disruption";
    public static final String MIN_LOAD = "gangs.min_load";
    public static final String HOME_BEACH_DECAY = "gangs.home_beach_decay";
    public static final String INITIAL_BOATS_MAX = "gangs.initial_boats_max";
    public static final String ENTRY_BOATS = "gangs.entry_boats";
    public static final String MAX_LAUNCHES_PER_DAY = "gangs.max_launches_per_day";
    public static final String LAUNCH_QUALITY_THRESHOLD = "gangs.launch_quality_threshold";
    public static final String MEMORY_DAYS = "gangs.memory_days";
    public static final String KNOW_HOW_LEARNING = "gangs.know_how_learning";
    public static final String KNOW_HOW_INHERITANCE = "gangs.know_how_inheritance";
    public static final String METHOD_INHERITANCE = "gangs.method_inheritance";
    public static final String INITIAL_KNOW_HOW = "gangs.initial_know_how";
    public static final String INITIAL_TAXI_SHARE = "gangs.initial_taxi_share";
    public static final String SPREAD_WITH_KNOW_HOW = "gangs.spread_with_know_how";
    public static final String FLOTILLA_EXTRA_LAUNCHES = "gangs.flotilla_extra_launches";
    public static final String DEEP_PICKUP_LEARNING = "gangs.deep_pickup_learning";
    public static final String DEEP_PICKUP_MAX = "gangs.deep_pickup_max";
    public static final String DEEP_PICKUP_FROM_OTHERS = "gangs.deep_pickup_from_others";
    public static final String COMPETITION_ELASTICITY = "gangs.competition_elasticity";
    public static final String REFERENCE_COUNT = "gangs.reference_count";
    public static final String REFERENCE_BOOKINGS_PER_DAY = "gangs.reference_bookings_per_day";
    public static final String LOAD_PLANNING_DAYS = "gangs.load_planning_days";
    public static final String MIN_PEOPLE_PER_BOAT = "gangs.min_people_per_boat";
    public static final String EXIT_RATE = "gangs.exit_rate";

    /** smuggling gangs operating at the start (scaled) (gangs). */
    @Key(INITIAL_COUNT)
    public int initialCount;
    /** most gangs that can operate at once (scaled) (gangs). */
    @Key(MAX_COUNT)
    public int maxCount;
    /** gang's margin on a place in a balanced market with reference_bookings_per_day places booked a day per gang and no losses (GBP/place). */
    @Key(BASE_PRICE)
    public double basePrice;
    /** how fast the price moves towards its target (1/day). */
    @Key(PRICE_ADJUST_RATE)
    public double priceAdjustRate;
    /** price response to bookings relative to boat capacity. */
    @Key(DEMAND_ELASTICITY)
    public double demandElasticity;
    /** price rise per unit of the share of boats lost to enforcement. */
    @Key(RISK_PREMIUM)
    public double riskPremium;
    /** cost to a gang of a dinghy with engine (GBP). */
    @Key(BOAT_COST)
    public double boatCost;
    /** boats a gang can obtain per day through its supply chain (boats/day/gang). */
    @Key(BOAT_SUPPLY_PER_DAY)
    public double boatSupplyPerDay;
    /** most boats a gang keeps in stock (boats). */
    @Key(BOAT_STOCK_MAX)
    public double boatStockMax;
    /** most people a gang dares put in a boat with no enforcement pressure (people). */
    @Key(PEOPLE_PER_BOAT_BASE)
    public double peoplePerBoatBase;
    /** most people a dinghy can be crowded with (people). */
    @Key(PEOPLE_PER_BOAT_MAX)
    public double peoplePerBoatMax;
    /** rise in people per boat per unit of the recent share of boats lost. */
    @Key(CROWDING_RESPONSE)
    public double crowdingResponse;
    /** gangs adapt: crowd boats, switch beaches, use taxi boats. */
    @Key(ADAPTIVE)
    public boolean adaptive;
    /** how strongly gangs avoid beaches where police were recently. */
    @Key(BEACH_AVOIDANCE)
    public double beachAvoidance;
    /** share of launches by taxi boat (picking people up in the water) (share). */
    @Key(TAXI_SHARE_BASE)
    public double taxiShareBase;
    /** rise of the taxi-boat share per unit of the log ratio of taxi boats' to beach launches' recent success (share). */
    @Key(TAXI_RESPONSE)
    public double taxiResponse;
    /** chance a taxi-boat launch escapes beach prevention (share). */
    @Key(TAXI_EVASION)
    public double taxiEvasion;
    /** time scale over which a gang's taxi-boat share moves towards what its losses favour (days). */
    @Key(TAXI_ADOPTION_DAYS)
    public double taxiAdoptionDays;
    /** average gang profit per day above which new gangs enter (GBP/day). */
    @Key(ENTRY_PROFIT_PER_DAY)
    public double entryProfitPerDay;
    /** daily chance a new gang enters while it pays (1/day). */
    @Key(ENTRY_RATE)
    public double entryRate;
    /** daily chance a gang is dismantled by arrests at 1,000 officers (1/day). */
    @Key(DISMANTLE_RATE)
    public double dismantleRate;
    /** chance a stopped passenger keeps a free place for the next launch (share). */
    @Key(FREE_RETRY_SHARE)
    public double freeRetryShare;
    /** share of a gang's boat supply cut by enforcement on the supply chain (share). */
    @Key(SUPPLY_DISRUPTION)
    public double supplyDisruption;
    /** least load, as a share of the planned people per boat, for which a gang sends a boat (share). */
    @Key(MIN_LOAD)
    public double minLoad;
    /** how fast a gang's preference falls with the number of beaches from its home beach (per beach). */
    @Key(HOME_BEACH_DECAY)
    public double homeBeachDecay;
    /** gangs start with 1 to this many boats (boats). */
    @Key(INITIAL_BOATS_MAX)
    public int initialBoatsMax;
    /** boats a new gang starts with (boats). */
    @Key(ENTRY_BOATS)
    public int entryBoats;
    /** most boats one gang can put to sea in a day (drivers, vans, lookouts) (boats/day). */
    @Key(MAX_LAUNCHES_PER_DAY)
    public int maxLaunchesPerDay;
    /** least crossing quality at which gangs launch (0-1). */
    @Key(LAUNCH_QUALITY_THRESHOLD)
    public double launchQualityThreshold;
    /** time scale over which gangs remember losses and police presence (days). */
    @Key(MEMORY_DAYS)
    public double memoryDays;
    /** share of the way to full know-how a gang learns from each of its boats stopped (per boat stopped). */
    @Key(KNOW_HOW_LEARNING)
    public double knowHowLearning;
    /** share of the operating gangs' mean know-how a new gang brings (share). */
    @Key(KNOW_HOW_INHERITANCE)
    public double knowHowInheritance;
    /** share of the operating gangs' mean taxi-boat share and depth of taxi pick-ups a new gang starts with (share). */
    @Key(METHOD_INHERITANCE)
    public double methodInheritance;
    /** know-how of the gangs operating at the start (0-1). */
    @Key(INITIAL_KNOW_HOW)
    public double initialKnowHow;
    /** taxi-boat share the gangs operating at the start have already set up (share). */
    @Key(INITIAL_TAXI_SHARE)
    public double initialTaxiShare;
    /** share by which full know-how weakens the pull of the home beach, spreading launches along the coast (share). */
    @Key(SPREAD_WITH_KNOW_HOW)
    public double spreadWithKnowHow;
    /** extra boats a day a gang with full know-how can launch together (boats/day). */
    @Key(FLOTILLA_EXTRA_LAUNCHES)
    public double flotillaExtraLaunches;
    /** share of the way to deep_pickup_max that taxi pick-ups move out after each taxi boat stopped in shallow water (per boat stopped). */
    @Key(DEEP_PICKUP_LEARNING)
    public double deepPickupLearning;
    /** most of the shallow-water reach that taxi boats picking people up further out can escape (share). */
    @Key(DEEP_PICKUP_MAX)
    public double deepPickupMax;
    /** what another gang's boat stopped in the shallows teaches, as a share of one's own (share). */
    @Key(DEEP_PICKUP_FROM_OTHERS)
    public double deepPickupFromOthers;
    /** the margin scales as (places booked a day per gang / reference_bookings_per_day) to this power (exponent). */
    @Key(COMPETITION_ELASTICITY)
    public double competitionElasticity;
    /** places booked a day per gang at which competition leaves the margin at base_price (people/day/gang). */
    @Key(REFERENCE_BOOKINGS_PER_DAY)
    public double referenceBookingsPerDay;
    /** number of gangs at which the margin is base_price (gangs). */
    @Key(REFERENCE_COUNT)
    public double referenceCount;
    /** days of boat supply a gang counts on when it sets the load per boat (days). */
    @Key(LOAD_PLANNING_DAYS)
    public double loadPlanningDays;
    /** fewest people a gang puts in a boat (people). */
    @Key(MIN_PEOPLE_PER_BOAT)
    public double minPeoplePerBoat;
    /** daily chance a gang whose smoothed profit is below zero leaves the business (1/day). */
    @Key(EXIT_RATE)
    public double exitRate;
}
