package dev.forgery.benchmarks;

import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Creating a {@code Faker} for a locale the JVM has not used yet and drawing its first value, on a
 * warm JVM: each fork first works en_US hard (names, addresses, phone numbers, companies, emails),
 * so the shared code is loaded and compiled, then measures one shot of the new locale. The locale's
 * data is read then, as a user's first value in that locale reads it; one shot per fork, because
 * every later {@code Faker} of the locale finds its tables cached. Datafaker does the same in its
 * own locale for comparison. Every supported locale but en_US, the one each fork warms, is a
 * parameter; {@code -p locale=ja_JP} measures one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1, batchSize = 1)
@Fork(5)
public class NewLocaleBenchmark {
  /** The locale measured. */
  @Param({"en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "ja_JP"})
  public String locale;

  /** Works en_US until the shared code is compiled. */
  @Setup(Level.Trial)
  public void warmEnUs() {
    dev.forgery.Faker us = new dev.forgery.Faker("en_US", 1L);
    net.datafaker.Faker datafaker = new net.datafaker.Faker(Locale.US, new Random(1));
    for (int round = 0; round < 20; round++) {
      us.names(10_000);
      us.addresses(10_000);
      us.phoneNumbers(10_000);
      us.companies(10_000);
      us.emails(10_000);
      for (int i = 0; i < 2_000; i++) {
        datafaker.name().fullName();
        datafaker.address().fullAddress();
      }
    }
  }

  /**
   * A forgery {@code Faker} of the new locale and its first name and first address.
   *
   * @return the values
   */
  @Benchmark
  public String forgery() {
    dev.forgery.Faker faker = new dev.forgery.Faker(locale, 7L);
    return faker.name() + faker.address();
  }

  /**
   * A Datafaker {@code Faker} of the same locale and its first name and first address.
   *
   * @return the values
   */
  @Benchmark
  public String datafaker() {
    net.datafaker.Faker faker =
        new net.datafaker.Faker(Locale.forLanguageTag(locale.replace('_', '-')), new Random(7));
    return faker.name().fullName() + faker.address().fullAddress();
  }
}
