package dev.forgery.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * 100,000 values of the main providers in every supported locale: how much a locale other than
 * en_US costs. Each score is read against the {@code en_US} row of the same benchmark in the same
 * run (the goal is at most 1.5x en_US's time). Names and addresses also run in Datafaker in the
 * same locale ({@code new net.datafaker.Faker(Locale.GERMANY)}...); exclude them with {@code -e
 * Datafaker} to measure forgery's locales alone.
 *
 * <p>IBANs have their own locale parameter, {@code ibanLocale}, without ja_JP: Japan does not use
 * IBANs, so ja_JP has no {@code iban} provider.
 */
public class LocaleBenchmark extends BatchBenchmark {
  /** The locale of every benchmark but {@link #ibans}. */
  @State(Scope.Benchmark)
  public static class InLocale {
    /** The locale measured. */
    @Param({"en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "ja_JP"})
    public String locale;

    /** forgery in the locale, seeded. */
    dev.forgery.Faker forgery;

    /** Datafaker in the same locale, seeded. */
    net.datafaker.Faker datafaker;

    /** Makes both fakers. */
    @Setup
    public void create() {
      forgery = new dev.forgery.Faker(locale, 42L);
      datafaker =
          new net.datafaker.Faker(Locale.forLanguageTag(locale.replace('_', '-')), new Random(42));
    }
  }

  /** The locale of {@link #ibans}: every locale whose country uses IBANs. */
  @State(Scope.Benchmark)
  public static class IbanLocale {
    /** The locale measured. */
    @Param({"en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT"})
    public String ibanLocale;

    /** forgery in the locale, seeded. */
    dev.forgery.Faker forgery;

    /** Makes the faker. */
    @Setup
    public void create() {
      forgery = new dev.forgery.Faker(ibanLocale, 42L);
    }
  }

  /**
   * Full names.
   *
   * @param in the locale
   * @return the names
   */
  @Benchmark
  public List<String> names(InLocale in) {
    return in.forgery.names(N);
  }

  /**
   * Full one-line addresses.
   *
   * @param in the locale
   * @return the addresses
   */
  @Benchmark
  public List<String> addresses(InLocale in) {
    return in.forgery.addresses(N);
  }

  /**
   * Street lines (in Japan, town and block number).
   *
   * @param in the locale
   * @return the lines
   */
  @Benchmark
  public List<String> streetAddresses(InLocale in) {
    return in.forgery.streetAddresses(N);
  }

  /**
   * Cities (in Japan, municipalities).
   *
   * @param in the locale
   * @return the cities
   */
  @Benchmark
  public List<String> cities(InLocale in) {
    return in.forgery.cities(N);
  }

  /**
   * Postcodes (ZIP codes in the US).
   *
   * @param in the locale
   * @return the postcodes
   */
  @Benchmark
  public List<String> postcodes(InLocale in) {
    return in.forgery.postcodes(N);
  }

  /**
   * Phone numbers.
   *
   * @param in the locale
   * @return the numbers
   */
  @Benchmark
  public List<String> phoneNumbers(InLocale in) {
    return in.forgery.phoneNumbers(N);
  }

  /**
   * Email addresses.
   *
   * @param in the locale
   * @return the addresses
   */
  @Benchmark
  public List<String> emails(InLocale in) {
    return in.forgery.emails(N);
  }

  /**
   * Company names.
   *
   * @param in the locale
   * @return the names
   */
  @Benchmark
  public List<String> companies(InLocale in) {
    return in.forgery.companies(N);
  }

  /**
   * IBANs of the locale's mix of countries.
   *
   * @param in the locale
   * @return the IBANs
   */
  @Benchmark
  public List<String> ibans(IbanLocale in) {
    return in.forgery.ibans(N);
  }

  /**
   * Datafaker's {@code name().fullName()} in the same locale.
   *
   * @param in the locale
   * @return the names
   */
  @Benchmark
  public String[] namesDatafaker(InLocale in) {
    String[] out = new String[N];
    for (int i = 0; i < N; i++) {
      out[i] = in.datafaker.name().fullName();
    }
    return out;
  }

  /**
   * Datafaker's {@code address().fullAddress()} in the same locale.
   *
   * @param in the locale
   * @return the addresses
   */
  @Benchmark
  public String[] addressesDatafaker(InLocale in) {
    String[] out = new String[N];
    for (int i = 0; i < N; i++) {
      out[i] = in.datafaker.address().fullAddress();
    }
    return out;
  }
}
