package channelsim.calibration;

import channelsim.experiment.Seeds;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * The calibration's throughput for {@code bench}: whole simulated histories of a targets file's ABC problem
 * (its scenario at its scale, every figure of its record computed), timed by the thread's CPU time, as
 * simulated years per core-second. Parameter sets are draws of a posterior file when there is one (the
 * histories a late generation runs), else of the prior. Early rejection makes a real calibration cheaper
 * than this: rejected draws stop at the end of the first year that rules them out.
 */
public final class CalibrationBench {

    public record Figures(int histories, double years, double cpuSeconds, boolean fromPosterior) {
        public double yearsPerCoreSecond() { return years / cpuSeconds; }

        /** CPU seconds of one history. */
        public double secondsPerHistory() { return cpuSeconds / histories; }
    }

    private CalibrationBench() {}

    public static Figures run(Path targetsFile, Path posterior, int warmups, int histories) throws Exception {
        TargetFile tf = TargetFile.load(targetsFile);
        ChannelProblem p = BayesCalibration.problem(tf, null).posteriorProblem(); // the whole space, composition included if fitted
        PosteriorFile post = posterior != null && Files.isRegularFile(posterior) ? PosteriorFile.read(posterior) : null;
        boolean usePosterior = post != null && post.columns().equals(p.space().columns());
        SplittableRandom rng = new SplittableRandom(99);
        int[] pick = usePosterior ? post.resample(warmups + histories) : null;
        var bean = ManagementFactory.getThreadMXBean();
        long cpu = 0;
        double days = 0;
        for (int k = 0; k < warmups + histories; k++) {
            double[] z;
            if (usePosterior) {
                double[] x = post.values().get(pick[k]);
                z = new double[x.length];
                for (int i = 0; i < x.length; i++) z[i] = p.space().dims().get(i).prior().toZ(x[i]);
            } else z = p.space().sample(rng);
            long c0 = bean.getCurrentThreadCpuTime();
            p.simulate(z, Seeds.replicateSeed(7, k + 1), Double.POSITIVE_INFINITY);
            if (k >= warmups) {
                cpu += bean.getCurrentThreadCpuTime() - c0;
                days += p.base().days() + p.base().integer("warmup_days");
            }
        }
        return new Figures(histories, days / 365.25, cpu / 1e9, usePosterior);
    }
}
