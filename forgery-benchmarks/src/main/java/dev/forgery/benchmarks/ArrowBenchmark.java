package dev.forgery.benchmarks;

import dev.forgery.Schema;
import dev.forgery.arrow.ForgeryArrow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import net.datafaker.transformations.CsvTransformer;
import net.datafaker.transformations.Field;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * 1,000,000 rows of five fields (a UUID, a name, an email, an int, a date) written to a file: as an
 * Arrow IPC file and a Parquet file by forgery-arrow, as CSV by forgery's own writer, and as CSV by
 * Datafaker's {@code CsvTransformer} (which makes one string, written to the file after). One more
 * method turns the same rows, made as a {@code ColumnBatch}, into Arrow vectors in memory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {
      "-Xms3g",
      "-Xmx3g",
      "-XX:+AlwaysPreTouch",
      // Arrow's memory module reads direct buffers' addresses.
      "--add-opens=java.base/java.nio=ALL-UNNAMED"
    })
public class ArrowBenchmark {
  /** Rows per operation. */
  static final int ROWS = 1_000_000;

  /** The five fields. */
  static final Schema SCHEMA =
      Schema.builder()
          .field("id", "uuid")
          .field("name", "name")
          .field("email", "email")
          .field("age", "int", 18, 65)
          .field("joined", "date", "2020-01-01", "2024-12-31")
          .build();

  private final dev.forgery.Faker forgery = new dev.forgery.Faker("en_US", 42L);
  private final net.datafaker.Faker datafaker =
      new net.datafaker.Faker(java.util.Locale.US, new java.util.Random(42));

  private final net.datafaker.transformations.Schema<Object, ?> datafakerSchema =
      net.datafaker.transformations.Schema.of(
          Field.field("id", () -> datafaker.internet().uuid()),
          Field.field("name", () -> datafaker.name().fullName()),
          Field.field("email", () -> datafaker.internet().emailAddress()),
          Field.field("age", () -> datafaker.number().numberBetween(18, 66)),
          Field.field(
              "joined",
              () -> LocalDate.ofEpochDay(datafaker.number().numberBetween(18_262L, 20_089L))));

  private final CsvTransformer<Object> csv = CsvTransformer.builder().header(true).build();

  private Path dir;
  private BufferAllocator allocator;

  /** Creates the directory the files go to, and the allocator. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("forgery-arrow-bench");
    allocator = new RootAllocator();
  }

  /** Deletes the files and the directory, and closes the allocator. */
  @TearDown(Level.Trial)
  public void tearDown() {
    allocator.close();
    try {
      for (String name : new String[] {"rows.arrow", "rows.parquet", "forgery.csv", "df.csv"}) {
        Files.deleteIfExists(dir.resolve(name));
      }
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * forgery-arrow: an Arrow IPC file, generated and written in blocks of 65,536 rows.
   *
   * @return the rows written
   */
  @Benchmark
  public long forgeryArrowFile() {
    return ForgeryArrow.writeArrow(forgery, SCHEMA, ROWS, dir.resolve("rows.arrow"));
  }

  /**
   * forgery-arrow: a Snappy-compressed Parquet file.
   *
   * @return the rows written
   */
  @Benchmark
  public long forgeryParquetFile() {
    return ForgeryArrow.writeParquet(forgery, SCHEMA, ROWS, dir.resolve("rows.parquet"));
  }

  /**
   * forgery: a CSV file by its own writer.
   *
   * @return the rows written
   */
  @Benchmark
  public long forgeryCsvFile() {
    return forgery.writeCsv(ROWS, SCHEMA, dir.resolve("forgery.csv"));
  }

  /**
   * forgery: the rows as a {@code ColumnBatch}, then as Arrow vectors in memory.
   *
   * @return the rows in the root
   */
  @Benchmark
  public int forgeryColumnsToArrow() {
    try (VectorSchemaRoot root =
        ForgeryArrow.toVectorSchemaRoot(forgery.columns(ROWS, SCHEMA), allocator)) {
      return root.getRowCount();
    }
  }

  /**
   * Datafaker: its CSV transformer's string of the rows, written to a file.
   *
   * @return the characters written
   */
  @Benchmark
  public int datafakerCsvFile() {
    String text = csv.generate(datafakerSchema, ROWS);
    try {
      Files.writeString(dir.resolve("df.csv"), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.length();
  }
}
