package channelsim.experiment;

import channelsim.output.Num;
import channelsim.output.Numbers;

import java.util.List;
import java.util.Map;

/**
 * report.html: one self-contained file (charts inlined as SVG) that reads as a short policy brief. Built
 * only from {@link StudyResults} so a merged study gives the same report as a single run; run timings and
 * machine details stay in manifest.json.
 */
public final class StudyReport {
    private StudyReport() {}

    public static String html(StudyResults res, List<StudyCharts.Chart> charts) {
        return html(res, charts, null);
    }

    /** The report; over a posterior, it leads with the total intervals and their parameter share (uncertainty may be null). */
    public static String html(StudyResults res, List<StudyCharts.Chart> charts, List<Uncertainty.Row> uncertainty) {
        return html(res, charts, uncertainty, null);
    }

    /**
     * As above, with the calibrated model's misfits against the record (null: none known) put beside the measures
     * they touch: the arrivals headline, the totals table and the caveats.
     */
    public static String html(StudyResults res, List<StudyCharts.Chart> charts, List<Uncertainty.Row> uncertainty, Misfits misfits) {
        StudyInfo info = res.info();
        Map<String, String> svg = StudyCharts.byStem(charts);
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>ChannelSim study: ")
                .append(esc(info.name())).append("</title>\n<style>\n")
                .append("body{font-family:system-ui,-apple-system,Segoe UI,Helvetica,Arial,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222;line-height:1.45}\n")
                .append("table{border-collapse:collapse;margin:0.8em 0;font-size:0.92em}th,td{border-bottom:1px solid #ddd;padding:4px 8px;text-align:right;vertical-align:top}\n")
                .append("th:first-child,td:first-child{text-align:left}th{background:#f3f5f9}.ci{color:#666;font-size:0.85em}\n")
                .append(".answer{font-size:1.08em;background:#eef4ff;border-left:4px solid #4a7bd0;padding:0.6em 1em}\n")
                .append(".warn{background:#fff6e0;border-left:4px solid #e0a000;padding:0.5em 1em}.fans{display:flex;flex-wrap:wrap;gap:8px}\n")
                .append(".fans figure{width:540px;max-width:100%;margin:0}.fans svg,.chart svg{width:100%;height:auto}.chart{max-width:760px}\n")
                .append("code{background:#f3f3f3;padding:0 3px}figcaption{font-size:0.85em;color:#555}\n")
                .append("</style>\n</head>\n<body>\n");

        h.append("<h1>").append(esc(info.name())).append(": which policy deters Channel crossings?</h1>\n");
        if (!info.description().isBlank()) h.append("<p>").append(esc(info.description())).append("</p>\n");
        h.append("<p><b>Question.</b> Compared with the baseline <b>").append(esc(info.baseline()))
                .append("</b>, by how much does each policy reduce small-boat arrivals over ").append(info.days())
                .append(" days from ").append(esc(info.start())).append(", at what public cost, and with what side effects on deaths, ")
                .append("gang revenue and displacement? Each policy was run ").append(info.replicates())
                .append(" times with the same random numbers as the baseline.</p>\n");

        answer(h, res);
        if (uncertainty != null) parameterUncertainty(h, info, uncertainty);
        headline(h, res);
        calibration(h, misfits);
        ranking(h, res);
        chart(h, svg, "deterrence", "Deterrence with paired 95% confidence intervals, highest first.");
        sideEffects(h, res);
        chart(h, svg, "deaths", "Deaths over the horizon, mean and 95% CI.");
        chart(h, svg, "public-cost", "UK public cost over the horizon, GBP million, mean and 95% CI.");
        displacement(h, res);
        pareto(h, res);
        levels(h, res, misfits);

        monthly(h, res, svg);
        if (info.crossed()) acrossSamples(h, res);
        caveats(h, res, misfits);
        h.append("<h2>Weekly arrivals</h2>\n<p>Median week (line), the middle 50% and 90% of replicates (bands); a dashed line marks the day a policy starts.</p>\n<div class=\"fans\">\n");
        for (String g : info.groups()) {
            String s = svg.get(StudyCharts.fanStem(g));
            if (s != null) h.append("<figure>").append(s).append("</figure>\n");
        }
        h.append("</div>\n");

        h.append("<h2>Warnings</h2>\n");
        if (res.warnings().isEmpty()) h.append("<p>None: every adjacent pair in the ranking is separated at 95%.</p>\n");
        else {
            h.append("<div class=\"warn\"><ul>\n");
            for (String w : res.warnings()) h.append("<li>").append(esc(w)).append("</li>\n");
            h.append("</ul></div>\n");
        }
        method(h, info);
        configuration(h, info);
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    /** A policy with the lever values of its row ("returns-200 policies.one_in_one_out.returns_per_week=200"). */
    private static String uncertaintyLabel(Uncertainty.Row r) {
        StringBuilder sb = new StringBuilder(r.policy());
        for (Map.Entry<String, String> e : r.factors().entrySet())
            if (!e.getValue().isEmpty()) sb.append(' ').append(e.getKey().substring(e.getKey().lastIndexOf('.') + 1)).append('=').append(e.getValue());
        return sb.toString();
    }

    /** Over a posterior: the total interval of each policy's deterrence, how much of it is parameter uncertainty, and whether even the sign is known. */
    private static void parameterUncertainty(StringBuilder h, StudyInfo info, List<Uncertainty.Row> rows) {
        h.append("<h2>Deterrence with parameter uncertainty</h2>\n<p>Every policy ran over ").append(info.draws())
                .append(" draws of the calibration's posterior (<code>").append(esc(String.valueOf(info.posteriorFile()))).append("</code>), ")
                .append(info.replicatesPerDraw()).append(" replicates each, the same random numbers in every policy and every draw. ")
                .append("The intervals below and in summary.csv are <b>total</b> 95% intervals of the outcome over draws and replicates: ")
                .append("what is uncertain once the model's assumed numbers are uncertain too, not only its dice.")
                .append(info.crossed() ? " Each sample of the study's uncertainties ran over every draw (an uncertainty's value replaces the "
                        + "posterior's for its key); the rows below pool every sample, so the parameter share counts both the posterior and the uncertainties." : "")
                .append("</p>\n");
        h.append("<table>\n<tr><th>policy</th><th>deterrence, mean</th><th>total 95% interval</th><th>share of variance from the parameters</th>")
                .append("<th>chance it deters at all</th><th>in words</th></tr>\n");
        for (Uncertainty.Row r : rows) {
            if (!r.metric().equals("deterrence") || !r.headline()) continue;
            double vp = r.sdParameter() * r.sdParameter(), vs = Double.isNaN(r.sdStochastic()) ? 0 : r.sdStochastic() * r.sdStochastic();
            double share = vp + vs > 0 ? vp / (vp + vs) : 0;
            String words = r.low() > 0 ? "deters in nearly every draw"
                    : r.high() < 0 ? "raises arrivals in nearly every draw"
                    : "even the sign is uncertain: the interval holds both deterrence and a rise in arrivals";
            h.append(String.format(java.util.Locale.ROOT, "<tr><td>%s</td><td>%.1f%%</td><td>%.1f%% to %.1f%%</td><td>%.0f%%</td><td>%.0f%%</td><td>%s</td></tr>%n",
                    esc(uncertaintyLabel(r)), 100 * r.mean(), 100 * r.low(), 100 * r.high(), 100 * share, 100 * r.probPositive(), words));
        }
        h.append("</table>\n<p>Split by policy and metric, with the parameter and stochastic standard deviations: <code>uncertainty.csv</code>.</p>\n");
    }

    /**
     * The paragraph a reader can forward: which policy deters most, from when, by how much and how sure, at what
     * cost, with what deaths and displacement, and what is uncertain, in words.
     */
    public static String answerText(StudyResults res) {
        if (res.ranking().isEmpty()) return "";
        StudyInfo info = res.info();
        StudyResults.Ranked top = res.ranking().get(0);
        String g = top.policy();
        Stats.Estimate d = top.deterrence();
        StringBuilder a = new StringBuilder();
        int n = res.ranking().size();
        a.append(n == 1 ? "Compared with " + info.baseline() + ", " + g + " " : "Of the " + n + " policies compared with " + info.baseline() + ", " + g + " deters most: it ");
        if (!(d.mean() > 0)) a.append(n == 1 ? "does not reduce" : "does not reduce").append(" small-boat arrivals on average (")
                .append(Num.percent(d.mean())).append(", 95% CI ").append(range(d, true)).append(")");
        else a.append(n == 1 ? "cuts" : "cuts").append(" small-boat arrivals by ").append(Num.percent(d.mean())).append(" over the ")
                .append(info.days()).append(" days from ").append(info.start()).append(" (95% CI ").append(range(d, true)).append(")");
        String start = info.groupInfo(g).start();
        Stats.Estimate fs = res.get(g, "deterrence_from_start");
        if (start != null && fs.n() > 0)
            a.append("; from its start on ").append(start).append(", by ").append(Num.percent(fs.mean())).append(" (95% CI ").append(range(fs, true)).append(")");
        a.append(". ");
        if (info.draws() > 0)
            a.append("Its intervals are total ones over ").append(info.draws()).append(" draws of the calibration's posterior and ")
                    .append(info.replicatesPerDraw()).append(" replicates each: they hold what the 2018-2024 record leaves unknown about the model's assumed numbers, not only the dice. ");
        if (d.n() > 1 && !d.excludesZero()) a.append("That interval includes zero: with these replicates the effect cannot be told apart from none. ");
        Stats.Estimate cost = res.get(g, "public_cost_change"), cpa = res.get(g, "cost_per_crossing_averted");
        if (cost.n() > 0) {
            boolean saves = cost.mean() < 0;
            a.append(saves ? "It saves " : "It costs ").append(Num.human(Math.abs(cost.mean()))).append(" GBP of UK public money")
                    .append(saves ? "" : " more").append(" over the horizon (95% CI of the change ").append(range(cost, false)).append(")");
            Stats.Estimate av = res.get(g, "arrivals_averted");
            if (Double.isFinite(cpa.mean()) && av.low() > 0)
                a.append(", ").append(cpa.mean() < 0 ? "a saving of " : "").append(Num.human(Math.abs(cpa.mean()))).append(" GBP per crossing averted");
            else a.append("; a cost per crossing averted cannot be given because the crossings averted are not clearly above zero");
            a.append(". ");
        }
        Stats.Estimate deaths = res.get(g, "deaths_change");
        if (deaths.n() > 0)
            a.append("Deaths change by ").append(signed(deaths.mean())).append(" (95% CI ").append(range(deaths, false)).append(")")
                    .append(deaths.n() > 1 && !deaths.excludesZero() ? ", not distinguishable from no change" : "").append(". ");
        Stats.Estimate south = res.get(g, "southern_share_change"), ppb = res.get(g, "people_per_boat_change");
        if (south.n() > 0 || ppb.n() > 0) {
            a.append("The gangs adapt: ");
            List<String> parts = new java.util.ArrayList<>();
            if (south.n() > 0) parts.add("the share of launches from beaches south of Boulogne changes by " + Num.points(south.mean())
                    + (south.n() > 1 && !south.excludesZero() ? " (within noise)" : ""));
            if (ppb.n() > 0) parts.add("people per boat by " + signed(ppb.mean())
                    + (ppb.n() > 1 && !ppb.excludesZero() ? " (within noise)" : ""));
            a.append(String.join(" and ", parts)).append(". ");
        }
        if (n > 1 && !top.separatedFromNext())
            a.append("It cannot be ranked above ").append(res.ranking().get(1).policy()).append(" with these replicates. ");
        if (info.crossed()) {
            double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
            int samples = 0;
            for (StudyResults.Row r : res.summary())
                if (r.group().equals(g) && r.sample() > 0 && r.metric().equals("deterrence") && Double.isFinite(r.estimate().mean())) {
                    lo = Math.min(lo, r.estimate().mean());
                    hi = Math.max(hi, r.estimate().mean());
                    samples++;
                }
            if (samples > 1)
                a.append("Across the ").append(samples).append(" samples of the uncertain inputs its deterrence ranges from ")
                        .append(Num.percent(lo)).append(" to ").append(Num.percent(hi)).append(": what is not known about those inputs matters ")
                        .append(hi - lo > Math.max(0.05, Math.abs(d.mean()) / 2) ? "a great deal. " : "little. ");
        }
        a.append("These are model results under the stated assumptions, not forecasts.");
        return a.toString();
    }

    private static void answer(StringBuilder h, StudyResults res) {
        String a = answerText(res);
        if (!a.isEmpty()) h.append("<p class=\"answer\"><b>Answer.</b> ").append(esc(a)).append("</p>\n");
    }

    /** "a to b" of an interval, as percentages or plain numbers; the mean alone when there is no interval. */
    private static String range(Stats.Estimate e, boolean percent) {
        if (!Double.isFinite(e.low())) return "not available with one replicate";
        return percent ? Num.percent(e.low()) + " to " + Num.percent(e.high()) : signed(e.low()) + " to " + signed(e.high());
    }

    private static String signed(double v) { return (v > 0 ? "+" : "") + Num.human(v); }

    private static void monthly(StringBuilder h, StudyResults res, Map<String, String> svg) {
        StringBuilder figs = new StringBuilder();
        for (String g : res.info().groups()) {
            String s = svg.get(StudyCharts.monthlyStem(g));
            if (s != null) figs.append("<figure>").append(s).append("</figure>\n");
        }
        if (figs.length() == 0) return;
        h.append("<h2>Effects in time</h2>\n<p>Deterrence month by month (monthly.csv), paired with the baseline's same month; ")
                .append("a dashed line marks each policy's start. Before the start a policy's deterrence is only noise around zero.</p>\n")
                .append("<div class=\"fans\">\n").append(figs).append("</div>\n");
    }

    /** The settings no other beats on deterrence, cost and deaths at once. */
    private static void pareto(StringBuilder h, StudyResults res) {
        List<Pareto.Point> pts = Pareto.of(res);
        if (pts.size() < 2) return;
        h.append("<h2>Trade-offs: deterrence, public cost and deaths</h2>\n<p>A policy or lever setting is on the Pareto front when no other ")
                .append("deters at least as much with no more added public cost and no more added deaths (means; pareto.csv lists every setting).</p>\n")
                .append("<table>\n<tr><th>policy</th><th>deterrence</th><th>public cost change (GBP)</th><th>deaths change</th><th>on the front</th></tr>\n");
        for (Pareto.Point p : pts)
            h.append("<tr><td>").append(esc(p.group())).append("</td><td>").append(Num.percent(p.deterrence())).append("</td><td>")
                    .append(Num.human(p.costChange())).append("</td><td>").append(Num.human(p.deathsChange())).append("</td><td>")
                    .append(p.front() ? "yes" : "").append("</td></tr>\n");
        h.append("</table>\n");
    }

    /** Per-sample deterrence: how much the uncertain inputs move the answer. */
    private static void acrossSamples(StringBuilder h, StudyResults res) {
        List<String> keys = res.info().factorKeys();
        h.append("<h2>Across the uncertainties and levers</h2>\n<p>Deterrence of each policy and lever setting in each sample of the ")
                .append("uncertain inputs (summary.csv has every metric; replicates.csv every run). At most 60 rows are shown.</p>\n<table>\n<tr><th>policy</th><th>sample</th>");
        for (String k : keys) h.append("<th>").append(esc(k)).append("</th>");
        h.append("<th>deterrence</th></tr>\n");
        int shown = 0;
        for (StudyResults.Row r : res.summary()) {
            if (r.sample() <= 0 || !r.metric().equals("deterrence")) continue;
            if (++shown > 60) break;
            h.append("<tr><td>").append(esc(r.policy())).append("</td><td>").append(r.sample()).append("</td>");
            for (String k : keys) h.append("<td>").append(esc(r.factors().getOrDefault(k, ""))).append("</td>");
            h.append("<td>").append(pct(r.estimate())).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    /** What the numbers leave out, in words, where it applies. */
    /** Beside the arrivals headline: how far the calibrated model's arrivals are from the record. */
    private static void calibration(StringBuilder h, Misfits misfits) {
        Misfits.Measure a = misfits == null ? null : misfits.of("arrivals");
        if (a == null || a.worst() == null) return;
        h.append("<p class=\"warn\"><b>Calibration.</b> The calibrated model ").append(esc(a.worstText()))
                .append(", its largest miss of the record's last three years; ").append(esc(a.coverageText())).append(". Deterrence compares arrivals under the same model, so an error in the level "
                        + "partly cancels, but a model that misses the level may also miss the response. Every year: the totals table below; "
                        + "source: <code>").append(esc(misfits.file().toString())).append("</code>.</p>\n");
    }

    private static void caveats(StringBuilder h, StudyResults res, Misfits misfits) {
        List<String> c = new java.util.ArrayList<>();
        if (misfits != null)
            for (String m : res.info().metrics()) {
                Misfits.Measure x = misfits.of(m);
                if (x != null && x.worst() != null)
                    c.add("Against the 2018-2024 record, the calibrated model " + x.worstText() + "; " + x.coverageText() + ".");
            }
        List<String> items = new java.util.ArrayList<>();
        for (channelsim.model.PublicCost.Item i : channelsim.model.PublicCost.Item.values()) items.add(i.key.replace('_', ' '));
        c.add("public_cost counts the UK's spending in the model, item by item (" + String.join(", ", items)
                + "; summary.json of a run gives public_cost_by_item). France's own spending and costs outside the model "
                + "(courts, detention, the wider economy) are not counted.");
        for (StudyResults.Ranked r : res.ranking()) {
            Stats.Estimate d = r.deterrence();
            if (d.n() > 1 && !d.excludesZero())
                c.add("The deterrence of " + r.policy() + " (" + Num.percent(d.mean()) + ") has an interval that includes zero: it may have no effect.");
            Stats.Estimate dd = res.get(r.policy(), "deaths_change");
            if (dd.n() > 1 && !dd.excludesZero() && Math.abs(dd.mean()) >= 1)
                c.add("The change in deaths under " + r.policy() + " (" + signed(dd.mean()) + ") is within noise.");
        }
        h.append("<h2>Caveats</h2>\n<ul>\n");
        for (String s : c) h.append("<li>").append(esc(s)).append("</li>\n");
        h.append("</ul>\n");
    }

    private static void headline(StringBuilder h, StudyResults res) {
        if (res.ranking().isEmpty()) return;
        StudyResults.Ranked top = res.ranking().get(0);
        Stats.Estimate d = top.deterrence();
        h.append("<p><b>Headline.</b> The most deterrent policy is <b>").append(esc(top.policy())).append("</b>: ")
                .append(Num.percent(d.mean())).append(" fewer arrivals than the baseline (95% CI ")
                .append(Num.percent(d.low())).append(" to ").append(Num.percent(d.high())).append(")");
        if (res.ranking().size() > 1 && !top.separatedFromNext())
            h.append(", but it cannot be told apart from <b>").append(esc(res.ranking().get(1).policy()))
                    .append("</b> with these replicates (see warnings)");
        h.append(".</p>\n");
    }

    private static void ranking(StringBuilder h, StudyResults res) {
        h.append("<h2>Deterrence, ranked</h2>\n<table>\n<tr><th>rank</th><th>policy</th><th>deterrence</th><th>starts</th><th>deterrence from its start</th><th>arrivals</th>")
                .append("<th>deterrence of people (distinct people landed)</th><th>went elsewhere in Europe (displacement)</th>")
                .append("<th>arrivals averted</th><th>cost per crossing averted (GBP; negative: saves money)</th></tr>\n");
        for (StudyResults.Ranked r : res.ranking()) {
            String p = r.policy();
            h.append("<tr><td>").append(r.rank()).append(r.separatedFromNext() ? "" : " ~").append("</td><td>").append(esc(p))
                    .append("</td><td>").append(pct(r.deterrence())).append("</td><td>")
                    .append(esc(String.valueOf(res.info().groupInfo(p).start() == null ? "" : res.info().groupInfo(p).start())))
                    .append("</td><td>").append(pct(res.get(p, "deterrence_from_start"))).append("</td><td>").append(num(res.get(p, "arrivals")))
                    .append("</td><td>").append(pct(res.get(p, "deterrence_people"))).append("</td><td>").append(num(res.get(p, "went_elsewhere")))
                    .append("</td><td>").append(num(res.get(p, "arrivals_averted"))).append("</td><td>")
                    .append(res.get(p, "arrivals_averted").low() > 0 ? num(res.get(p, "cost_per_crossing_averted"))
                            : "n/a (crossings averted not clearly above zero)").append("</td></tr>\n");
        }
        h.append("</table>\n<p class=\"ci\">Brackets: 95% confidence intervals. \"~\": not separated from the next policy down at 95%. ")
                .append("Baseline ").append(esc(res.info().baseline())).append(": ").append(num(res.get(res.info().baseline(), "arrivals")))
                .append(" arrivals.</p>\n");
    }

    private static void sideEffects(StringBuilder h, StudyResults res) {
        h.append("<h2>Side effects, change against the baseline</h2>\n<table>\n<tr><th>policy</th><th>deaths</th>")
                .append("<th>public cost (GBP)</th><th>gang revenue (GBP)</th><th>price (GBP/place)</th></tr>\n");
        for (StudyResults.Ranked r : res.ranking()) {
            String p = r.policy();
            h.append("<tr><td>").append(esc(p)).append("</td><td>").append(num(res.get(p, "deaths_change")))
                    .append("</td><td>").append(num(res.get(p, "public_cost_change"))).append("</td><td>")
                    .append(num(res.get(p, "gang_revenue_change"))).append("</td><td>").append(num(res.get(p, "price_change")))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void displacement(StringBuilder h, StudyResults res) {
        h.append("<h2>Displacement: how the gangs adapt</h2>\n<table>\n<tr><th>policy</th><th>people per boat</th>")
                .append("<th>change</th><th>southern share of launches</th><th>change</th><th>taxi-boat share</th><th>change</th></tr>\n");
        for (String p : res.info().groups()) {
            boolean base = p.equals(res.info().baseline());
            h.append("<tr><td>").append(esc(p)).append(base ? " (baseline)" : "").append("</td><td>")
                    .append(num(res.get(p, "people_per_boat"))).append("</td><td>").append(base ? "" : num(res.get(p, "people_per_boat_change")))
                    .append("</td><td>").append(pct(res.get(p, "southern_share"))).append("</td><td>")
                    .append(base ? "" : pp(res.get(p, "southern_share_change"))).append("</td><td>")
                    .append(pct(res.get(p, "taxi_share"))).append("</td><td>").append(base ? "" : pp(res.get(p, "taxi_share_change")))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void levels(StringBuilder h, StudyResults res, Misfits misfits) {
        h.append("<h2>Totals per policy</h2>\n<p class=\"ci\">Mean over replicates with 95% CI; flows are totals over the horizon, ")
                .append("levels are daily averages.").append(misfits == null ? "" : " Last column: the calibrated model's median prediction "
                        + "against the record, year by year (+: over-predicts), where the record has the measure.")
                .append("</p>\n<table>\n<tr><th>metric</th>");
        for (String g : res.info().groups()) h.append("<th>").append(esc(g)).append("</th>");
        if (misfits != null) h.append("<th>calibration misfit, 2018-2024</th>");
        h.append("</tr>\n");
        for (String m : res.info().metrics()) {
            if (!res.columns().contains(m)) continue;
            h.append("<tr><td>").append(esc(m)).append("</td>");
            for (String g : res.info().groups()) h.append("<td>").append(num(res.get(g, m))).append("</td>");
            if (misfits != null) {
                Misfits.Measure x = misfits.of(m);
                StringBuilder t = new StringBuilder();
                if (x != null)
                    for (Misfits.Year y : x.years())
                        if (Double.isFinite(y.relative()))
                            t.append(t.length() == 0 ? "" : ", ").append(y.year()).append(' ').append(y.relative() > 0 ? "+" : "")
                                    .append(Math.round(100 * y.relative())).append('%');
                h.append("<td>").append(esc(t.toString())).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    private static void method(StringBuilder h, StudyInfo info) {
        h.append("<h2>Method</h2>\n<ul>\n")
                .append("<li><b>Common random numbers.</b> Replicate <i>r</i> uses the same seed under every policy (")
                .append("<code>").append(esc(Seeds.RULE)).append("</code>, study seed ").append(info.seed())
                .append("), so differences between policies are paired and much less noisy than independent runs.</li>\n")
                .append("<li><b>Deterrence</b> is computed per replicate, <i>d<sub>r</sub></i> = 1 &minus; arrivals<sub>policy,r</sub> / arrivals<sub>baseline,r</sub>; ")
                .append("the table gives the mean of <i>d<sub>r</sub></i> and its Student-t 95% interval over the ").append(info.replicates())
                .append(" replicates (a paired interval, not a ratio of means).</li>\n")
                .append("<li><b>Changes</b> (deaths, cost, gang revenue, people per boat, shares) are paired differences with Student-t 95% intervals.</li>\n")
                .append("<li><b>Cost per crossing averted</b> is a ratio of means, mean(&Delta; public cost) / mean(arrivals averted), ")
                .append("with a delta-method 95% interval; it is undefined when a policy does not reduce arrivals.</li>\n")
                .append("<li><b>Ranking.</b> Adjacent policies are separated when the paired 95% interval of their deterrence difference excludes zero; ")
                .append("otherwise the warnings give the replicates needed, n &asymp; (2 &times; 1.96 &times; sd / &Delta;)&sup2;.</li>\n")
                .append("<li>Money is in GBP over the whole horizon (\"m\": millions). A negative cost per crossing averted means ")
                .append("the policy saves more public money (asylum support, processing) than it costs.</li>\n")
                .append("<li>Weekly bands are R-7 quantiles across replicates. Numbers are model outputs under the stated assumptions, not forecasts.</li>\n")
                .append("</ul>\n");
    }

    private static void configuration(StringBuilder h, StudyInfo info) {
        h.append("<h2>Configuration</h2>\n<table>\n");
        row(h, "study file", info.studyFile());
        row(h, "base scenario", info.scenarioFile());
        row(h, "baseline", info.baseline());
        row(h, "replicates", Integer.toString(info.replicates()));
        row(h, "study seed", Long.toString(info.seed()));
        row(h, "horizon", info.days() + " days from " + info.start());
        row(h, "configuration hash", info.studyHash());
        row(h, "ChannelSim version", info.version());
        h.append("</table>\n<table>\n<tr><th>policy</th><th>from</th><th>overrides of the base scenario</th><th>scenario hash</th></tr>\n");
        for (String g : info.groups()) {
            StudyInfo.PolicyInfo p = info.groupInfo(g);
            StringBuilder o = new StringBuilder();
            for (Map.Entry<String, String> e : p.overrides().entrySet())
                o.append("<code>").append(esc(e.getKey())).append(": ").append(esc(e.getValue())).append("</code><br>");
            h.append("<tr><td>").append(esc(g)).append("</td><td>").append(esc(p.origin())).append("</td><td style=\"text-align:left\">")
                    .append(o.length() == 0 ? "none" : o.toString()).append("</td><td><code>").append(esc(p.scenarioHash().substring(0, 12)))
                    .append("</code></td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void chart(StringBuilder h, Map<String, String> svg, String stem, String caption) {
        String s = svg.get(stem);
        if (s == null) return;
        h.append("<figure class=\"chart\">").append(s).append("<figcaption>").append(esc(caption)).append("</figcaption></figure>\n");
    }

    private static void row(StringBuilder h, String k, String v) {
        h.append("<tr><td>").append(esc(k)).append("</td><td style=\"text-align:left\">").append(esc(v)).append("</td></tr>\n");
    }

    private static String num(Stats.Estimate e) {
        if (e.n() == 0 || Double.isNaN(e.mean())) return "n/a";
        String s = Num.human(e.mean());
        if (Double.isNaN(e.low())) return s;
        return s + " <span class=\"ci\">[" + Num.human(e.low()) + ", " + Num.human(e.high()) + "]</span>";
    }

    private static String pct(Stats.Estimate e) {
        if (e.n() == 0 || Double.isNaN(e.mean())) return "n/a";
        String s = Num.percent(e.mean());
        if (Double.isNaN(e.low())) return s;
        return s + " <span class=\"ci\">[" + Num.percent(e.low()) + ", " + Num.percent(e.high()) + "]</span>";
    }

    private static String pp(Stats.Estimate e) {
        if (e.n() == 0 || Double.isNaN(e.mean())) return "n/a";
        String s = Num.points(e.mean());
        if (Double.isNaN(e.low())) return s;
        return s + " <span class=\"ci\">[" + Num.points(e.low()) + ", " + Num.points(e.high()) + "]</span>";
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
