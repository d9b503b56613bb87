package channelsim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/** Writes the day's measures (after the warm-up) into the run's daily series. */
public final class Recorder implements Steppable {
    private static final long serialVersionUID = 1;
    final double[][] daily;
    private final double[] row = new double[Metric.count()];

    Recorder(int days) { daily = new double[Metric.count()][days]; }

    @Override
    public void step(SimState state) {
        ChannelModel m = (ChannelModel) state;
        m.measureToday(row);
        long day = m.schedule.getSteps() - m.warmupDays();
        if (day < 0 || day >= daily[0].length) return;
        for (int k = 0; k < row.length; k++) daily[k][(int) day] = row[k];
        m.publicCost().record();
    }

    /** The latest day's measures (also during the warm-up), for the GUI. */
    public double today(Metric metric) { return row[metric.ordinal()]; }
}
