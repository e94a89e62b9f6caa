package dev.forgery.benchmarks;

import dev.forgery.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.TearDown;

/**
 * 100,000 rows written as CSV and JSON Lines: to a {@code StringBuilder}, which measures making and
 * encoding the rows, and to a file, which adds UTF-8 and the file system. The row mixes text, a
 * UUID, an int, a date, a float of two decimals and a float of all its digits.
 */
public class WriterBenchmark extends BatchBenchmark {
  /** The benchmark's row. */
  static final Schema SCHEMA =
      Schema.builder()
          .field("id", "uuid")
          .field("name", "name")
          .field("email", "email")
          .field("age", "int", 18, 65)
          .field("salary", "float", 30_000, 150_000, 2)
          .field("score", "float")
          .field("hired", "date", "2020-01-01", "2024-12-31")
          .field("plan", "choice", Map.of("free", 80, "pro", 15, "enterprise", 5))
          .build();

  private final Schema schema = SCHEMA;

  /** Reused by every call: about 9 MB of text once grown. */
  private final StringBuilder text = new StringBuilder();

  private final Path file = Path.of(System.getProperty("java.io.tmpdir"), "forgery-writer.csv");

  /**
   * forgery's rows as CSV, appended to a reused {@code StringBuilder}.
   *
   * @return the characters written
   */
  @Benchmark
  public int forgeryCsv() {
    text.setLength(0);
    forgery.writeCsv(N, schema, text);
    return text.length();
  }

  /**
   * forgery's rows as JSON Lines, appended to a reused {@code StringBuilder}.
   *
   * @return the characters written
   */
  @Benchmark
  public int forgeryJsonLines() {
    text.setLength(0);
    forgery.writeJsonLines(N, schema, text);
    return text.length();
  }

  /**
   * forgery's rows as a CSV file in the temporary directory, replaced by every call.
   *
   * @return the rows written
   */
  @Benchmark
  public long forgeryCsvFile() {
    return forgery.writeCsv(N, schema, file);
  }

  /** Deletes the file the benchmark wrote. */
  @TearDown
  public void deleteFile() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
