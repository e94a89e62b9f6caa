package dev.forgery.benchmarks;

import dev.forgery.Faker;
import dev.forgery.Forgery;
import dev.forgery.internal.binding.TestBinding;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of reaching the shared faker through {@code Forgery.fake()} for every single value, as
 * loops over the shortcuts do: one die roll (the cheapest value, so the lookup weighs most) through
 * the shortcut, against the same faker held in a field, outside any test and inside a bound one.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ShortcutBenchmark {
  private final Faker held = Forgery.fake();

  /**
   * A die roll from a faker held in a field: the floor.
   *
   * @return the roll
   */
  @Benchmark
  public int held() {
    return held.integer(1, 6);
  }

  /**
   * A die roll through {@code Forgery.fake()} with no test bound anywhere in the JVM.
   *
   * @return the roll
   */
  @Benchmark
  public int shortcut() {
    return Forgery.fake().integer(1, 6);
  }

  /** The benchmark thread bound to a test, as inside a test run by forgery's JUnit extension. */
  @State(Scope.Thread)
  public static class Bound {
    private TestBinding test;

    /** Binds the benchmark thread. */
    @Setup(Level.Trial)
    public void bind() {
      test = TestBinding.bind(42L, "en_US", LocalDate.of(2026, 1, 1));
    }

    /** Unbinds it. */
    @TearDown(Level.Trial)
    public void unbind() {
      test.close();
    }
  }

  /**
   * A die roll through {@code Forgery.fake()} inside a bound test: the test's own faker.
   *
   * @param bound the binding of this thread
   * @return the roll
   */
  @Benchmark
  public int shortcutInATest(Bound bound) {
    return Forgery.fake().integer(1, 6);
  }
}
