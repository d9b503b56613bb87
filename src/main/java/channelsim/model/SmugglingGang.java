package channelsim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A smuggling network: buys boats and engines through a supply chain that seizures disrupt, sells places
 * at a price set by its costs, demand, risk and competition, loads boats as the scarcity of boats against
 * its bookings demands (up to the load it dares given its losses), and on a crossable day sends part of
 * its booked customers to sea. Adapts (when {@code gangs.adaptive}): learns from every boat stopped (its
 * know-how: launch points spread along the coast and up rivers and canals, boats launched together to
 * overwhelm a patrol, pick-ups in deeper water once shallow-water interventions stop its taxi boats),
 * and shifts between beach launches and taxi boats by the ratio of how often each gets through.
 */
public final class SmugglingGang implements Steppable {
    private static final long serialVersionUID = 1;
    /**
     * A method's success share is read as at least half a boat in the gang's memory of about memory_days
     * launches (the Jeffreys half-count): a gang that lost every recent boat of one kind cannot tell that
     * from one in thirty getting through, and the log of the ratio stays finite.
     */
    static final double LEAST_SUCCESS_OBSERVATIONS = 0.5;
    /** The most of its launches a gang puts in taxi boats: some customers and beaches always suit a beach launch. */
    static final double TAXI_SHARE_MAX = 0.9;
    final int index;
    final int homeBeach;
    boolean alive = true;
    double boats;
    double price;
    int booked;
    double peoplePerBoat;
    /** The most people the gang dares put in a boat today (against the risk of overloading). */
    double dareLoad;
    /** Smoothed share of this gang's boats lost to the police (stopped on land or in the water). */
    double lossShare;
    /** Smoothed share of this gang's launches stopped on the beach. */
    double beachStopShare;
    /** Smoothed shares of beach-launched boats and of taxi boats stopped (on land or in shallow water). */
    double beachBoatLoss, taxiLoss;
    /**
     * How much of each memory is filled with observations (0 = none yet, towards 1): a memory that starts
     * empty is an average of what was seen, not pulled towards zero by the launches not yet made (a gang new
     * to the trade, or on a scenario's first day, does not take its first boats' fates for a tenth of them).
     */
    double launchesSeen, beachBoatsSeen, taxisSeen;
    /** What the gang has learned from its boats being stopped (0-1): spreads launches, flotillas, waterways. */
    double knowHow;
    /** How far out its taxi boats pick people up (0-1 of the shallow-water reach escaped), learned from its boats stopped in the shallows. */
    double deepPickup;
    /** The share of its launches the gang puts in taxi boats (smoothed towards what its losses favour). */
    double taxiShare;
    /** Places booked (new bookings and free retries) per day, smoothed; bookings left after today's launches. */
    double bookingsPerDay;
    int bookedAfterLaunch;
    double revenueToday, costToday, profitSmoothed, revenueTotal;
    int launchedToday;
    private final double[] beachWeight = new double[Geography.BEACHES.size()];
    /** Today's draws, addressed by (day, gang): another gang's launches do not shift them. */
    private final SplitMix64 rng = new SplitMix64(0);

    SmugglingGang(int index, int homeBeach, double boats, double price) {
        this.index = index;
        this.homeBeach = homeBeach;
        this.boats = boats;
        this.price = price;
    }

    @Override
    public void step(SimState state) {
        ChannelModel m = (ChannelModel) state;
        if (!alive) return;
        GangSettings p = m.settings().gangs;
        rng.state(SplitMix64.keyed(m.gangSalt(), m.schedule.getSteps(), index));
        boolean adaptive = p.adaptive;
        revenueToday = 0;
        costToday = 0;
        launchedToday = 0;

        // supply chain: the market's boats and engines (what reference_count gangs would get at
        // boat_supply_per_day each) shared among the gangs operating, less what is seized upstream; whole
        // boats a day, a fractional rest by chance
        double rivals = Math.max(1, m.liveGangs());
        double supply = p.boatSupplyPerDay * p.referenceCount * m.settings().run.scale / rivals * (1 - p.supplyDisruption);
        int bought = (int) supply + (rng.nextDouble() < supply - (int) supply ? 1 : 0);
        bought = (int) Math.min(bought, Math.max(0, p.boatStockMax - boats));
        boats += bought;
        costToday += bought * p.boatCost;

        // people per boat: enough to carry the day's bookings (smoothed) with the boats coming in and those
        // in stock (used up over load_planning_days), up to the load the gang dares, which is higher when
        // enforcement costs it boats: scarce boats and engines crowd more people into each
        bookingsPerDay += (booked - bookedAfterLaunch - bookingsPerDay) / p.memoryDays;
        double dare = adaptive ? p.peoplePerBoatBase * (1 + p.crowdingResponse * lossShare) : p.peoplePerBoatBase;
        double cap = Math.min(p.peoplePerBoatMax, Math.max(p.minPeoplePerBoat, dare));
        dareLoad = cap;
        double needed = bookingsPerDay / Math.max(0.05, supply + boats / p.loadPlanningDays);
        peoplePerBoat = Math.max(p.minPeoplePerBoat, Math.min(cap, needed));

        // price: the boat's cost per place (more when boats are lost) plus a margin that follows demand
        // against capacity, the risk of losing boats, and competition between the gangs operating for the
        // customers there are: fewer customers a gang (more gangs, or fewer people at the coast), lower margins
        double capacity = Math.max(1, (boats + supply * p.memoryDays) * peoplePerBoat);
        double demand = Math.max(0.5, Math.min(2.0, (booked + 1) / capacity));
        double unitCost = p.boatCost / Math.max(1, peoplePerBoat) / Math.max(0.2, 1 - lossShare);
        double customers = Math.max(0.05, m.bookingsPerGang() / p.referenceBookingsPerDay);
        double priceTarget = unitCost + p.basePrice * (1 + p.riskPremium * lossShare)
                * Math.pow(demand, p.demandElasticity) * Math.pow(customers, p.competitionElasticity);
        price += p.priceAdjustRate * (priceTarget - price);

        // taxi boats when a taxi boat gets through more often than a boat launched from the beach. A gang pays
        // per boat and is paid per place delivered, so what counts is the ratio of the two methods' success
        // (boats per place delivered), not the difference of their loss shares: when nine beach boats in ten
        // are already stopped, shallow-water stops that take one more in ten of the rest cost a beach launch
        // as much again as they cost a taxi boat whose pick-ups moved out of their reach. The method takes time
        // to set up (boats staged up rivers and canals, drivers, pick-up points), so the share moves towards
        // what the ratio favours over taxi_adoption_days, not over the weeks the gang remembers losses in.
        if (adaptive) {
            double least = LEAST_SUCCESS_OBSERVATIONS / p.memoryDays;
            double favour = Math.log(Math.max(least, 1 - taxiLoss) / Math.max(least, 1 - beachBoatLoss));
            taxiShare += (Math.min(TAXI_SHARE_MAX, Math.max(0, p.taxiShareBase + p.taxiResponse * favour)) - taxiShare) / p.taxiAdoptionDays;
        }

        double q = m.weather().getQuality();
        if (q >= p.launchQualityThreshold && booked > 0 && boats >= 1) planLaunches(m, p, adaptive, q);
        bookedAfterLaunch = booked;
    }

    private void planLaunches(ChannelModel m, GangSettings p, boolean adaptive, double q) {
        int send = (int) Math.round(booked * q);
        if (send <= 0) return;
        double ppb = peoplePerBoat;
        int needed = (int) Math.ceil(send / ppb);
        // too few boats for today's bookings: an adaptive gang crowds them, up to the load it dares
        if (needed > boats && adaptive) ppb = Math.max(ppb, Math.min(dareLoad, send / Math.floor(boats)));
        FrenchPolice police = m.police();
        double kh = adaptive ? knowHow : 0;
        double avoid = adaptive ? p.beachAvoidance : 0;
        int nb = beachWeight.length;
        // know-how spreads launches along the coast: the home stretch matters less
        double minLoad = p.minLoad, decay = p.homeBeachDecay * (1 - p.spreadWithKnowHow * kh);
        double total = 0;
        for (int b = 0; b < nb; b++) {
            double dist = Math.abs(b - homeBeach);
            double w = Math.exp(-decay * dist) * Math.exp(-avoid * police.presenceSeen(b) * nb);
            beachWeight[b] = w;
            total += w;
        }
        double share = adaptive ? Math.max(p.taxiShareBase, taxiShare) : p.taxiShareBase;
        // several boats at once from one beach to overwhelm its patrol: a flotilla, with know-how
        boolean flotilla = rng.nextDouble() < kh;
        double u0 = rng.nextDouble() * total;
        int flotillaBeach = 0;
        while (flotillaBeach < nb - 1 && (u0 -= beachWeight[flotillaBeach]) > 0) flotillaBeach++;
        LaunchBoard board = m.launches();
        int left = send;
        int maxLaunches = p.maxLaunchesPerDay + (int) Math.round(kh * p.flotillaExtraLaunches);
        while (left > 0 && boats >= 1 && launchedToday < maxLaunches) {
            int n = (int) Math.min(left, Math.round(ppb));
            if (n < ppb * minLoad) break; // gangs send full boats: the rest wait for the next launch
            double u = rng.nextDouble() * total;
            int b = 0;
            while (b < nb - 1 && (u -= beachWeight[b]) > 0) b++;
            if (flotilla) b = flotillaBeach;
            boolean taxi = rng.nextDouble() < share;
            // taxi boats put in up rivers and canals, away from the beach patrols, as know-how grows
            boolean inland = rng.nextDouble() < kh;
            int i = board.add(index, launchedToday, b, n, taxi);
            board.inland[i] = taxi && inland;
            board.deep[i] = taxi ? (float) deepPickup : 0f;
            boats -= 1;
            booked -= n;
            left -= n;
            launchedToday++;
        }
    }

    /** After the police and Border Force: learn from what happened to today's boats. */
    void learn(LaunchBoard board, GangSettings p, int tradeShallowStops) {
        if (launchedToday == 0) return;
        int stopped = 0, rescued = 0, onBeach = 0, taxis = 0, taxiStopped = 0, shallow = 0;
        for (int i = 0; i < board.count; i++) {
            if (board.gang[i] != index) continue;
            byte f = board.fate[i];
            boolean stop = f == LaunchBoard.PREVENTED || f == LaunchBoard.SHALLOW_STOP;
            if (stop) stopped++;
            if (f == LaunchBoard.RESCUED) rescued++;
            if (f == LaunchBoard.PREVENTED) onBeach++;
            if (f == LaunchBoard.SHALLOW_STOP) shallow++;
            if (board.taxi[i]) {
                taxis++;
                if (stop) taxiStopped++;
            }
        }
        double keep = 1 - 1 / p.memoryDays;
        // each launch is an observation; weight by launches against the memory
        double w = 1 - Math.pow(keep, launchedToday);
        launchesSeen += w * (1 - launchesSeen);
        lossShare += w / launchesSeen * ((double) (stopped + rescued) / launchedToday - lossShare);
        beachStopShare += w / launchesSeen * ((double) onBeach / launchedToday - beachStopShare);
        int beachBoats = launchedToday - taxis;
        if (beachBoats > 0) {
            double wb = 1 - Math.pow(keep, beachBoats);
            beachBoatsSeen += wb * (1 - beachBoatsSeen);
            beachBoatLoss += wb / beachBoatsSeen * ((double) (stopped - taxiStopped) / beachBoats - beachBoatLoss);
        }
        if (taxis > 0) {
            double wt = 1 - Math.pow(keep, taxis);
            taxisSeen += wt * (1 - taxisSeen);
            taxiLoss += wt / taxisSeen * ((double) taxiStopped / taxis - taxiLoss);
        }
        if (p.adaptive) {
            // know-how grows with every boat stopped, towards 1; taxi pick-ups move further out once boats
            // are stopped in the shallows
            knowHow += (1 - knowHow) * (1 - Math.pow(1 - p.knowHowLearning, stopped));
            // the trade sees boats stopped in the shallows too (drivers work for several networks; the
            // interventions are filmed): others' stops teach a share deep_pickup_from_others of one's own
            double lessons = shallow + p.deepPickupFromOthers * (tradeShallowStops - shallow);
            deepPickup += (p.deepPickupMax - deepPickup) * (1 - Math.pow(1 - p.deepPickupLearning, lessons));
        }
    }

    public boolean isAlive() { return alive; }

    public int getIndex() { return index; }

    /** The beach the gang launches from by preference (an index into {@link Geography#BEACHES}). */
    public int homeBeachIndex() { return homeBeach; }

    public String getHomeBeach() { return Geography.BEACHES.get(homeBeach).name(); }

    public double getBoats() { return boats; }

    public double getPrice() { return price; }

    public int getBooked() { return booked; }

    public double getPeoplePerBoat() { return peoplePerBoat; }

    public double getLossShare() { return lossShare; }

    public double getBeachStopShare() { return beachStopShare; }

    public double getKnowHow() { return knowHow; }

    public double getDeepPickup() { return deepPickup; }

    public double getTaxiShare() { return taxiShare; }

    public double getProfitPerDay() { return profitSmoothed; }

    public double getRevenueTotal() { return revenueTotal; }

    public int getLaunchedToday() { return launchedToday; }
}
