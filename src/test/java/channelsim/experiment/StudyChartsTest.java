package channelsim.experiment;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StudyChartsTest {
    @Test
    void aPolicysBarCarriesItsIntervalsOwnEndsNotTheMeanPlusOrMinusHalfItsWidth() {
        // over a posterior the total interval is skewed: 2.1% [-1.0%, 7.8%] (session 6's one-in-one-out study)
        StudyCharts.Bars bars = new StudyCharts.Bars();
        bars.add("oioo-50-a-week", new Stats.Estimate(0.021, 0.02, -0.010, 0.078, 200), 1);
        assertEquals(0.021, bars.means.getValue("mean", "oioo-50-a-week").doubleValue(), 1e-12);
        assertEquals(-0.010, bars.ends.getValue("95% low", "oioo-50-a-week").doubleValue(), 1e-12);
        assertEquals(0.078, bars.ends.getValue("95% high", "oioo-50-a-week").doubleValue(), 1e-12);
    }

    @Test
    void anIntervalThatCannotBeComputedIsDrawnAtTheMeanAndCostsAreScaledToMillions() {
        StudyCharts.Bars bars = new StudyCharts.Bars();
        bars.add("one-replicate", new Stats.Estimate(2.5e9, Double.NaN, Double.NaN, Double.NaN, 1), 1e-6);
        assertEquals(2500, bars.ends.getValue("95% low", "one-replicate").doubleValue(), 1e-9);
        assertEquals(2500, bars.ends.getValue("95% high", "one-replicate").doubleValue(), 1e-9);
    }
}
