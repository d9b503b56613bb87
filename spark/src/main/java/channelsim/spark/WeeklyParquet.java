package channelsim.spark;

import channelsim.config.ConfigException;
import channelsim.config.Problem;
import channelsim.experiment.ReplicateRecord;
import channelsim.experiment.ReplicateStore;
import channelsim.experiment.StudyInfo;
import channelsim.experiment.StudyOutputs;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;

/**
 * The weekly arrivals of every saved replicate of a finished study as one Parquet file, {@code DIR/weekly.parquet},
 * in long form (one row per policy, run and week), for pandas, R (arrow) and Spark:
 * {@code policy}, then {@code draw} (a study over a posterior) and {@code sample} and one column per uncertainty
 * and lever (a crossed study; double, null where it does not apply), then {@code replicate}, {@code seed},
 * {@code week} (1-based), {@code week_start} (DATE: the week's first day) and {@code arrivals} (people landed
 * that week). The rows come from the study's saved replicates (the same numbers weekly_bands.csv is made from),
 * in arm and replicate order, so the file is the same however the study was run. It lives in the spark module,
 * not in channelsim.jar: Parquet's Java writer needs Hadoop's classes, tens of megabytes the main jar does without.
 */
public final class WeeklyParquet {
    public static final String FILE = "weekly.parquet";

    private WeeklyParquet() {}

    /** Writes {@code DIR/weekly.parquet} for the finished study in {@code dir}, replacing it whole; returns the rows written. */
    public static long write(Path dir, Configuration conf) throws IOException, ConfigException {
        StudyOutputs.Manifest m = StudyOutputs.readManifest(dir);
        if (!m.complete())
            throw new ConfigException(new Problem(dir.resolve("manifest.json").toString(), 1, 1, "complete",
                    "not a finished study (a shard or a run in progress): merge or finish it first"));
        StudyInfo info = m.info();
        Types.MessageTypeBuilder b = Types.buildMessage();
        b.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("policy");
        if (info.draws() > 0) b.required(PrimitiveTypeName.INT64).named("draw");
        if (info.crossed()) {
            b.required(PrimitiveTypeName.INT64).named("sample");
            for (String k : info.factorKeys()) {
                if (numeric(info, k)) b.optional(PrimitiveTypeName.DOUBLE).named(k);
                else b.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(k);
            }
        }
        b.required(PrimitiveTypeName.INT64).named("replicate");
        b.required(PrimitiveTypeName.INT64).named("seed");
        b.required(PrimitiveTypeName.INT64).named("week");
        b.required(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType()).named("week_start");
        b.required(PrimitiveTypeName.DOUBLE).named("arrivals");
        MessageType schema = b.named("weekly_arrivals");
        SimpleGroupFactory groups = new SimpleGroupFactory(schema);
        long day0 = LocalDate.parse(info.start()).toEpochDay();
        Path target = dir.resolve(FILE), tmp = dir.resolve(FILE + ".tmp");
        Files.deleteIfExists(tmp);
        long rows = 0;
        boolean done = false;
        try (ReplicateStore store = new ReplicateStore(dir, info)) {
            ReplicateStore.Scan scan = store.scan();
            if (!scan.damage().isEmpty()) throw new IOException(scan.damage().get(0).toString());
            try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new LocalOutputFile(tmp)).withConf(conf).withType(schema)
                    .withCompressionCodec(CompressionCodecName.SNAPPY).withWriteMode(ParquetFileWriter.Mode.OVERWRITE).build()) {
                for (int p = 0; p < info.policies().size(); p++) {
                    StudyInfo.PolicyInfo pi = info.policies().get(p);
                    for (int r = 1; r <= info.replicates(); r++) {
                        ReplicateRecord rec = store.load(p, r);
                        double[] weekly = rec.weekly();
                        for (int k = 0; k < weekly.length; k++) {
                            Group g = groups.newGroup().append("policy", pi.name());
                            if (info.draws() > 0) g.append("draw", (long) info.drawOfRun(r));
                            if (info.crossed()) {
                                g.append("sample", (long) pi.sample());
                                for (String key : info.factorKeys()) {
                                    String v = pi.factors().getOrDefault(key, "");
                                    if (v.isEmpty()) continue; // null: a lever of the baseline
                                    if (numeric(info, key)) g.append(key, Double.parseDouble(v));
                                    else g.append(key, v);
                                }
                            }
                            g.append("replicate", (long) r).append("seed", rec.seed()).append("week", (long) k + 1)
                                    .append("week_start", (int) (day0 + 7L * k)).append("arrivals", weekly[k]);
                            w.write(g);
                            rows++;
                        }
                    }
                }
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            done = true;
        } finally {
            if (!done) Files.deleteIfExists(tmp); // a failed write leaves the folder as it was
        }
        return rows;
    }

    /** Whether every value of a factor is a number (a lever may also be true/false or a date: then text). */
    static boolean numeric(StudyInfo info, String key) {
        for (StudyInfo.PolicyInfo p : info.policies()) {
            String v = p.factors().getOrDefault(key, "");
            if (!v.isEmpty() && !v.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?")) return false;
        }
        return true;
    }
}
