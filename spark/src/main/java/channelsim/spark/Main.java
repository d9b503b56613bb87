package channelsim.spark;

import channelsim.cli.StudyCommand;
import channelsim.experiment.StudyOutputs;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/**
 * {@code spark-submit --class channelsim.spark.Main channelsim-spark.jar study FILE.yaml [options]}: ChannelSim's
 * own commands, their replicates run on Spark. The options, messages, exit codes and files are those of
 * {@code ./channelsim study} (the same command class), plus {@code DIR/replicates.parquet/}.
 */
@Command(name = "channelsim-spark", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "ChannelSim on Apache Spark: the study command of ./channelsim with its replicate runs as Spark tasks.",
        footer = {"", "Submit with spark-submit (--class channelsim.spark.Main), or spark/submit-local without a Spark installation."})
public final class Main implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of unexpected errors.")
    boolean debug;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("channelsim-spark: missing command");
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        // the master and the rest come from spark-submit
        SparkEngine engine = new SparkEngine(() -> SparkSession.builder().appName("channelsim").getOrCreate());
        int status;
        try {
            status = execute(args, out, err, engine);
        } finally {
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

    /** The commands, on {@code engine}. */
    static CommandLine commandLine(SparkEngine engine) {
        return new CommandLine(new Main()).addSubcommand("study", new StudyCommand(engine)).addSubcommand("bench", new SparkBench());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"channelsim-spark " + StudyOutputs.toolVersion()};
        }
    }
}
