package io.planlens.jobs.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.planlens.jobs.TestSpark;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExportTest {
    private static final StructType SCHEMA = new StructType()
            .add("id", DataTypes.IntegerType)
            .add("quote", DataTypes.StringType)
            .add("value", DataTypes.DoubleType);

    @TempDir
    Path tmp;

    /** Awkward cells: quotes, commas, line breaks of every kind, formulas, Vietnamese, empty and null. */
    private static String awkward(int i) {
        return switch (i % 9) {
            case 0 -> "Tỷ lệ trẻ em dưới 5 tuổi \"thấp còi\", dưới 16,8%";
            case 1 -> "dòng một\r\ndòng hai";
            case 2 -> "=HYPERLINK(\"http://x\")";
            case 3 -> "";
            case 4 -> null;
            case 5 -> "a\nb\rc";
            case 6 -> "\"\"";
            case 7 -> "-1 trẻ";
            default -> "plain " + i;
        };
    }

    @Test
    void manyPartitionsComeOutInOrderByteForByteAsOneWriterWouldWriteThem() throws Exception {
        SparkSession spark = TestSpark.get();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 5000; i++) rows.add(RowFactory.create(i, awkward(i), i % 7 == 0 ? null : i / 4.0));
        // shuffled into 13 partitions, then sorted: the export must follow the sort across the part files
        Dataset<Row> table = spark.createDataFrame(rows, SCHEMA).repartition(13).orderBy("id");
        Path file = tmp.resolve("exports/t.csv");
        Path streamed = tmp.resolve("streamed/t.csv");

        long n = CsvExport.write(table, file.toString(), spark.sparkContext().hadoopConfiguration(), false);
        long m = CsvExport.write(table, streamed.toString(), spark.sparkContext().hadoopConfiguration(), true);

        assertEquals(5000, n);
        assertEquals(5000, m);
        assertArrayEquals(expected(rows), Files.readAllBytes(file), "formatted by the executors");
        assertArrayEquals(expected(rows), Files.readAllBytes(streamed), "streamed to the driver");
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            assertEquals('\uFEFF', r.read());
            List<CSVRecord> back = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
            assertEquals(5000, back.size());
            assertEquals("dòng một\r\ndòng hai", back.get(1).get("quote"));
            assertEquals("'=HYPERLINK(\"http://x\")", back.get(2).get("quote"));
            assertEquals("4999", back.get(4999).get("id"));
        }
        try (var s = Files.list(file.getParent())) {
            assertEquals(List.of("t.csv"), s.map(p -> p.getFileName().toString()).filter(x -> !x.endsWith(".crc")).toList(),
                    "no part files or temporary file left beside the export");
        }
    }

    @Test
    void anEmptyTableIsTheHeaderAlone() throws Exception {
        SparkSession spark = TestSpark.get();
        Path file = tmp.resolve("empty.csv");
        for (boolean onDriver : new boolean[] {false, true}) {
            long n = CsvExport.write(spark.createDataFrame(List.of(), SCHEMA), file.toString(),
                    spark.sparkContext().hadoopConfiguration(), onDriver);
            assertEquals(0, n);
            assertEquals("\uFEFFid,quote,value\r\n", Files.readString(file, StandardCharsets.UTF_8));
        }
    }

    @Test
    void aLeftoverOfAKilledExportDoesNotEndUpInTheNextOne() throws Exception {
        SparkSession spark = TestSpark.get();
        Path file = tmp.resolve("k.csv");
        Path stale = tmp.resolve(".k.csv.parts/part-00000-stale.txt");
        Files.createDirectories(stale.getParent());
        Files.writeString(stale, "999,stale,1\r\n");
        List<Row> rows = List.of(RowFactory.create(1, "one", 1.5));
        CsvExport.write(spark.createDataFrame(rows, SCHEMA), file.toString(), spark.sparkContext().hadoopConfiguration(), false);
        assertFalse(Files.readString(file, StandardCharsets.UTF_8).contains("stale"));
        assertArrayEquals(expected(rows), Files.readAllBytes(file));
    }

    /** What one CSVPrinter writing every row on one thread produces. */
    private static byte[] expected(List<Row> rows) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(SCHEMA.fieldNames()).get())) {
            for (Row r : rows) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < r.length(); i++) cells.add(CsvCells.cell(r.isNullAt(i) ? null : r.get(i)));
                p.printRecord(cells);
            }
        }
        return bytes.toByteArray();
    }
}
