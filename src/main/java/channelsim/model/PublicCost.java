package channelsim.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The UK public cost account, item by item: every lever that is switched on costs something, and each
 * item has its own price in the parameters (per officer, per return, per day of a claim, a yearly sum
 * while a scheme runs). Today's items are worked out when the day is measured; their sum is the
 * {@code public_cost} column, and their totals over the recorded days are {@code public_cost_by_item}.
 * Med Five onward transfers and an EU suspension cost the UK nothing and have no item.
 */
public final class PublicCost {
    /** The items, in the order summary.json lists them. */
    public enum Item {
        FRENCH_POLICE("french_police"), MARITIME_DOCTRINE("maritime_doctrine"), ILLEGAL_WORKING("illegal_working"),
        ASYLUM_SUPPORT("asylum_support"), ARRIVALS_PROCESSING("arrivals_processing"),
        RETURNS_TO_FRANCE("returns_to_france"), LEGAL_INTAKE("legal_intake"), RETURNS_HUBS("returns_hubs"),
        THIRD_COUNTRY_REMOVAL("third_country_removal");

        public final String key;

        Item(String key) { this.key = key; }
    }

    private static final Item[] ITEMS = Item.values();
    private static final double DAYS_PER_YEAR = 365.25;
    private final double[] today = new double[ITEMS.length], recorded = new double[ITEMS.length];

    /** Works out today's items from what the agents did and the levers in force; returns their sum (GBP). */
    double account(Settings s, Levers lv, DailyFlows fl, double officers, long backlog) {
        PolicySettings p = s.policies;
        set(Item.FRENCH_POLICE, officers * p.frenchPolice.ukCostPerOfficerYear / DAYS_PER_YEAR);
        set(Item.MARITIME_DOCTRINE, lv.maritimeDoctrine ? p.frenchPolice.doctrineCostPerYear / DAYS_PER_YEAR : 0);
        set(Item.ILLEGAL_WORKING, lv.illegalWorkingEnforcement * p.illegalWorking.costPerYear / DAYS_PER_YEAR);
        set(Item.ASYLUM_SUPPORT, backlog * s.homeOffice.supportCostPerDay);
        set(Item.ARRIVALS_PROCESSING, fl.arrivals * s.homeOffice.costPerArrival);
        set(Item.RETURNS_TO_FRANCE, fl.returned * p.oneInOneOut.costPerReturn);
        set(Item.LEGAL_INTAKE, fl.legal * p.oneInOneOut.costPerLegalAdmission);
        set(Item.RETURNS_HUBS, fl.hub * p.returnsHubs.costPerRemoval
                + (lv.hubCapacityPerWeek > 0 ? p.returnsHubs.fixedCostPerYear / DAYS_PER_YEAR : 0));
        set(Item.THIRD_COUNTRY_REMOVAL, (fl.third - fl.hub) * p.thirdCountryRemoval.costPerRemoval
                + (lv.thirdCountryCapacityPerWeek > 0 ? p.thirdCountryRemoval.fixedCostPerYear / DAYS_PER_YEAR : 0));
        double sum = 0;
        for (double v : today) sum += v;
        return sum;
    }

    private void set(Item item, double gbp) { today[item.ordinal()] = gbp; }

    /** Today's cost of one item (GBP). */
    public double today(Item item) { return today[item.ordinal()]; }

    /** Adds today's items to the totals of the recorded days. */
    void record() {
        for (int k = 0; k < today.length; k++) recorded[k] += today[k];
    }

    /** Totals over the recorded days by item key (GBP), in {@link Item} order. */
    public Map<String, Double> totals() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (Item i : ITEMS) m.put(i.key, recorded[i.ordinal()]);
        return Collections.unmodifiableMap(m);
    }
}
