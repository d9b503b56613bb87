package channelsim.model;

/**
 * The gang parameters in force, read from {@link Params} once per change rather than by every gang every
 * day: a gang's daily step then reads plain fields (and stays small for the JIT).
 */
final class GangRules {
    boolean adaptive;
    double boatSupplyPerDay, supplyDisruption, boatStockMax, boatCost, peoplePerBoatBase, peoplePerBoatMax,
            crowdingResponse, basePrice, riskPremium, demandElasticity, priceAdjustRate, launchQualityThreshold,
            beachAvoidance, minLoad, homeBeachDecay, taxiShareBase, taxiResponse;
    int maxLaunchesPerDay;
    private final ParamsWatch watch = new ParamsWatch();

    /** Brings the fields up to date with p (cheap when nothing changed). */
    GangRules update(Params p) {
        if (!watch.changed(p)) return this;
        adaptive = p.bool("gangs.adaptive");
        boatSupplyPerDay = p.num("gangs.boat_supply_per_day");
        supplyDisruption = p.num("gangs.supply_disruption");
        boatStockMax = p.num("gangs.boat_stock_max");
        boatCost = p.num("gangs.boat_cost");
        peoplePerBoatBase = p.num("gangs.people_per_boat_base");
        peoplePerBoatMax = p.num("gangs.people_per_boat_max");
        crowdingResponse = p.num("gangs.crowding_response");
        basePrice = p.num("gangs.base_price");
        riskPremium = p.num("gangs.risk_premium");
        demandElasticity = p.num("gangs.demand_elasticity");
        priceAdjustRate = p.num("gangs.price_adjust_rate");
        launchQualityThreshold = p.num("gangs.launch_quality_threshold");
        beachAvoidance = p.num("gangs.beach_avoidance");
        minLoad = p.num("gangs.min_load");
        homeBeachDecay = p.num("gangs.home_beach_decay");
        taxiShareBase = p.num("gangs.taxi_share_base");
        taxiResponse = p.num("gangs.taxi_response");
        maxLaunchesPerDay = p.integer("gangs.max_launches_per_day");
        return this;
    }
}
