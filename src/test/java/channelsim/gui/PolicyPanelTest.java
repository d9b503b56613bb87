package channelsim.gui;

import channelsim.model.ChannelModel;
import org.junit.jupiter.api.Test;
import sim.util.Interval;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Model tab's levers: ranges, and changes that reach the model the next day. No display needed. */
class PolicyPanelTest {

    @Test
    void leversHaveTheirRanges() throws Exception {
        PolicyPanel p = new ChannelSimWithUI(GuiModelTest.small(10)).policies();
        assertRange(p.domFrenchPoliceOfficers(), 0, 3000);
        assertRange(p.domReturnsPerWeek(), 0, 2000);
        assertRange(p.domIllegalWorkingEnforcement(), 0, 5);
        p.setFrenchPoliceOfficers(99999);
        assertEquals(3000, p.getFrenchPoliceOfficers());
    }

    private static void assertRange(Object dom, double lo, double hi) {
        Interval i = (Interval) dom;
        assertEquals(lo, i.getMin().doubleValue());
        assertEquals(hi, i.getMax().doubleValue());
    }

    @Test
    void aChangeTakesEffectTheNextDay() throws Exception {
        ChannelSimWithUI gui = new ChannelSimWithUI(GuiModelTest.small(30), 1);
        gui.start();
        ChannelModel m = gui.model();
        PolicyPanel p = gui.policies();
        for (int k = 0; k < 5; k++) gui.step();

        p.setFrenchPoliceOfficers(2500);
        p.setMaritimeDoctrine(true);
        p.setIllegalWorkingEnforcement(4);
        assertEquals(2500.0, m.params().num(PolicyPanel.OFFICERS));
        gui.step();
        assertEquals(2500.0, m.levers().officersTarget, 1e-9, "officers ordered the next day");
        assertTrue(m.levers().maritimeDoctrine);
        assertEquals(m.params().num("policies.illegal_working.job_chance_base") * Math.exp(-m.params().num("policies.illegal_working.effect") * 4),
                m.levers().jobChance, 1e-12);
    }

    @Test
    void switchingASchemeOnBeforeItsStartStartsItTomorrow() throws Exception {
        ChannelSimWithUI gui = new ChannelSimWithUI(GuiModelTest.small(30), 1);
        gui.start();
        ChannelModel m = gui.model();
        PolicyPanel p = gui.policies();
        for (int k = 0; k < 3; k++) gui.step();
        p.setOneInOneOut(false);
        gui.step();
        assertEquals(0.0, m.levers().weeklyReturnQuota);
        assertFalse(p.isOneInOneOut());

        LocalDate tomorrow = m.date();
        p.setReturnsPerWeek(400);
        p.setOneInOneOut(true);
        assertEquals(tomorrow, m.params().date(PolicyPanel.OIOO_START));
        gui.step();
        assertEquals(400 * m.params().scale(), m.levers().weeklyReturnQuota, 1e-9);
    }

    @Test
    void editsSurviveARestart() throws Exception {
        ChannelSimWithUI gui = new ChannelSimWithUI(GuiModelTest.small(30), 1);
        PolicyPanel p = gui.policies();
        p.setGangsAdaptive(false); // before the run starts
        gui.start();
        assertFalse(gui.model().params().bool(PolicyPanel.ADAPTIVE));
        gui.finish();
        gui.start();
        assertFalse(gui.model().params().bool(PolicyPanel.ADAPTIVE));
        assertFalse(p.isGangsAdaptive());
    }

    @Test
    void weatherInWords() {
        assertEquals("red: no crossing", DayStatus.weatherWords(0, 0.15));
        assertEquals("calm 0.80", DayStatus.weatherWords(0.8, 0.15));
        assertEquals("rough (no launches) 0.10", DayStatus.weatherWords(0.1, 0.15));
    }
}
