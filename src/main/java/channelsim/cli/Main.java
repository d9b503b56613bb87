package channelsim.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import channelsim.config.ConfigException;
import channelsim.config.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code channelsim} command. Subcommands are picocli classes listed in {@code subcommands} below;
 * to add one, write a {@code @Command} class implementing {@code Callable<Integer>} in this package and
 * append it to that list.
 *
 * <p>Exit status: 0 done; 2 bad input or usage — a command throws {@link ConfigException} (each
 * {@link Problem} is printed on its own line as {@code file:line:column: key: message}) or picocli
 * rejects the arguments; 1 anything else (one line; the stack trace only with {@code --debug} or
 * {@code CHANNELSIM_DEBUG=1}). Commands print to {@code spec.commandLine().getOut()/getErr()} so tests
 * can capture them.
 */
@Command(name = "channelsim", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Agent-based simulation of Channel small-boat crossings and the policies meant to deter them.",
        subcommands = {RunCommand.class, ValidateCommand.class, DescribeCommand.class, StudyCommand.class, MergeCommand.class, GuiCommand.class, CalibrateCommand.class, SensitivityCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of unexpected errors.")
    boolean debug;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("channelsim: missing command");
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int status = execute(args, out, err);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** Runs the command line with the given streams and returns the exit status (never exits the JVM). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cmd = commandLine(out, err);
        try {
            return cmd.execute(args);
        } catch (Throwable t) { // errors picocli lets through (e.g. OutOfMemoryError)
            return unexpected(t, err, debugRequested(null) || java.util.Arrays.asList(args).contains("--debug"));
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The configured command line: streams, exit codes and error handlers. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cmd = new CommandLine(new Main());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println(c.getCommandSpec().qualifiedName() + ": " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help'.");
            return 2;
        });
        cmd.setExecutionExceptionHandler((ex, c, parseResult) -> {
            if (ex instanceof ConfigException ce) {
                for (Problem p : ce.problems()) c.getErr().println(oneLine(p.toString()));
                return 2;
            }
            Throwable io = ex instanceof java.io.UncheckedIOException u ? u.getCause() : ex;
            if (io instanceof java.io.IOException e) { // the file system refused: a full disk, a permission, a missing folder
                c.getErr().println(ioProblem(e));
                if (debugRequested(parseResult)) ex.printStackTrace(c.getErr());
                return 2;
            }
            return unexpected(ex, c.getErr(), debugRequested(parseResult));
        });
        return cmd;
    }

    private static int unexpected(Throwable t, PrintWriter err, boolean debug) {
        if (t instanceof OutOfMemoryError)
            err.println("channelsim: out of memory: give Java more (JAVA_OPTS=-Xmx8g) or use fewer --threads");
        else
            err.println("channelsim: internal error" + (t.getMessage() == null ? "" : ": " + oneLine(clean(t.getMessage())))
                    + (debug ? "" : " (--debug shows where)"));
        if (debug) t.printStackTrace(err);
        return 1;
    }

    /**
     * An I/O failure as one line {@code file: io: reason}: the file the user knows (a temporary file is named by
     * the file it was to become), the operating system's reason, no Java class.
     */
    static String ioProblem(java.io.IOException e) {
        String file = e instanceof java.nio.file.FileSystemException f && f.getFile() != null ? clean(f.getFile()) : "channelsim";
        String reason = channelsim.output.OutputFolder.reason(e);
        if (reason.isEmpty()) reason = e.getMessage() == null ? ": input or output failed" : ": " + clean(e.getMessage());
        return oneLine(file + ": io" + reason);
    }

    /** Removes temporary-file names (".NAME.123.tmp" becomes "NAME") and Java class names from a message. */
    static String clean(String s) {
        return s.replaceAll("\\.([^/\\s]+?)\\.\\d+\\.tmp\\b", "$1")
                .replaceAll("\\b(?:[a-z]+\\.)+[A-Z][A-Za-z]*(?:Exception|Error)\\b:? ?", "")
                .replaceAll("\\b[A-Z][A-Za-z]*(?:Exception|Error)\\b:? ?", "");
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n\\t]+", " ").trim();
    }

    private static boolean debugRequested(ParseResult parsed) {
        if ("1".equals(System.getenv("CHANNELSIM_DEBUG"))) return true;
        for (ParseResult p = parsed; p != null; p = p.subcommand())
            if (p.hasMatchedOption("--debug")) return true;
        return false;
    }

    /** Version from the pom.properties Maven puts in the jar, else "dev" (running from classes). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"channelsim " + channelsim.experiment.StudyOutputs.toolVersion()};
        }
    }
}
