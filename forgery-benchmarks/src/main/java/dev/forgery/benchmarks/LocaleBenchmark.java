package dev.forgery.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * 100,000 full names and 100,000 full addresses in en_US, de_DE and ja_JP, forgery beside Datafaker
 * in the same locale ({@code new net.datafaker.Faker(Locale.GERMANY)}...): how much a locale other
 * than the default costs each library.
 */
public class LocaleBenchmark extends BatchBenchmark {
  private final dev.forgery.Faker german = new dev.forgery.Faker("de_DE", 42L);
  private final dev.forgery.Faker japanese = new dev.forgery.Faker("ja_JP", 42L);
  private final net.datafaker.Faker datafakerGerman =
      new net.datafaker.Faker(Locale.GERMANY, new Random(42));
  private final net.datafaker.Faker datafakerJapanese =
      new net.datafaker.Faker(Locale.JAPAN, new Random(42));

  /**
   * forgery's en_US names.
   *
   * @return the names
   */
  @Benchmark
  public List<String> namesEnUsForgery() {
    return forgery.names(N);
  }

  /**
   * forgery's de_DE names.
   *
   * @return the names
   */
  @Benchmark
  public List<String> namesDeDeForgery() {
    return german.names(N);
  }

  /**
   * forgery's ja_JP names.
   *
   * @return the names
   */
  @Benchmark
  public List<String> namesJaJpForgery() {
    return japanese.names(N);
  }

  /**
   * Datafaker's en_US {@code name().fullName()}.
   *
   * @return the names
   */
  @Benchmark
  public String[] namesEnUsDatafaker() {
    return names(datafaker);
  }

  /**
   * Datafaker's de_DE {@code name().fullName()}.
   *
   * @return the names
   */
  @Benchmark
  public String[] namesDeDeDatafaker() {
    return names(datafakerGerman);
  }

  /**
   * Datafaker's ja_JP {@code name().fullName()}.
   *
   * @return the names
   */
  @Benchmark
  public String[] namesJaJpDatafaker() {
    return names(datafakerJapanese);
  }

  /**
   * forgery's en_US addresses.
   *
   * @return the addresses
   */
  @Benchmark
  public List<String> addressesEnUsForgery() {
    return forgery.addresses(N);
  }

  /**
   * forgery's de_DE addresses.
   *
   * @return the addresses
   */
  @Benchmark
  public List<String> addressesDeDeForgery() {
    return german.addresses(N);
  }

  /**
   * forgery's ja_JP addresses.
   *
   * @return the addresses
   */
  @Benchmark
  public List<String> addressesJaJpForgery() {
    return japanese.addresses(N);
  }

  /**
   * Datafaker's en_US {@code address().fullAddress()}.
   *
   * @return the addresses
   */
  @Benchmark
  public String[] addressesEnUsDatafaker() {
    return addresses(datafaker);
  }

  /**
   * Datafaker's de_DE {@code address().fullAddress()}.
   *
   * @return the addresses
   */
  @Benchmark
  public String[] addressesDeDeDatafaker() {
    return addresses(datafakerGerman);
  }

  /**
   * Datafaker's ja_JP {@code address().fullAddress()}.
   *
   * @return the addresses
   */
  @Benchmark
  public String[] addressesJaJpDatafaker() {
    return addresses(datafakerJapanese);
  }

  private static String[] names(net.datafaker.Faker faker) {
    String[] out = new String[N];
    for (int i = 0; i < N; i++) {
      out[i] = faker.name().fullName();
    }
    return out;
  }

  private static String[] addresses(net.datafaker.Faker faker) {
    String[] out = new String[N];
    for (int i = 0; i < N; i++) {
      out[i] = faker.address().fullAddress();
    }
    return out;
  }
}
