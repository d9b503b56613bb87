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
        StudyInfo info = res.info();
        Map<String, String> svg = StudyCharts.byStem(charts);
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>ChannelSim study: ")
                .append(esc(info.name())).append("</title>\n<style>\n")
                .append("body{font-family:system-ui,-apple-system,Segoe UI,Helvetica,Arial,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222;line-height:1.45}\n")
                .append("table{border-collapse:collapse;margin:0.8em 0;font-size:0.92em}th,td{border-bottom:1px solid #ddd;padding:4px 8px;text-align:right;vertical-align:top}\n")
                .append("th:first-child,td:first-child{text-align:left}th{background:#f3f5f9}.ci{color:#666;font-size:0.85em}\n")
                .append(".warn{background:#fff6e0;border-left:4px solid #e0a000;padding:0.5em 1em}.fans{display:flex;flex-wrap:wrap;gap:8px}\n")
                .append(".fans figure{width:360px;margin:0}.fans svg,.chart svg{width:100%;height:auto}.chart{max-width:760px}\n")
                .append("code{background:#f3f3f3;padding:0 3px}figcaption{font-size:0.85em;color:#555}\n")
                .append("</style>\n</head>\n<body>\n");

        h.append("<h1>").append(esc(info.name())).append(": which policy deters Channel crossings?</h1>\n");
        if (!info.description().isBlank()) h.append("<p>").append(esc(info.description())).append("</p>\n");
        h.append("<p><b>Question.</b> Compared with the baseline <b>").append(esc(info.baseline()))
                .append("</b>, by how much does each policy reduce small-boat arrivals over ").append(info.days())
                .append(" days from ").append(esc(info.start())).append(", at what public cost, and with what side effects on deaths, ")
                .append("gang revenue and displacement? Each policy was run ").append(info.replicates())
                .append(" times with the same random numbers as the baseline.</p>\n");

        headline(h, res);
        ranking(h, res);
        chart(h, svg, "deterrence", "Deterrence with paired 95% confidence intervals, highest first.");
        sideEffects(h, res);
        chart(h, svg, "deaths", "Deaths over the horizon, mean and 95% CI.");
        chart(h, svg, "public-cost", "UK public cost over the horizon, GBP million, mean and 95% CI.");
        displacement(h, res);
        levels(h, res);

        h.append("<h2>Weekly arrivals</h2>\n<p>Median week (line), the middle 50% and 90% of replicates (bands).</p>\n<div class=\"fans\">\n");
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
        h.append("<h2>Deterrence, ranked</h2>\n<table>\n<tr><th>rank</th><th>policy</th><th>deterrence</th><th>arrivals</th>")
                .append("<th>arrivals averted</th><th>cost per crossing averted (GBP; negative: saves money)</th></tr>\n");
        for (StudyResults.Ranked r : res.ranking()) {
            String p = r.policy();
            h.append("<tr><td>").append(r.rank()).append(r.separatedFromNext() ? "" : " ~").append("</td><td>").append(esc(p))
                    .append("</td><td>").append(pct(r.deterrence())).append("</td><td>").append(num(res.get(p, "arrivals")))
                    .append("</td><td>").append(num(res.get(p, "arrivals_averted"))).append("</td><td>")
                    .append(num(res.get(p, "cost_per_crossing_averted"))).append("</td></tr>\n");
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

    private static void levels(StringBuilder h, StudyResults res) {
        h.append("<h2>Totals per policy</h2>\n<p class=\"ci\">Mean over replicates with 95% CI; flows are totals over the horizon, ")
                .append("levels are daily averages.</p>\n<table>\n<tr><th>metric</th>");
        for (String g : res.info().groups()) h.append("<th>").append(esc(g)).append("</th>");
        h.append("</tr>\n");
        for (String m : res.info().metrics()) {
            if (!res.columns().contains(m)) continue;
            h.append("<tr><td>").append(esc(m)).append("</td>");
            for (String g : res.info().groups()) h.append("<td>").append(num(res.get(g, m))).append("</td>");
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
