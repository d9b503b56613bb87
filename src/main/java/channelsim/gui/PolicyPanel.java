package channelsim.gui;

import channelsim.config.ParameterRegistry;
import channelsim.model.ChannelModel;
import channelsim.model.GangSettings;
import channelsim.model.Metric;
import channelsim.model.PolicySettings;

import sim.util.Interval;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The Console's "Model" tab: the state of the day (read-only) and the policy levers (editable, with
 * ranges). A change goes into the live parameters through {@code params().set}, so the policies pick it up
 * when the next day starts; it is also kept and re-applied if the run is restarted. Switching a scheme on
 * before its start date moves the start to tomorrow, so the change is seen at once.
 */
public final class PolicyPanel {
    static final String OFFICERS = PolicySettings.FrenchPolice.OFFICERS;
    static final String DOCTRINE = PolicySettings.FrenchPolice.MARITIME_DOCTRINE;
    static final String OIOO = PolicySettings.OneInOneOut.ENABLED;
    static final String OIOO_START = PolicySettings.OneInOneOut.START;
    static final String RETURNS = PolicySettings.OneInOneOut.RETURNS_PER_WEEK;
    static final String RETURN_ALL = PolicySettings.ReturnAll.ENABLED;
    static final String RETURN_ALL_START = PolicySettings.ReturnAll.START;
    static final String ENFORCEMENT = PolicySettings.IllegalWorking.ENFORCEMENT;
    static final String HUBS = PolicySettings.ReturnsHubs.ENABLED;
    static final String HUBS_START = PolicySettings.ReturnsHubs.START;
    static final String ADAPTIVE = GangSettings.ADAPTIVE;

    private final ChannelSimWithUI gui;

    PolicyPanel(ChannelSimWithUI gui) { this.gui = gui; }

    private ChannelModel m() { return gui.model(); }

    private boolean running() { return m().params() != null; }

    private double recorded(Metric metric) { return running() && m().recorder() != null ? m().recorder().today(metric) : 0; }

    // ---- the day (read-only) ----

    public String getDate() {
        if (!running()) return "not started";
        long day = m().day() - 1;
        return m().date().minusDays(1) + (day >= 1 ? " (day " + day + ")" : " (warm-up)");
    }

    public String desDate() { return "The day just simulated; the warm-up days before the scenario's start are not recorded."; }

    public String getWeather() {
        return running() ? DayStatus.weatherWords(m().weather().getQuality(), m().settings().gangs.launchQualityThreshold) : "";
    }

    public int getPeopleArrivedToday() { return (int) recorded(Metric.ARRIVALS); }

    public int getWaitingInCamps() { return (int) recorded(Metric.WAITING); }

    public double getOfficersOnTheCoast() { return Math.round(recorded(Metric.OFFICERS)); }

    public String desOfficersOnTheCoast() { return "Officers actually deployed; they move towards the funded number after a hiring delay."; }

    public int getGangsOperating() { return (int) recorded(Metric.GANGS); }

    public String getPriceOfAPlace() { return String.format(Locale.UK, "£%,.0f", recorded(Metric.PRICE)); }

    public double getBelievedChanceOfReturn() { return Math.round(recorded(Metric.BELIEVED_RETURN) * 1000) / 1000.0; }

    public String desBelievedChanceOfReturn() { return "Mean believed chance of being returned or removed, among people waiting in the camps."; }

    // ---- policies (editable) ----

    public double getFrenchPoliceOfficers() { return ((Number) gui.param(OFFICERS)).doubleValue(); }

    public void setFrenchPoliceOfficers(double v) { gui.setParam(OFFICERS, clamp(v, OFFICERS)); }

    public Object domFrenchPoliceOfficers() { return range(OFFICERS); }

    public String desFrenchPoliceOfficers() { return "Officers France deploys on the coast (funded by the UK); reached after a hiring delay."; }

    public boolean isMaritimeDoctrine() { return (Boolean) gui.param(DOCTRINE); }

    public void setMaritimeDoctrine(boolean v) { gui.setParam(DOCTRINE, v); }

    public String desMaritimeDoctrine() { return "French police may stop boats and taxi boats in shallow water."; }

    public boolean isOneInOneOut() { return (Boolean) gui.param(OIOO); }

    public void setOneInOneOut(boolean v) { gui.setSchemeParam(OIOO, OIOO_START, v); }

    public String desOneInOneOut() { return "UK returns recent arrivals to France and admits the same number with UK links by a legal route."; }

    public double getReturnsPerWeek() { return ((Number) gui.param(RETURNS)).doubleValue(); }

    public void setReturnsPerWeek(double v) { gui.setParam(RETURNS, clamp(v, RETURNS)); }

    public Object domReturnsPerWeek() { return range(RETURNS); }

    public String desReturnsPerWeek() { return "Weekly returns to France under one in, one out (about 50 in the 2025 pilot)."; }

    public boolean isReturnAll() { return (Boolean) gui.param(RETURN_ALL); }

    public void setReturnAll(boolean v) { gui.setSchemeParam(RETURN_ALL, RETURN_ALL_START, v); }

    public String desReturnAll() { return "Every small-boat arrival is returned to France."; }

    public double getIllegalWorkingEnforcement() { return ((Number) gui.param(ENFORCEMENT)).doubleValue(); }

    public void setIllegalWorkingEnforcement(double v) { gui.setParam(ENFORCEMENT, clamp(v, ENFORCEMENT)); }

    public Object domIllegalWorkingEnforcement() { return range(ENFORCEMENT); }

    public String desIllegalWorkingEnforcement() { return "Illegal-working arrests, 1 = the 2025 level; lowers the chance of work in the UK (a pull factor)."; }

    public boolean isReturnsHubs() { return (Boolean) gui.param(HUBS); }

    public void setReturnsHubs(boolean v) { gui.setSchemeParam(HUBS, HUBS_START, v); }

    public String desReturnsHubs() { return "Refused asylum seekers are removed to hubs in third countries."; }

    public boolean isGangsAdaptive() { return (Boolean) gui.param(ADAPTIVE); }

    public void setGangsAdaptive(boolean v) { gui.setParam(ADAPTIVE, v); }

    public String desGangsAdaptive() { return "Gangs crowd boats, switch beaches and use taxi boats in response to enforcement."; }

    // ---- names shown in the Model tab ----

    public String nameDate() { return "Date"; }

    public String nameWeather() { return "Weather"; }

    public String namePeopleArrivedToday() { return "Arrived in the UK today"; }

    public String nameWaitingInCamps() { return "Waiting in camps"; }

    public String nameOfficersOnTheCoast() { return "Officers on the coast"; }

    public String nameGangsOperating() { return "Gangs operating"; }

    public String namePriceOfAPlace() { return "Price of a place"; }

    public String nameBelievedChanceOfReturn() { return "Believed chance of return"; }

    public String nameFrenchPoliceOfficers() { return "Policy: French police officers"; }

    public String nameMaritimeDoctrine() { return "Policy: maritime doctrine"; }

    public String nameOneInOneOut() { return "Policy: one in, one out"; }

    public String nameReturnsPerWeek() { return "Policy: returns per week"; }

    public String nameReturnAll() { return "Policy: return every arrival"; }

    public String nameIllegalWorkingEnforcement() { return "Policy: illegal-working enforcement"; }

    public String nameReturnsHubs() { return "Policy: returns hubs"; }

    public String nameGangsAdaptive() { return "Policy: gangs adapt"; }

    /** The slider of a key: its range from the registry. */
    private static Interval range(String key) {
        double[] r = ParameterRegistry.displayRange(key);
        return new Interval(r[0], r[1]);
    }

    /** A value typed into a control, brought inside the key's range from the registry. */
    private static double clamp(double v, String key) {
        double[] r = ParameterRegistry.displayRange(key);
        return Double.isNaN(v) ? r[0] : Math.max(r[0], Math.min(r[1], v));
    }

    /** Tomorrow in the running model, or null before it starts. */
    LocalDate tomorrow() { return running() ? m().date() : null; }
}
