package channelsim.spark;

import channelsim.cli.BacktestCommand;
import channelsim.cli.CalibrateCommand;
import channelsim.cli.StudyCommand;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * {@code spark-submit --class channelsim.spark.Main channelsim-spark.jar study FILE.yaml [options]}: ChannelSim's
 * command line with {@code study} running its replicates on Spark, {@code calibrate TARGETS --posterior
 * OUT.csv} its simulations, and {@code backtest TARGETS --fit-until YEAR --predict Y1-Y2} its fit's simulations
 * and its forecast runs. The options, messages, exit codes and files are those of {@code ./channelsim study},
 * {@code calibrate} and {@code backtest} (the same command classes), plus {@code DIR/replicates.parquet} and {@code DIR/weekly.parquet}
 * for a study; {@code bench} times Spark against the local runner; {@code parquet DIR} writes the two Parquet files for
 * a folder any runner made. The commands that run no replicates (validate,
 * describe, merge, help) are ./channelsim's own; the others are left to ./channelsim.
 */
public final class Main {
    private static final Set<String> KEPT = Set.of("validate", "describe", "merge", "help");

    private Main() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        // the master and the rest come from spark-submit
        SparkEngine engine = new SparkEngine(() -> SparkSession.builder().appName("channelsim").getOrCreate());
        int status;
        try {
            status = execute(args, out, err, engine);
        } finally {
            engine.close();
            if (engine.started()) engine.spark().stop();
        }
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** Runs the command line on {@code engine} and returns the exit status (never exits the JVM, never stops Spark). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err, SparkEngine engine) {
        return channelsim.cli.Main.configure(commandLine(engine), out, err).execute(args);
    }

    /** ./channelsim's command line, with study, calibrate and backtest on {@code engine}, and the Spark bench. */
    static CommandLine commandLine(SparkEngine engine) {
        CommandLine cmd = new CommandLine(new channelsim.cli.Main());
        for (String name : List.copyOf(cmd.getSubcommands().keySet()))
            if (!KEPT.contains(name)) cmd.getCommandSpec().removeSubcommand(name);
        return cmd.addSubcommand("study", new StudyCommand(engine)).addSubcommand("calibrate", new CalibrateCommand(engine))
                .addSubcommand("backtest", new BacktestCommand(engine))
                .addSubcommand("bench", new SparkBench()).addSubcommand("parquet", new ParquetCommand());
    }
}
