package channelsim.model;

import ec.util.MersenneTwisterFast;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A smuggling network: buys boats through a supply chain, sells places, and on a crossable day sends
 * part of its booked customers to sea. Adapts (when {@code gangs.adaptive}): more people per boat when it
 * loses boats, beaches away from recent police, taxi boats when beaches are watched.
 */
public final class SmugglingGang implements Steppable {
    private static final long serialVersionUID = 1;
    final int index;
    final int homeBeach;
    boolean alive = true;
    double boats;
    double price;
    int booked;
    double peoplePerBoat;
    /** Smoothed share of this gang's boats lost to the police (stopped on land or in the water). */
    double lossShare;
    /** Smoothed share of this gang's launches stopped on the beach. */
    double beachStopShare;
    double revenueToday, costToday, profitSmoothed, revenueTotal;
    int launchedToday;
    private final double[] beachWeight = new double[Geography.BEACHES.size()];

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
        Params p = m.params();
        MersenneTwisterFast rng = m.gangRandom();
        boolean adaptive = p.bool("gangs.adaptive");
        revenueToday = 0;
        costToday = 0;
        launchedToday = 0;

        // supply chain: whole boats a day, a fractional rest by chance
        double supply = p.num("gangs.boat_supply_per_day") * (1 - p.num("gangs.supply_disruption"));
        int bought = (int) supply + (rng.nextDouble() < supply - (int) supply ? 1 : 0);
        bought = (int) Math.min(bought, Math.max(0, p.num("gangs.boat_stock_max") - boats));
        boats += bought;
        costToday += bought * p.num("gangs.boat_cost");

        // people per boat: crowd more when boats are lost
        double base = p.num("gangs.people_per_boat_base"), max = p.num("gangs.people_per_boat_max");
        peoplePerBoat = adaptive ? Math.min(max, base * (1 + p.num("gangs.crowding_response") * lossShare)) : base;

        // price follows demand against capacity and the risk of losing boats
        double capacity = Math.max(1, boats * peoplePerBoat);
        double demand = Math.max(0.5, Math.min(2.0, (booked + 1) / capacity));
        double target = p.num("gangs.base_price") * (1 + p.num("gangs.risk_premium") * lossShare)
                * Math.pow(demand, p.num("gangs.demand_elasticity"));
        price += p.num("gangs.price_adjust_rate") * (target - price);

        double q = m.weather().getQuality();
        if (q >= p.num("gangs.launch_quality_threshold") && booked > 0 && boats >= 1) planLaunches(m, p, rng, adaptive, q);
    }

    private void planLaunches(ChannelModel m, Params p, MersenneTwisterFast rng, boolean adaptive, double q) {
        int send = (int) Math.round(booked * q);
        if (send <= 0) return;
        double ppb = peoplePerBoat;
        int needed = (int) Math.ceil(send / ppb);
        if (needed > boats && adaptive) ppb = Math.min(p.num("gangs.people_per_boat_max"), send / Math.floor(boats));
        FrenchPolice police = m.police();
        double avoid = adaptive ? p.num("gangs.beach_avoidance") : 0;
        int nb = beachWeight.length;
        double minLoad = p.num("gangs.min_load"), decay = p.num("gangs.home_beach_decay");
        double total = 0;
        for (int b = 0; b < nb; b++) {
            double dist = Math.abs(b - homeBeach);
            double w = Math.exp(-decay * dist) * Math.exp(-avoid * police.presenceSeen(b) * nb);
            beachWeight[b] = w;
            total += w;
        }
        double taxiShare = adaptive
                ? Math.min(0.9, p.num("gangs.taxi_share_base") + p.num("gangs.taxi_response") * beachStopShare)
                : p.num("gangs.taxi_share_base");
        LaunchBoard board = m.launches();
        int left = send;
        int maxLaunches = p.integer("gangs.max_launches_per_day");
        while (left > 0 && boats >= 1 && launchedToday < maxLaunches) {
            int n = (int) Math.min(left, Math.round(ppb));
            if (n < ppb * minLoad) break; // gangs send full boats: the rest wait for the next launch
            double u = rng.nextDouble() * total;
            int b = 0;
            while (b < nb - 1 && (u -= beachWeight[b]) > 0) b++;
            board.add(index, b, n, rng.nextDouble() < taxiShare);
            boats -= 1;
            booked -= n;
            left -= n;
            launchedToday++;
        }
    }

    /** After the police and Border Force: learn from what happened to today's boats. */
    void learn(LaunchBoard board, double memoryDays) {
        if (launchedToday == 0) return;
        int lost = 0, stoppedOnBeach = 0;
        for (int i = 0; i < board.count; i++) {
            if (board.gang[i] != index) continue;
            byte f = board.fate[i];
            if (f == LaunchBoard.PREVENTED) stoppedOnBeach++;
            if (f == LaunchBoard.PREVENTED || f == LaunchBoard.SHALLOW_STOP || f == LaunchBoard.RESCUED) lost++;
        }
        // each launch is an observation; weight by launches against the memory
        double w = 1 - Math.pow(1 - 1 / memoryDays, launchedToday);
        lossShare += w * ((double) lost / launchedToday - lossShare);
        beachStopShare += w * ((double) stoppedOnBeach / launchedToday - beachStopShare);
    }

    public boolean isAlive() { return alive; }

    public int getIndex() { return index; }

    public String getHomeBeach() { return Geography.BEACHES.get(homeBeach).name(); }

    public double getBoats() { return boats; }

    public double getPrice() { return price; }

    public int getBooked() { return booked; }

    public double getPeoplePerBoat() { return peoplePerBoat; }

    public double getLossShare() { return lossShare; }

    public double getBeachStopShare() { return beachStopShare; }

    public double getProfitPerDay() { return profitSmoothed; }

    public double getRevenueTotal() { return revenueTotal; }

    public int getLaunchedToday() { return launchedToday; }
}
