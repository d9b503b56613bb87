package channelsim.gui;

import channelsim.model.SmugglingGang;

import java.util.Locale;

/**
 * What a click on a gang shows: the gang's own getters, rounded and named for people who have not read
 * the model (the raw values are in the model's {@link SmugglingGang}).
 */
public final class GangView {
    private final SmugglingGang g;

    GangView(SmugglingGang g) { this.g = g; }

    static String name(SmugglingGang g) { return "Gang " + g.getIndex() + " (" + g.getHomeBeach() + ")"; }

    private static String pounds(double v) { return String.format(Locale.UK, "£%,.0f", v); }

    private static String percent(double v) { return String.format(Locale.UK, "%.0f%%", 100 * v); }

    public String getGang() { return name(g); }

    public boolean isOperating() { return g.isAlive(); }

    public String desOperating() { return "False once the gang has been dismantled by arrests."; }

    public String getHomeBeach() { return g.getHomeBeach(); }

    public double getBoatsInStock() { return Math.round(g.getBoats() * 10) / 10.0; }

    public String getPriceOfAPlace() { return pounds(g.getPrice()); }

    public int getPlacesBooked() { return g.getBooked(); }

    public String desPlacesBooked() { return "People who have paid and wait for a launch."; }

    public double getPeoplePerBoat() { return Math.round(g.getPeoplePerBoat() * 10) / 10.0; }

    public String getBoatsLostRecently() { return percent(g.getLossShare()); }

    public String desBoatsLostRecently() { return "Share of its recent boats stopped on the beach, in shallow water or turned back (smoothed): the gang crowds boats more as it rises."; }

    public String getStoppedOnTheBeachRecently() { return percent(g.getBeachStopShare()); }

    public String desStoppedOnTheBeachRecently() { return "Share of its recent launches stopped on the beach: the gang turns to taxi boats as it rises."; }

    public String getProfitPerDay() { return pounds(g.getProfitPerDay()); }

    public String getRevenueSoFar() { return pounds(g.getRevenueTotal()); }

    public int getBoatsLaunchedToday() { return g.getLaunchedToday(); }

    @Override
    public String toString() { return name(g); }
}
