package dev.forgery.spark;

import dev.forgery.Faker;
import dev.forgery.Schema;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Throughput of {@link ForgerySpark#dataset} in local mode against forgery's single-JVM CSV writer,
 * run on demand only (it asserts nothing and takes minutes):
 *
 * <pre>
 * ./mvnw -B -o -pl forgery-core,forgery-spark -am test -Djacoco.skip=true \
 *     -Dtest=SparkThroughput -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dforgery.spark.throughput=true [-Dforgery.spark.rows=1000000] [-Dforgery.spark.master=local[2]]
 * </pre>
 *
 * <p>Each case runs once to warm up, then three times; the median of the three is printed as rows
 * per second. The cases: forgery's {@code writeCsv} to a file on one thread; the same rows as a
 * Spark Dataset written as CSV by Spark; and the Dataset made and dropped by Spark's {@code noop}
 * sink, which is generation and row encoding alone.
 */
@EnabledIfSystemProperty(named = "forgery.spark.throughput", matches = "true")
class SparkThroughput {
  private static final Schema SCHEMA =
      Schema.builder()
          .field("id", "uuid")
          .field("name", "name")
          .field("email", "safe_email")
          .field("age", "int", 18, 65)
          .field("joined", "date", "2020-01-01", "2024-12-31")
          .build();

  @Test
  void measure(@TempDir Path dir) {
    long rows = Long.getLong("forgery.spark.rows", 1_000_000L);
    String master = System.getProperty("forgery.spark.master", "local[2]");
    SparkSession spark =
        SparkSession.builder()
            .master(master)
            .appName("forgery-spark-throughput")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.host", "localhost")
            .getOrCreate();
    try {
      int cores = spark.sparkContext().defaultParallelism();
      report(
          "single JVM writeCsv to a file",
          rows,
          () -> new Faker("en_US", 42L).writeCsv(rows, SCHEMA, dir.resolve("one.csv")));
      report(
          "Spark " + master + " dataset, Spark CSV writer",
          rows,
          () -> {
            ForgerySpark.dataset(spark, SCHEMA, "en_US", 42L, rows, cores)
                .write()
                .mode(SaveMode.Overwrite)
                .csv(dir.resolve("spark-csv").toString());
            return rows;
          });
      report(
          "Spark " + master + " dataset, noop sink",
          rows,
          () -> {
            ForgerySpark.dataset(spark, SCHEMA, "en_US", 42L, rows, cores)
                .write()
                .mode(SaveMode.Overwrite)
                .format("noop")
                .save();
            return rows;
          });
    } finally {
      spark.stop();
    }
  }

  private static void report(String name, long rows, LongSupplier run) {
    run.getAsLong();
    long[] nanos = new long[3];
    for (int i = 0; i < nanos.length; i++) {
      long start = System.nanoTime();
      run.getAsLong();
      nanos[i] = System.nanoTime() - start;
    }
    java.util.Arrays.sort(nanos);
    double seconds = nanos[1] / 1e9;
    System.out.printf(
        Locale.ROOT,
        "%-45s %,d rows: median %.2f s (%.2f..%.2f), %,.0f rows/s%n",
        name,
        rows,
        seconds,
        nanos[0] / 1e9,
        nanos[2] / 1e9,
        rows / seconds);
  }
}
