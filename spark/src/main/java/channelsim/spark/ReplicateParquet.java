package channelsim.spark;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The replicate rows of a finished study as Parquet, {@code DIR/replicates.parquet/}: the rows and columns of
 * {@code replicates.csv}, the same values, typed (whole-number columns as long, other numbers as double, the
 * rest as text), for Spark SQL, pandas or DuckDB. Made from replicates.csv itself, so it holds whatever
 * columns the study wrote and cannot disagree with it.
 */
public final class ReplicateParquet {
    public static final String DIR = "replicates.parquet";

    private ReplicateParquet() {}

    /** Writes the rows of {@code replicatesCsv} to the Parquet folder {@code uri} (replacing what was there). */
    public static void write(SparkSession spark, Path replicatesCsv, String uri) throws IOException {
        List<String> header;
        List<CSVRecord> rows;
        try (Reader r = Files.newBufferedReader(replicatesCsv, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            header = p.getHeaderNames();
            rows = p.getRecords();
        }
        DataType[] types = new DataType[header.size()];
        for (int c = 0; c < types.length; c++) types[c] = typeOf(rows, c);
        List<StructField> fields = new ArrayList<>();
        for (int c = 0; c < types.length; c++) fields.add(DataTypes.createStructField(header.get(c), types[c], false));
        List<Row> data = new ArrayList<>(rows.size());
        for (CSVRecord rec : rows) {
            Object[] v = new Object[types.length];
            for (int c = 0; c < v.length; c++) v[c] = value(rec.get(c), types[c]);
            data.add(RowFactory.create(v));
        }
        // one file: a study's rows are few, and one file keeps the folder easy to copy
        spark.createDataFrame(data, new StructType(fields.toArray(new StructField[0])))
                .coalesce(1).write().mode(SaveMode.Overwrite).parquet(uri);
    }

    /** long if every value is a whole number, double if every value is a number (NaN, inf included), else text. */
    static DataType typeOf(List<CSVRecord> rows, int c) {
        boolean whole = true;
        for (CSVRecord r : rows) {
            String s = r.get(c);
            if (whole && s.matches("-?\\d{1,18}")) continue;
            whole = false;
            if (number(s) == null) return DataTypes.StringType;
        }
        return whole && !rows.isEmpty() ? DataTypes.LongType : DataTypes.DoubleType;
    }

    private static Object value(String s, DataType t) {
        if (t == DataTypes.LongType) return Long.parseLong(s);
        if (t == DataTypes.DoubleType) return number(s);
        return s;
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
