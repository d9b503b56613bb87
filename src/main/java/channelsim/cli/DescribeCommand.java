package channelsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import channelsim.config.ParamSpec;
import channelsim.config.ParameterRegistry;
import channelsim.experiment.OutputDictionary;
import channelsim.model.OutputSpec;
import channelsim.output.Numbers;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code channelsim describe}: every parameter with its type, default, unit, range, meaning and source. */
@Command(name = "describe", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "List every parameter: key, type, default, unit, range, meaning and source of the default.")
final class DescribeCommand implements Callable<Integer> {

    enum Format { text, md, csv }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILTER", arity = "0..1", description = "Show only keys containing this text.")
    String filter;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default), md or csv.")
    Format format;

    @Option(names = "--outputs", description = "List every output column and metric instead: name, unit, aggregation "
            + "(total, daily mean, end value, ...) and meaning (the data dictionary; studies write it as outputs.csv).")
    boolean outputs;

    private static final String[] HEADER = {"key", "type", "default", "unit", "range", "meaning", "source", "prior"};
    private static final String[] OUTPUT_HEADER = {"name", "unit", "aggregation", "meaning"};

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<String[]> outs = new ArrayList<>();
        for (OutputSpec o : OutputDictionary.all(knownGroups()))
            if (filter == null || o.name().contains(filter)) outs.add(new String[] {o.name(), o.unit(), o.aggregation(), o.meaning()});
        if (outputs) {
            outputTable(out, outs);
            out.flush();
            return 0;
        }
        List<String[]> rows = new ArrayList<>();
        for (ParamSpec p : ParameterRegistry.all()) {
            String key = p.isGroupTemplate() ? p.key().replace("*", "<name>") : p.key();
            if (filter != null && !key.contains(filter)) continue;
            channelsim.config.Prior prior = ParameterRegistry.prior(p.key());
            String priorText = prior == null ? "" : prior.text() + ": " + prior.reason();
            rows.add(new String[] {key, p.type().name().toLowerCase(Locale.ROOT), p.defaultText(), p.unit(), p.rangeText(), p.meaning(), p.source(), priorText});
            if (!p.isGroupTemplate() || format != Format.csv) continue;
            // for programs reading the csv, each default group's own key and default too (what a scenario or a
            // posterior column names, e.g. migrants.groups.albanian.share@2022 in the shipped posterior); text and
            // md show them as the table of default groups
            String attribute = p.key().substring(p.key().lastIndexOf('.') + 1);
            for (String g : ParameterRegistry.DEFAULT_GROUPS) {
                String concrete = "migrants.groups." + g + "." + attribute;
                if (filter != null && !concrete.contains(filter)) continue;
                rows.add(new String[] {concrete, p.type().name().toLowerCase(Locale.ROOT), String.valueOf(ParameterRegistry.groupDefault(g, attribute)),
                        p.unit(), p.rangeText(), p.meaning() + " (default group " + g + ")", p.source(), prior == null ? "" : "as " + key});
            }
        }
        PrintWriter w = out;
        if (rows.isEmpty() && !outs.isEmpty()) {
            // "describe public_cost": an output, not a parameter
            if (format == Format.text) w.println("No parameter matches '" + filter + "'; outputs that do (describe --outputs lists them all):");
            outputTable(w, outs);
            w.flush();
            return 0;
        }
        switch (format) {
            case text -> text(w, rows);
            case md -> markdown(w, rows);
            case csv -> csv(w, rows);
        }
        w.flush();
        return 0;
    }

    /**
     * Origin groups for the per-group columns: the registry's defaults and those of the shipped scenarios
     * (models/scenarios/ under the working folder, when there is one), so the dictionary names every column a
     * study of them writes.
     */
    private static List<String> knownGroups() {
        java.util.Set<String> g = new java.util.LinkedHashSet<>(ParameterRegistry.DEFAULT_GROUPS);
        java.nio.file.Path dir = java.nio.file.Path.of("models", "scenarios");
        if (java.nio.file.Files.isDirectory(dir))
            try (var files = java.nio.file.Files.list(dir)) {
                for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList())
                    try {
                        for (channelsim.config.GroupSpec s : channelsim.config.ScenarioLoader.load(f).groups()) g.add(s.name());
                    } catch (channelsim.config.ConfigException e) {
                        // a broken scenario is validate's business; its groups are simply not listed
                    }
            } catch (IOException e) {
                // no listing: the defaults stand
            }
        return List.copyOf(g);
    }

    private void outputTable(PrintWriter w, List<String[]> rows) throws IOException {
        switch (format) {
            case csv -> {
                CSVFormat fmt = CSVFormat.DEFAULT.builder().setHeader(OUTPUT_HEADER).setRecordSeparator('\n').get();
                try (CSVPrinter p = new CSVPrinter(new NonClosing(w), fmt)) {
                    for (String[] r : rows) p.printRecord((Object[]) r);
                }
            }
            case md -> {
                w.println("| " + String.join(" | ", OUTPUT_HEADER) + " |");
                w.println("|" + "---|".repeat(OUTPUT_HEADER.length));
                for (String[] r : rows) {
                    StringBuilder sb = new StringBuilder("|");
                    for (int c = 0; c < r.length; c++) sb.append(' ').append(c == 0 ? "`" + r[c] + "`" : r[c].replace("|", "\\|")).append(" |");
                    w.println(sb);
                }
            }
            case text -> {
                int[] width = new int[3];
                for (int c = 0; c < 3; c++) width[c] = OUTPUT_HEADER[c].length();
                for (String[] r : rows) for (int c = 0; c < 3; c++) width[c] = Math.max(width[c], r[c].length());
                w.println(pad("NAME", width[0] + 2) + pad("UNIT", width[1] + 2) + pad("AGGREGATION", width[2] + 2) + "MEANING");
                for (String[] r : rows) w.println(pad(r[0], width[0] + 2) + pad(r[1], width[1] + 2) + pad(r[2], width[2] + 2) + r[3]);
            }
        }
    }

    private void text(PrintWriter w, List<String[]> rows) {
        int[] width = new int[5];
        for (int c = 0; c < 5; c++) width[c] = HEADER[c].length();
        for (String[] r : rows) for (int c = 0; c < 5; c++) width[c] = Math.max(width[c], r[c].length());
        StringBuilder indent = new StringBuilder();
        for (int c = 0; c < 5; c++) indent.append(" ".repeat(width[c] + 2));
        w.println(line(HEADER, width).toUpperCase(Locale.ROOT));
        for (String[] r : rows) {
            w.println(line(r, width));
            // the source sits under the meaning so the table stays narrow enough to read
            w.println(indent + "source: " + r[6]);
            if (!r[7].isEmpty()) w.println(indent + "prior (calibrated): " + r[7]);
        }
        if (filter == null || "migrants.groups".contains(filter) || filter.startsWith("migrants.groups")) {
            w.println();
            w.println("Default origin groups (a scenario's migrants.groups block replaces them; shares are normalised):");
            groups(w);
        }
    }

    private static String line(String[] r, int[] width) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < 5; c++) sb.append(pad(r[c], width[c] + 2));
        sb.append(r[5]);
        return sb.toString();
    }

    private static String pad(String s, int n) {
        return s.length() >= n ? s : s + " ".repeat(n - s.length());
    }

    private void groups(PrintWriter w) {
        List<String> attrs = ParameterRegistry.GROUP_ATTRIBUTES;
        int nameWidth = "group".length();
        for (String g : ParameterRegistry.DEFAULT_GROUPS) nameWidth = Math.max(nameWidth, g.length());
        StringBuilder head = new StringBuilder("  " + pad("group", nameWidth + 2));
        for (String a : attrs) head.append(pad(a, a.length() + 2));
        w.println(head.toString().stripTrailing());
        for (String g : ParameterRegistry.DEFAULT_GROUPS) {
            StringBuilder sb = new StringBuilder("  " + pad(g, nameWidth + 2));
            for (String a : attrs) sb.append(pad(Numbers.format((Double) ParameterRegistry.groupDefault(g, a)), a.length() + 2));
            w.println(sb.toString().stripTrailing());
        }
    }

    private void markdown(PrintWriter w, List<String[]> rows) {
        w.println("| " + String.join(" | ", HEADER) + " |");
        w.println("|" + "---|".repeat(HEADER.length));
        for (String[] r : rows) {
            StringBuilder sb = new StringBuilder("|");
            for (int c = 0; c < r.length; c++) {
                String cell = r[c].replace("|", "\\|");
                sb.append(' ').append(c == 0 || c == 4 ? (cell.isEmpty() ? "" : "`" + cell + "`") : cell).append(" |");
            }
            w.println(sb);
        }
        w.println();
        w.println("Default origin groups:");
        w.println();
        w.println("| group | " + String.join(" | ", ParameterRegistry.GROUP_ATTRIBUTES) + " |");
        w.println("|" + "---|".repeat(ParameterRegistry.GROUP_ATTRIBUTES.size() + 1));
        for (String g : ParameterRegistry.DEFAULT_GROUPS) {
            StringBuilder sb = new StringBuilder("| " + g + " |");
            for (String a : ParameterRegistry.GROUP_ATTRIBUTES)
                sb.append(' ').append(Numbers.format((Double) ParameterRegistry.groupDefault(g, a))).append(" |");
            w.println(sb);
        }
    }

    private void csv(PrintWriter w, List<String[]> rows) throws IOException {
        CSVFormat fmt = CSVFormat.DEFAULT.builder().setHeader(HEADER).setRecordSeparator('\n').get();
        try (CSVPrinter p = new CSVPrinter(new NonClosing(w), fmt)) {
            for (String[] r : rows) p.printRecord((Object[]) r);
        }
    }

    /** Lets the CSV printer close without closing the command's output stream. */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(java.io.Writer w) { super(w); }

        @Override
        public void close() throws IOException { flush(); }
    }
}
