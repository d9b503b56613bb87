package channelsim.calibration;

import channelsim.output.AtomicFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The diagnostics of a Bayesian calibration, written to one folder: generations.csv (tolerances and
 * acceptance), predictive.csv (every figure with its predictive bands), coverage.csv (share of figures
 * inside their 50% and 90% bands, by series), identification.csv (posterior sd / prior sd of every
 * parameter), calibration.md (all of it in words) and the charts.
 */
public final class PosteriorReport {
    private PosteriorReport() {}

    public static void write(BayesCalibration.Outcome o, Path dir, String command, double seconds) throws IOException {
        AbcSmc.Result r = o.result();
        StringBuilder gen = new StringBuilder("generation,epsilon,proposed,accepted,acceptance,ess\n");
        for (AbcSmc.Generation g : r.generations())
            gen.append(String.format(Locale.ROOT, "%d,%.4f,%d,%d,%.4f,%.1f%n", g.number(), g.epsilon(), g.proposed(), g.accepted(), g.acceptance(), g.ess()));
        AtomicFiles.writeString(dir.resolve("generations.csv"), gen.toString());
        StringBuilder pred = new StringBuilder("id,measure,period,group,observed,low,high,quality,q05,q25,q50,q75,q95,in50,in90\n");
        for (Predictive.Band b : o.bands()) {
            RecordTarget t = b.target();
            pred.append(String.join(",", t.id(), t.measure(), t.period().text(), t.group(), n(t.observed()), n(t.low()), n(t.high()),
                    '"' + t.quality() + '"', n(b.q05()), n(b.q25()), n(b.q50()), n(b.q75()), n(b.q95()),
                    String.valueOf(b.in50()), String.valueOf(b.in90()))).append('\n');
        }
        AtomicFiles.writeString(dir.resolve("predictive.csv"), pred.toString());
        StringBuilder cov = new StringBuilder("series,n,coverage50,coverage90\n");
        for (Predictive.Coverage c : o.coverage()) cov.append(String.format(Locale.ROOT, "%s,%d,%.3f,%.3f%n", c.series(), c.n(), c.coverage50(), c.coverage90()));
        AtomicFiles.writeString(dir.resolve("coverage.csv"), cov.toString());
        StringBuilder id = new StringBuilder("parameter,prior,prior_mean,prior_sd,posterior_mean,posterior_sd,posterior_q05,posterior_q95,sd_ratio,verdict\n");
        for (BayesCalibration.Identified i : o.identification())
            id.append(String.format(Locale.ROOT, "%s,\"%s\",%s,%s,%s,%s,%s,%s,%.3f,%s%n", i.column(), i.prior(), g(i.priorMean()), g(i.priorSd()),
                    g(i.mean()), g(i.sd()), g(i.q05()), g(i.q95()), i.ratio(), i.verdict()));
        AtomicFiles.writeString(dir.resolve("identification.csv"), id.toString());

        PosteriorCharts.bands(o.bands(), t -> t.period().isMonth() && t.group().isEmpty(),
                "Posterior predictive bands, monthly arrivals, boats and prices 2018-2024 (log scale)", dir.resolve("predictive-monthly.png"), true);
        PosteriorCharts.bands(o.bands(), t -> !t.group().isEmpty(),
                "Posterior predictive bands, arrivals by nationality and year (log scale)", dir.resolve("predictive-nationality.png"), true);
        PosteriorCharts.bands(o.bands(), t -> !t.period().isMonth() && t.group().isEmpty(),
                "Posterior predictive bands, other figures", dir.resolve("predictive-other.png"), false);
        PosteriorCharts.marginals(o.problem().space(), o.posterior(), dir.resolve("marginals.png"), 7);

        AtomicFiles.writeString(dir.resolve("calibration.md"), markdown(o, command, seconds));
    }

    static String markdown(BayesCalibration.Outcome o, String command, double seconds) {
        AbcSmc.Result r = o.result();
        AbcSmc.Generation last = r.last();
        StringBuilder sb = new StringBuilder();
        sb.append("# Bayesian calibration: posterior, predictive coverage and identification\n\n");
        sb.append("Written by `").append(command).append("`");
        sb.append(String.format(Locale.ROOT, " in %.0f s: %d simulated histories (%d stopped early once beyond the tolerance, %d taken from the journal of an earlier run), %d generations of ABC-SMC, ",
                seconds, r.simulations(), r.stoppedEarly(), r.reused(), r.generations().size()));
        sb.append(String.format(Locale.ROOT, "the last with %d particles (effective sample size %.0f) within a distance of %.3f.%n%n", last.particles().size(), last.ess(), last.epsilon()));
        sb.append("The distance is the root mean squared residual of the ").append(o.problem().targets().size())
                .append(" figures of the record, each residual in units of that figure's observation error (see docs/calibration/README.md). ")
                .append("A distance of 1 would mean the model is off by about one observation error everywhere; what is left above 1 is model error the posterior absorbs as wider parameter spread.\n\n");
        sb.append("## Posterior predictive coverage\n\nShare of the record's figures inside the posterior predictive 50% and 90% bands ")
                .append("(simulated value of each kept history, with an observation error drawn from the error model). Well-calibrated bands cover about 50% and 90%.\n\n");
        sb.append("| series | figures | coverage of the 50% band | coverage of the 90% band |\n|---|---:|---:|---:|\n");
        for (Predictive.Coverage c : o.coverage())
            sb.append(String.format(Locale.ROOT, "| %s | %d | %.0f%% | %.0f%% |%n", c.series(), c.n(), 100 * c.coverage50(), 100 * c.coverage90()));
        sb.append("\nCharts: `predictive-monthly.png` (monthly arrivals and boats), `predictive-nationality.png` (arrivals by nationality), `predictive-other.png` (people per boat, busiest day, prevention, deaths, prices); every band in `predictive.csv`.\n\n");
        sb.append("## Identification: posterior sd / prior sd\n\nA ratio well below 1 means the record pins the parameter down; near 1, the posterior is the prior and the parameter's uncertainty is carried into every study unchanged. ")
                .append("Verdicts: below 0.5 pinned down, 0.5 to 0.8 partly identified, above 0.8 left to the prior. Marginal posteriors against priors: `marginals.png`.\n\n");
        sb.append("| parameter | prior | prior mean | prior sd | posterior mean | posterior sd | posterior 90% interval | sd ratio | verdict |\n|---|---|---:|---:|---:|---:|---|---:|---|\n");
        for (BayesCalibration.Identified i : o.identification())
            sb.append(String.format(Locale.ROOT, "| `%s` | %s | %s | %s | %s | %s | %s to %s | %.2f | %s |%n", i.column(), i.prior(), g(i.priorMean()), g(i.priorSd()),
                    g(i.mean()), g(i.sd()), g(i.q05()), g(i.q95()), i.ratio(), i.verdict()));
        if (!o.priorOnly().isEmpty()) {
            sb.append("\nCarried from the prior, not fitted (the record cannot inform them: they act only after its last year), each posterior draw with an independent draw from the prior: ");
            List<String> items = new java.util.ArrayList<>();
            for (String k : o.priorOnly()) items.add("`" + k + "` " + channelsim.config.ParameterRegistry.prior(k).text());
            sb.append(String.join("; ", items)).append(".\n");
        }
        sb.append("\n## Generations\n\n| generation | tolerance | proposed | kept | acceptance | effective sample size |\n|---:|---:|---:|---:|---:|---:|\n");
        for (AbcSmc.Generation gg : r.generations())
            sb.append(String.format(Locale.ROOT, "| %d | %.3f | %d | %d | %.1f%% | %.0f |%n", gg.number(), gg.epsilon(), gg.proposed(), gg.accepted(), 100 * gg.acceptance(), gg.ess()));
        return sb.toString();
    }

    static String n(double v) { return Double.isNaN(v) ? "" : g(v); }

    static String g(double v) {
        if (Double.isNaN(v)) return "n/a";
        if (v == Math.rint(v) && Math.abs(v) < 1e9) return Long.toString((long) v);
        return String.format(Locale.ROOT, "%.4g", v);
    }

    /** Coverage of a series, or NaN when it has none. */
    public static double coverage90(List<Predictive.Coverage> cs, String series) {
        for (Predictive.Coverage c : cs) if (c.series().equals(series)) return c.coverage90();
        return Double.NaN;
    }
}
