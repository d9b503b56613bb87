package channelsim.spark;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The replicate rows of a finished study as one Parquet file, {@code DIR/replicates.parquet}: the rows and
 * columns of {@code replicates.csv}, the same values, typed (whole-number columns as int64, other numbers as
 * double, the rest as UTF-8 text), for Spark SQL, pandas or DuckDB. Made from replicates.csv itself, so it
 * holds whatever columns the study wrote and cannot disagree with it. Written by the driver, like every
 * other file of the folder (a study's rows are few): no executor has to see the study folder, and no SQL
 * engine has to start for it.
 */
public final class ReplicateParquet {
    public static final String FILE = "replicates.parquet";

    enum Kind { LONG, DOUBLE, TEXT }

    private ReplicateParquet() {}

    /** Writes the rows of {@code replicatesCsv} to {@code DIR/replicates.parquet} beside it, replacing it whole. */
    public static void write(Path replicatesCsv, Configuration conf) throws IOException {
        Path target = replicatesCsv.resolveSibling(FILE);
        Path tmp = replicatesCsv.resolveSibling(FILE + ".tmp");
        Files.deleteIfExists(tmp);
        write(replicatesCsv, new LocalOutputFile(tmp), conf);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Writes the rows of {@code replicatesCsv} to a Hadoop URI (hdfs://, s3a://, file://), replacing it. */
    public static void write(Path replicatesCsv, String uri, Configuration conf) throws IOException {
        write(replicatesCsv, HadoopOutputFile.fromPath(new org.apache.hadoop.fs.Path(uri), conf), conf);
    }

    private static void write(Path replicatesCsv, OutputFile file, Configuration conf) throws IOException {
        List<String> header;
        List<CSVRecord> rows;
        try (Reader r = Files.newBufferedReader(replicatesCsv, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            header = p.getHeaderNames();
            rows = p.getRecords();
        }
        Kind[] kinds = new Kind[header.size()];
        Types.MessageTypeBuilder b = Types.buildMessage();
        for (int c = 0; c < kinds.length; c++) {
            kinds[c] = kindOf(rows, c);
            switch (kinds[c]) {
                case LONG -> b.required(PrimitiveTypeName.INT64).named(header.get(c));
                case DOUBLE -> b.required(PrimitiveTypeName.DOUBLE).named(header.get(c));
                default -> b.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(header.get(c));
            }
        }
        MessageType schema = b.named("replicate_rows");
        SimpleGroupFactory groups = new SimpleGroupFactory(schema);
        try (ParquetWriter<Group> w = ExampleParquetWriter.builder(file).withConf(conf).withType(schema)
                .withCompressionCodec(CompressionCodecName.SNAPPY).withWriteMode(ParquetFileWriter.Mode.OVERWRITE).build()) {
            for (CSVRecord rec : rows) {
                Group g = groups.newGroup();
                for (int c = 0; c < kinds.length; c++) {
                    String v = rec.get(c);
                    switch (kinds[c]) {
                        case LONG -> g.append(header.get(c), Long.parseLong(v));
                        case DOUBLE -> g.append(header.get(c), number(v));
                        default -> g.append(header.get(c), v);
                    }
                }
                w.write(g);
            }
        }
    }

    /** long if every value is a whole number, double if every value is a number (NaN, inf included), else text. */
    static Kind kindOf(List<CSVRecord> rows, int c) {
        boolean whole = true;
        for (CSVRecord r : rows) {
            String s = r.get(c);
            if (whole && s.matches("-?\\d{1,18}")) continue;
            whole = false;
            if (number(s) == null) return Kind.TEXT;
        }
        return whole && !rows.isEmpty() ? Kind.LONG : Kind.DOUBLE;
    }

    /** The number written by channelsim.output.Numbers, or null. */
    static Double number(String s) {
        switch (s) {
            case "NaN": return Double.NaN;
            case "inf": return Double.POSITIVE_INFINITY;
            case "-inf": return Double.NEGATIVE_INFINITY;
            default:
                if (!s.matches("-?\\d+(\\.\\d+)?")) return null;
                return Double.parseDouble(s);
        }
    }
}
