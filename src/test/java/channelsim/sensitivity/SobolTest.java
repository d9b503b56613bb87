package channelsim.sensitivity;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sobol indices of the Ishigami function (a = 7, b = 0.1) match their analytic values within the bootstrap interval. */
class SobolTest {
    static double ishigami(double[] u) {
        double x1 = -Math.PI + 2 * Math.PI * u[0], x2 = -Math.PI + 2 * Math.PI * u[1], x3 = -Math.PI + 2 * Math.PI * u[2];
        return Math.sin(x1) + 7 * Math.pow(Math.sin(x2), 2) + 0.1 * Math.pow(x3, 4) * Math.sin(x1);
    }

    @Test
    void ishigamiIndicesAreRecovered() {
        int n = 4096, k = 3;
        List<double[]> pts = Sobol.design(n, k);
        assertEquals(n * (k + 2), pts.size());
        double[] y = new double[pts.size()];
        for (int i = 0; i < y.length; i++) y[i] = ishigami(pts.get(i));
        List<Sobol.Index> idx = Sobol.indices(y, n, k, 1);
        // analytic values: V = a^2/8 + b pi^4/5 + b^2 pi^8/18 + 1/2
        double a = 7, b = 0.1, pi4 = Math.pow(Math.PI, 4), v = a * a / 8 + b * pi4 / 5 + b * b * pi4 * pi4 / 18 + 0.5;
        double v1 = 0.5 * Math.pow(1 + b * pi4 / 5, 2), v2 = a * a / 8, v13 = b * b * pi4 * pi4 * (1.0 / 18 - 1.0 / 50);
        double[] s1 = {v1 / v, v2 / v, 0}, st = {(v1 + v13) / v, v2 / v, v13 / v};
        for (int i = 0; i < k; i++) {
            Sobol.Index x = idx.get(i);
            assertTrue(x.s1Low() <= s1[i] && s1[i] <= x.s1High(), "S1_" + (i + 1) + " " + s1[i] + " not in [" + x.s1Low() + ", " + x.s1High() + "]");
            assertTrue(x.stLow() <= st[i] && st[i] <= x.stHigh(), "ST_" + (i + 1) + " " + st[i] + " not in [" + x.stLow() + ", " + x.stHigh() + "]");
            assertTrue(x.stHigh() - x.stLow() < 0.1, "intervals narrow at N = 4096");
        }
    }

    @Test
    void anInputThatDoesNothingHasZeroIndices() {
        int n = 256, k = 2;
        List<double[]> pts = Sobol.design(n, k);
        double[] y = new double[pts.size()];
        for (int i = 0; i < y.length; i++) y[i] = 3 * pts.get(i)[0];
        List<Sobol.Index> idx = Sobol.indices(y, n, k, 2);
        assertEquals(1, idx.get(0).st(), 0.05);
        assertEquals(1, idx.get(0).s1(), 0.05);
        assertEquals(0, idx.get(1).st(), 1e-12, "f(A) = f(AB_2) exactly when input 2 does nothing");
        assertEquals(0, idx.get(1).s1(), 0.05);
    }
}
