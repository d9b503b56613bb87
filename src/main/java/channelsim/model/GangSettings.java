package channelsim.model;

/**
 * The {@code gangs.} block: boats, prices, loads, beaches, entry and exit of the smuggling gangs. The one place these keys are read: agents read
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

    /** smuggling gangs operating at the start (scaled) (gangs). */
    public int initialCount;
    /** most gangs that can operate at once (scaled) (gangs). */
    public int maxCount;
    /** price of a place in a balanced market (GBP/place). */
    public double basePrice;
    /** how fast the price moves towards its target (1/day). */
    public double priceAdjustRate;
    /** price response to bookings relative to boat capacity. */
    public double demandElasticity;
    /** price rise per unit of the share of boats lost to enforcement. */
    public double riskPremium;
    /** cost to a gang of a dinghy with engine (GBP). */
    public double boatCost;
    /** boats a gang can obtain per day through its supply chain (boats/day/gang). */
    public double boatSupplyPerDay;
    /** most boats a gang keeps in stock (boats). */
    public double boatStockMax;
    /** people a gang puts in a boat with no enforcement pressure (people). */
    public double peoplePerBoatBase;
    /** most people a dinghy can be crowded with (people). */
    public double peoplePerBoatMax;
    /** rise in people per boat per unit of the recent share of boats lost. */
    public double crowdingResponse;
    /** gangs adapt: crowd boats, switch beaches, use taxi boats. */
    public boolean adaptive;
    /** how strongly gangs avoid beaches where police were recently. */
    public double beachAvoidance;
    /** share of launches by taxi boat (picking people up in the water) (share). */
    public double taxiShareBase;
    /** rise of the taxi-boat share per unit of recent beach prevention. */
    public double taxiResponse;
    /** chance a taxi-boat launch escapes beach prevention (share). */
    public double taxiEvasion;
    /** average gang profit per day above which new gangs enter (GBP/day). */
    public double entryProfitPerDay;
    /** daily chance a new gang enters while it pays (1/day). */
    public double entryRate;
    /** daily chance a gang is dismantled by arrests at 1,000 officers (1/day). */
    public double dismantleRate;
    /** chance a stopped passenger keeps a free place for the next launch (share). */
    public double freeRetryShare;
    /** share of a gang's boat supply cut by enforcement on the supply chain (share). */
    public double supplyDisruption;
    /** least load, as a share of the planned people per boat, for which a gang sends a boat (share). */
    public double minLoad;
    /** how fast a gang's preference falls with the number of beaches from its home beach (per beach). */
    public double homeBeachDecay;
    /** gangs start with 1 to this many boats (boats). */
    public int initialBoatsMax;
    /** boats a new gang starts with (boats). */
    public int entryBoats;
    /** most boats one gang can put to sea in a day (drivers, vans, lookouts) (boats/day). */
    public int maxLaunchesPerDay;
    /** least crossing quality at which gangs launch (0-1). */
    public double launchQualityThreshold;
    /** time scale over which gangs remember losses and police presence (days). */
    public double memoryDays;

    @Override
    void read(Params p) {
        initialCount = p.integer(INITIAL_COUNT);
        maxCount = p.integer(MAX_COUNT);
        basePrice = p.num(BASE_PRICE);
        priceAdjustRate = p.num(PRICE_ADJUST_RATE);
        demandElasticity = p.num(DEMAND_ELASTICITY);
        riskPremium = p.num(RISK_PREMIUM);
        boatCost = p.num(BOAT_COST);
        boatSupplyPerDay = p.num(BOAT_SUPPLY_PER_DAY);
        boatStockMax = p.num(BOAT_STOCK_MAX);
        peoplePerBoatBase = p.num(PEOPLE_PER_BOAT_BASE);
        peoplePerBoatMax = p.num(PEOPLE_PER_BOAT_MAX);
        crowdingResponse = p.num(CROWDING_RESPONSE);
        adaptive = p.bool(ADAPTIVE);
        beachAvoidance = p.num(BEACH_AVOIDANCE);
        taxiShareBase = p.num(TAXI_SHARE_BASE);
        taxiResponse = p.num(TAXI_RESPONSE);
        taxiEvasion = p.num(TAXI_EVASION);
        entryProfitPerDay = p.num(ENTRY_PROFIT_PER_DAY);
        entryRate = p.num(ENTRY_RATE);
        dismantleRate = p.num(DISMANTLE_RATE);
        freeRetryShare = p.num(FREE_RETRY_SHARE);
        supplyDisruption = p.num(SUPPLY_DISRUPTION);
        minLoad = p.num(MIN_LOAD);
        homeBeachDecay = p.num(HOME_BEACH_DECAY);
        initialBoatsMax = p.integer(INITIAL_BOATS_MAX);
        entryBoats = p.integer(ENTRY_BOATS);
        maxLaunchesPerDay = p.integer(MAX_LAUNCHES_PER_DAY);
        launchQualityThreshold = p.num(LAUNCH_QUALITY_THRESHOLD);
        memoryDays = p.num(MEMORY_DAYS);
    }
}
