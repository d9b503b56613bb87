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
        GangSettings p = m.settings().gangs;
        MersenneTwisterFast rng = m.gangRandom();
        boolean adaptive = p.adaptive;
        revenueToday = 0;
        costToday = 0;
        launchedToday = 0;

        // supply chain: whole boats a day, a fractional rest by chance
        double supply = p.boatSupplyPerDay * (1 - p.supplyDisruption);
        int bought = (int) supply + (rng.nextDouble() < supply - (int) supply ? 1 : 0);
        bought = (int) Math.min(bought, Math.max(0, p.boatStockMax - boats));
        boats += bought;
        costToday += bought * p.boatCost;

        // people per boat: crowd more when boats are lost
        double base = p.peoplePerBoatBase, max = p.peoplePerBoatMax;
        peoplePerBoat = adaptive ? Math.min(max, base * (1 + p.crowdingResponse * lossShare)) : base;

        // price follows demand against capacity and the risk of losing boats
        double capacity = Math.max(1, boats * peoplePerBoat);
        double demand = Math.max(0.5, Math.min(2.0, (booked + 1) / capacity));
        double target = p.basePrice * (1 + p.riskPremium * lossShare)
                * Math.pow(demand, p.demandElasticity);
        price += p.priceAdjustRate * (target - price);

        double q = m.weather().getQuality();
        if (q >= p.launchQualityThreshold && booked > 0 && boats >= 1) planLaunches(m, p, rng, adaptive, q);
    }

    private void planLaunches(ChannelModel m, GangSettings p, MersenneTwisterFast rng, boolean adaptive, double q) {
        int send = (int) Math.round(booked * q);
        if (send <= 0) return;
        double ppb = peoplePerBoat;
        int needed = (int) Math.ceil(send / ppb);
        if (needed > boats && adaptive) ppb = Math.min(p.peoplePerBoatMax, send / Math.floor(boats));
        FrenchPolice police = m.police();
        double avoid = adaptive ? p.beachAvoidance : 0;
        int nb = beachWeight.length;
        double minLoad = p.minLoad, decay = p.homeBeachDecay;
        double total = 0;
        for (int b = 0; b < nb; b++) {
            double dist = Math.abs(b - homeBeach);
            double w = Math.exp(-decay * dist) * Math.exp(-avoid * police.presenceSeen(b) * nb);
            beachWeight[b] = w;
            total += w;
        }
        double taxiShare = adaptive
                ? Math.min(0.9, p.taxiShareBase + p.taxiResponse * beachStopShare)
                : p.taxiShareBase;
        LaunchBoard board = m.launches();
        int left = send;
        int maxLaunches = p.maxLaunchesPerDay;
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

    /** The beach the gang launches from by preference (an index into {@link Geography#BEACHES}). */
    public int homeBeachIndex() { return homeBeach; }

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
