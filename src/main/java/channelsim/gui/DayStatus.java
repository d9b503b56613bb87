package channelsim.gui;

import channelsim.model.ChannelModel;
import channelsim.model.LaunchBoard;
import channelsim.model.Metric;
import channelsim.model.Recorder;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What the header and legend say about the day just simulated, taken in the model's thread right after
 * the step so the display (painted in Swing's thread) never reads a half-updated model.
 */
record DayStatus(String title, String weather, boolean redDay, double quality, String today, String standing,
                 int landed, int prevented, int shallow, int rescued, int distress) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

    static DayStatus before(ChannelModel m) {
        String name = m.getScenario().name();
        return new DayStatus("ChannelSim · " + name + " · press play", "", false, 0, "", "", 0, 0, 0, 0, 0);
    }

    /** Words for a day's crossing quality; below the gangs' threshold nobody launches. */
    static String weatherWords(double q, double threshold) {
        if (q <= 0) return "red: no crossing";
        String w = q < threshold ? "rough (no launches)" : q < 0.4 ? "choppy" : q < 0.7 ? "fair" : "calm";
        return String.format(Locale.UK, "%s %.2f", w, q);
    }

    static DayStatus of(ChannelModel m) {
        LocalDate date = m.date().minusDays(1); // the step just taken was yesterday's date once the schedule moved on
        long day = m.day() - 1;
        int days = m.getScenario().days();
        String when = day >= 1
                ? String.format(Locale.UK, "%s · day %d of %d", DATE.format(date), day, days)
                : String.format(Locale.UK, "%s · warm-up, %d days before the start", DATE.format(date), 1 - day);
        String title = "ChannelSim · " + m.getScenario().name() + " · " + when;

        Recorder r = m.recorder();
        double q = m.weather().getQuality();
        String weather = weatherWords(q, m.settings().gangs.launchQualityThreshold);

        LaunchBoard b = m.launches();
        int landed = 0, prevented = 0, shallow = 0, rescued = 0, distress = 0;
        for (int i = 0; i < b.count(); i++) {
            switch (b.fate(i)) {
                case LaunchBoard.LANDED -> landed++;
                case LaunchBoard.PREVENTED -> prevented++;
                case LaunchBoard.SHALLOW_STOP -> shallow++;
                case LaunchBoard.RESCUED -> rescued++;
                case LaunchBoard.INCIDENT_FR, LaunchBoard.INCIDENT_UK -> distress++;
                default -> { }
            }
        }
        int deaths = (int) r.today(Metric.DEATHS);
        String today = String.format(Locale.UK, "Today: %d boats tried to cross, %,d people landed in the UK%s",
                b.count(), (int) r.today(Metric.ARRIVALS), deaths > 0 ? String.format(Locale.UK, ", %d died", deaths) : "");
        double quota = r.today(Metric.RETURNS_QUOTA);
        String scheme = quota > 0 ? String.format(Locale.UK, "returns to France: up to %,.0f a week", quota) : "no returns scheme";
        String standing = String.format(Locale.UK, "%,d waiting in camps · %,.0f French police · %d gangs · £%,.0f a place · %s",
                (int) r.today(Metric.WAITING), r.today(Metric.OFFICERS), (int) r.today(Metric.GANGS), r.today(Metric.PRICE), scheme);
        return new DayStatus(title, weather, q <= 0, q, today, standing, landed, prevented, shallow, rescued, distress);
    }
}
