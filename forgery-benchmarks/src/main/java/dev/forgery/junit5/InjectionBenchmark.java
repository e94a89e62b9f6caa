package dev.forgery.junit5;

import dev.forgery.Faker;
import dev.forgery.benchmarks.BatchBenchmark;
import java.lang.reflect.Parameter;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * What a {@code @Forged(size = 100_000) List<String> emails} parameter costs the extension, against
 * the batch call it should cost and the one-value-at-a-time path it replaced. Lives in the
 * extension's package to call its value maker directly, without a JUnit engine around it.
 */
public class InjectionBenchmark extends BatchBenchmark {
  private final Forger.Target target = target();

  /** The parameter the benchmark fills; never called. */
  @SuppressWarnings("unused")
  private static void fixture(@Forged(size = N) List<String> emails) {}

  private static Forger.Target target() {
    try {
      Parameter p =
          InjectionBenchmark.class.getDeclaredMethod("fixture", List.class).getParameters()[0];
      return new Forger.Target(
          "parameter 'emails'",
          "InjectionBenchmark.fixture",
          "emails",
          p.getParameterizedType(),
          p.getAnnotation(Forged.class));
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The injected list, as the extension makes it.
   *
   * @return the list
   */
  @Benchmark
  public Object forged() {
    return Forger.forge(target, new Faker("en_US", 42L));
  }

  /**
   * The batch call the injected list should cost.
   *
   * @return the list
   */
  @Benchmark
  public List<String> batch() {
    return new Faker("en_US", 42L).emails(N);
  }

  /**
   * One draw by name per element, as lists were filled before they used the batch path.
   *
   * @return the values
   */
  @Benchmark
  public Object[] oneByOne() {
    Faker faker = new Faker("en_US", 42L);
    Object[] out = new Object[N];
    for (int i = 0; i < N; i++) {
      out[i] = faker.generate("email");
    }
    return out;
  }
}
