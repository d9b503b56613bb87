package channelsim.spark;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code spark/submit-local parquet DIR}: a finished study's rows as Parquet, for pandas, R and Spark, whichever
 * runner made the folder ({@code ./channelsim study} or Spark): {@code DIR/replicates.parquet} (the rows of
 * replicates.csv, typed) and {@code DIR/weekly.parquet} (every replicate's weekly arrivals, one row per week).
 * No Spark job is started: the files are written by Parquet's own writer in this JVM.
 */
@Command(name = "parquet", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Write DIR/replicates.parquet and DIR/weekly.parquet (every replicate's weekly arrivals, long form) "
                + "from a finished study folder; for pandas (pd.read_parquet), R (arrow::read_parquet) and Spark.")
final class ParquetCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "A finished study folder (./channelsim study, merge, or a Spark study).")
    Path dir;

    @Override
    public Integer call() throws Exception {
        org.apache.hadoop.conf.Configuration conf = new org.apache.hadoop.conf.Configuration();
        long weekly = WeeklyParquet.write(dir, conf); // checks first that the folder holds a finished study
        ReplicateParquet.write(dir.resolve("replicates.csv"), conf);
        spec.commandLine().getOut().println("written " + dir.resolve(ReplicateParquet.FILE) + " and " + dir.resolve(WeeklyParquet.FILE)
                + " (" + weekly + " weekly rows)");
        return 0;
    }
}
