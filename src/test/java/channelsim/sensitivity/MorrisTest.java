package channelsim.sensitivity;

import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class MorrisTest {

    /** y = 10 x0 + 4 x1 + 0 x2 + 6 x3 x4: strong, medium, none, and two interacting inputs. */
    private static double toy(double[] x) { return 10 * x[0] + 4 * x[1] + 6 * x[3] * x[4]; }

    @Test
    void ranksTheInputsOfAToyFunction() {
        List<Morris.Effect> e = Morris.screen(MorrisTest::toy, 5, 40, 4, 7);
        List<Integer> byMuStar = e.stream().sorted(Comparator.comparingDouble(m -> -m.muStar())).map(Morris.Effect::input).toList();
        assertEquals(0, byMuStar.get(0), "x0 matters most: " + e);
        assertEquals(2, byMuStar.get(4), "x2 does not matter: " + e);
        assertEquals(10, e.get(0).muStar(), 1e-9, "a linear input's effect is its slope over the range");
        assertEquals(4, e.get(1).mu(), 1e-9);
        assertEquals(0, e.get(0).sigma(), 1e-9, "a linear input has no spread of effects");
        assertEquals(0, e.get(2).muStar(), 1e-12);
        assertTrue(e.get(3).sigma() > 0.5 && e.get(4).sigma() > 0.5, "interacting inputs have spread: " + e);
        assertTrue(e.get(3).muStar() > 1 && e.get(3).muStar() < 6, "the interaction's mean effect is between 0 and 6");
    }

    @Test
    void trajectoriesStayOnTheGridAndChangeOneInputPerStep() {
        int k = 6, levels = 4;
        for (Morris.Trajectory t : Morris.design(k, 20, levels, 3)) {
            assertEquals(k + 1, t.points().length);
            boolean[] seen = new boolean[k];
            for (int j = 0; j < k; j++) {
                int changed = 0;
                for (int i = 0; i < k; i++) {
                    double a = t.points()[j][i], b = t.points()[j + 1][i];
                    assertTrue(b >= 0 && b <= 1);
                    assertEquals(0, Math.abs(b * (levels - 1) - Math.rint(b * (levels - 1))), 1e-9, "on the grid");
                    if (a != b) {
                        changed++;
                        assertEquals(Morris.delta(levels), Math.abs(b - a), 1e-12);
                        assertEquals(t.changed()[j], i);
                    }
                }
                assertEquals(1, changed);
                seen[t.changed()[j]] = true;
            }
            for (boolean s : seen) assertTrue(s, "every input moves once per trajectory");
        }
    }

    @Test
    void theSameSeedGivesTheSameDesign() {
        var a = Morris.design(4, 5, 4, 11);
        var b = Morris.design(4, 5, 4, 11);
        for (int t = 0; t < a.size(); t++) assertArrayEquals(a.get(t).points(), b.get(t).points());
    }
}
