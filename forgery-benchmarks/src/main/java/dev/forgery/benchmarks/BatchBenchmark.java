package dev.forgery.benchmarks;

import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Shared set-up of every batch benchmark: 100,000 values per operation, one forgery {@code Faker},
 * one Datafaker {@code Faker}, and a {@link Floor}, all seeded. Each benchmark class adds three
 * methods, {@code forgery}, {@code datafaker} and {@code floor}, that build the same batch.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public abstract class BatchBenchmark {
  /** Values per batch in every benchmark. */
  public static final int N = 100_000;

  /** forgery, seeded. */
  protected final dev.forgery.Faker forgery = new dev.forgery.Faker("en_US", 42L);

  /** Datafaker 2.7.0, seeded. */
  protected final net.datafaker.Faker datafaker =
      new net.datafaker.Faker(Locale.US, new Random(42));

  /** The hand-written floor's generator. */
  protected final Floor floor = new Floor(42L);
}
