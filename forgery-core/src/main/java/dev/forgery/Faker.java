package dev.forgery;

import dev.forgery.internal.Checks;
import dev.forgery.internal.Locales;
import dev.forgery.internal.provider.address.Addresses;
import dev.forgery.internal.provider.finance.CreditCards;
import dev.forgery.internal.provider.finance.Ibans;
import dev.forgery.internal.provider.identifiers.Identifiers;
import dev.forgery.internal.provider.internet.Emails;
import dev.forgery.internal.provider.names.Names;
import dev.forgery.internal.provider.numbers.Numbers;
import dev.forgery.internal.provider.phone.PhoneNumbers;
import dev.forgery.internal.random.RandomSource;
import dev.forgery.internal.random.SplitMix64;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * A seeded generator of realistic fake data for one locale.
 *
 * <p>Every provider has a single-value method ({@link #name()}) and a batch method that returns
 * exactly {@code n} values in one call ({@link #names(int)}); the batch is the fast path. After the
 * same {@link #seed(long)}, a batch equals the same number of single calls, value for value.
 *
 * <pre>{@code
 * Faker faker = new Faker("en_US", 42L);
 * List<String> emails = faker.emails(100_000);
 * String name = faker.name();
 * }</pre>
 *
 * <p>The same forgery version, locale and seed give the same values on every JVM and operating
 * system, whatever the default locale or time zone. A {@code Faker} is owned by one thread at a
 * time, like {@link java.util.SplittableRandom}; {@link Forgery} offers a shared instance that any
 * thread may call.
 *
 * @since 0.1.0
 */
public final class Faker {
  private final String tag;
  private final RandomSource random;

  // Providers hold only shared, immutable tables, so they are created on first use and a racing
  // duplicate creation (possible only on the shared instance behind Forgery) is harmless.
  private Names names;
  private Emails emails;

  /** Providers added with {@link #register}, by normalised name, in registration order. */
  private final Map<String, Catalogue.Entry> custom = new LinkedHashMap<>();

  /** Creates an en_US faker with a random seed. */
  public Faker() {
    this("en_US", randomSeed());
  }

  /**
   * Creates a faker for {@code locale} with a random seed.
   *
   * @param locale a supported locale such as {@code "en_US"} or {@code "en-US"}
   * @throws IllegalArgumentException if the locale is not supported; the message lists those that
   *     are
   */
  public Faker(String locale) {
    this(locale, randomSeed());
  }

  /**
   * Creates a faker for {@code locale} with a random seed.
   *
   * @param locale a supported locale such as {@link Locale#US}
   * @throws IllegalArgumentException if the locale is not supported
   */
  public Faker(Locale locale) {
    this(Locales.tag(locale), randomSeed());
  }

  /**
   * Creates a faker for {@code locale} whose values are fully determined by {@code seed}.
   *
   * @param locale a supported locale such as {@code "en_US"}
   * @param seed any long
   * @throws IllegalArgumentException if the locale is not supported
   */
  public Faker(String locale, long seed) {
    this(Locales.tag(locale), new SplitMix64(seed));
  }

  /**
   * Creates a faker for {@code locale} whose values are fully determined by {@code seed}.
   *
   * @param locale a supported locale such as {@link Locale#US}
   * @param seed any long
   * @throws IllegalArgumentException if the locale is not supported
   */
  public Faker(Locale locale, long seed) {
    this(Locales.tag(locale), new SplitMix64(seed));
  }

  Faker(String tag, RandomSource random) {
    this.tag = tag;
    this.random = random;
  }

  private static long randomSeed() {
    return ThreadLocalRandom.current().nextLong();
  }

  /**
   * Restarts this faker's sequence: after {@code seed(s)} it produces exactly what {@code new
   * Faker(locale, s)} would.
   *
   * @param seed any long
   * @return this faker
   */
  public Faker seed(long seed) {
    random.reseed(seed);
    return this;
  }

  /**
   * Returns the locale whose data this faker uses.
   *
   * @return the locale, e.g. {@link Locale#US}
   */
  public Locale locale() {
    return Locales.toLocale(tag);
  }

  @Override
  public String toString() {
    return "Faker[" + tag + "]";
  }

  // ---------------------------------------------------------------------------------------------
  // names

  private Names names() {
    Names n = names;
    return n != null ? n : (names = Names.of(tag));
  }

  /**
   * Returns a full name, first name and surname, drawn by real-world frequency.
   *
   * @return a name such as {@code "Linda Garcia"}
   */
  public String name() {
    return names().name(random);
  }

  /**
   * Returns {@code n} full names.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} names
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> names(int n) {
    Names source = names();
    String[] out = new String[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = source.name(random);
    }
    return list(out);
  }

  /**
   * Returns a first name.
   *
   * @return a first name such as {@code "Linda"}
   */
  public String firstName() {
    return names().firstName(random);
  }

  /**
   * Returns {@code n} first names.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} first names
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> firstNames(int n) {
    Names source = names();
    String[] out = new String[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = source.firstName(random);
    }
    return list(out);
  }

  /**
   * Returns a surname.
   *
   * @return a surname such as {@code "Garcia"}
   */
  public String lastName() {
    return names().lastName(random);
  }

  /**
   * Returns {@code n} surnames.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} surnames
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> lastNames(int n) {
    Names source = names();
    String[] out = new String[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = source.lastName(random);
    }
    return list(out);
  }

  // ---------------------------------------------------------------------------------------------
  // email

  private Emails emails() {
    Emails e = emails;
    return e != null ? e : (emails = Emails.of(tag));
  }

  /**
   * Returns an email address built from a realistic name, at a free-mail provider or a personal
   * domain.
   *
   * @return an address such as {@code "linda.garcia84@gmail.com"}
   */
  public String email() {
    return emails().email(random);
  }

  /**
   * Returns {@code n} email addresses; a batch of 100,000 is more than 90% distinct.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} addresses
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> emails(int n) {
    Emails source = emails();
    String[] out = new String[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = source.email(random);
    }
    return list(out);
  }

  /**
   * Returns an email address at example.com, example.org or example.net, domains reserved by RFC
   * 2606 so that no mail can reach a real person.
   *
   * @return an address such as {@code "lgarcia@example.org"}
   */
  public String safeEmail() {
    return emails().safeEmail(random);
  }

  /**
   * Returns {@code n} addresses at the reserved example domains.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} addresses
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> safeEmails(int n) {
    Emails source = emails();
    String[] out = new String[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = source.safeEmail(random);
    }
    return list(out);
  }

  /**
   * Returns an email address at a popular free-mail provider (gmail.com, yahoo.com, ...).
   *
   * @return an address such as {@code "linda.garcia@yahoo.com"}
   */
  public String freeEmail() {
    return emails().freeEmail(random);
  }

  /**
   * Returns {@code n} addresses at popular free-mail providers.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} addresses
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> freeEmails(int n) {
    Emails source = emails();
    String[] out = new String[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = source.freeEmail(random);
    }
    return list(out);
  }

  // ---------------------------------------------------------------------------------------------
  // numbers

  /**
   * Returns a uniformly distributed int between {@code min} and {@code max}, both inclusive.
   *
   * @param min the lower bound, inclusive
   * @param max the upper bound, inclusive; {@code Integer.MIN_VALUE..Integer.MAX_VALUE} is allowed
   * @return the value
   * @throws IllegalArgumentException if {@code min > max}
   */
  public int integer(int min, int max) {
    Checks.range(min, max);
    return Numbers.integer(random, min, max);
  }

  /**
   * Returns {@code n} ints between 0 and 100, both inclusive.
   *
   * @param n how many, {@code >= 0}
   * @return a new array of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public int[] integers(int n) {
    return integers(n, 0, 100);
  }

  /**
   * Returns {@code n} ints between {@code min} and {@code max}, both inclusive.
   *
   * @param n how many, {@code >= 0}
   * @param min the lower bound, inclusive
   * @param max the upper bound, inclusive
   * @return a new array of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0} or {@code min > max}
   */
  public int[] integers(int n, int min, int max) {
    int[] out = new int[Checks.count(n)];
    Checks.range(min, max);
    for (int i = 0; i < out.length; i++) {
      out[i] = Numbers.integer(random, min, max);
    }
    return out;
  }

  /**
   * Returns a uniformly distributed double in {@code [min, max)}.
   *
   * @param min the lower bound, inclusive, finite
   * @param max the upper bound, exclusive, finite and greater than {@code min}
   * @return the value
   * @throws IllegalArgumentException if a bound is NaN or infinite, or {@code min >= max}
   */
  public double doubleValue(double min, double max) {
    Checks.range(min, max);
    return Numbers.doubleValue(random, min, max);
  }

  /**
   * Returns {@code n} doubles in {@code [0, 1)}.
   *
   * @param n how many, {@code >= 0}
   * @return a new array of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public double[] doubles(int n) {
    return doubles(n, 0.0, 1.0);
  }

  /**
   * Returns {@code n} doubles in {@code [min, max)}.
   *
   * @param n how many, {@code >= 0}
   * @param min the lower bound, inclusive, finite
   * @param max the upper bound, exclusive, finite and greater than {@code min}
   * @return a new array of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0}, a bound is NaN or infinite, or {@code min >=
   *     max}
   */
  public double[] doubles(int n, double min, double max) {
    double[] out = new double[Checks.count(n)];
    Checks.range(min, max);
    for (int i = 0; i < out.length; i++) {
      out[i] = Numbers.doubleValue(random, min, max);
    }
    return out;
  }

  /**
   * Returns {@code true} or {@code false} with equal probability.
   *
   * @return the value
   */
  public boolean bool() {
    return Numbers.bool(random);
  }

  /**
   * Returns {@code n} fair booleans.
   *
   * @param n how many, {@code >= 0}
   * @return a new array of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public boolean[] bools(int n) {
    boolean[] out = new boolean[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = Numbers.bool(random);
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // identifiers

  /**
   * Returns a random version 4 UUID (variant 2), determined by this faker's seed.
   *
   * @return the UUID
   */
  public UUID uuid() {
    return Identifiers.uuid(random);
  }

  /**
   * Returns {@code n} random version 4 UUIDs.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} UUIDs
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<UUID> uuids(int n) {
    UUID[] out = new UUID[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = Identifiers.uuid(random);
    }
    return list(out);
  }

  // ---------------------------------------------------------------------------------------------
  // address

  private Addresses addresses;

  private Addresses addresses() {
    Addresses a = addresses;
    return a != null ? a : (addresses = Addresses.of(tag));
  }

  /**
   * Returns a one-line postal address in USPS form whose city, state and ZIP code belong together.
   *
   * @return an address such as {@code "4821 Maple Ave Apt 3, Springfield, IL 62704"}
   */
  public String address() {
    return addresses().address(random);
  }

  /**
   * Returns {@code n} one-line postal addresses.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> addresses(int n) {
    Addresses source = addresses();
    String[] out = new String[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = source.address(random);
    }
    return list(out);
  }

  /**
   * Returns a street line: house number, street name with its USPS suffix and, now and then, a
   * secondary unit (Apt, Ste, Unit).
   *
   * @return a street line such as {@code "4821 Maple Ave"}
   */
  public String streetAddress() {
    return addresses().streetAddress(random);
  }

  /**
   * Returns {@code n} street lines.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> streetAddresses(int n) {
    Addresses source = addresses();
    String[] out = new String[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = source.streetAddress(random);
    }
    return list(out);
  }

  /**
   * Returns a city, drawn in proportion to its population.
   *
   * @return a city such as {@code "Houston"}
   */
  public String city() {
    return addresses().city(random);
  }

  /**
   * Returns {@code n} cities.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> cities(int n) {
    Addresses source = addresses();
    String[] out = new String[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = source.city(random);
    }
    return list(out);
  }

  /**
   * Returns a state name (one of the 50 states or the District of Columbia), drawn in proportion to
   * its population.
   *
   * @return a state such as {@code "California"}
   */
  public String state() {
    return addresses().state(random);
  }

  /**
   * Returns {@code n} state names.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> states(int n) {
    Addresses source = addresses();
    String[] out = new String[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = source.state(random);
    }
    return list(out);
  }

  /**
   * Returns a two-letter USPS state abbreviation, drawn in proportion to the state's population.
   *
   * @return an abbreviation such as {@code "CA"}
   */
  public String stateAbbr() {
    return addresses().stateAbbr(random);
  }

  /**
   * Returns {@code n} state abbreviations.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> stateAbbrs(int n) {
    Addresses source = addresses();
    String[] out = new String[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = source.stateAbbr(random);
    }
    return list(out);
  }

  /**
   * Returns a five-digit ZIP code, drawn in proportion to the population it serves.
   *
   * @return a ZIP code such as {@code "62704"}
   */
  public String postcode() {
    return addresses().postcode(random);
  }

  /**
   * Returns {@code n} ZIP codes.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> postcodes(int n) {
    Addresses source = addresses();
    String[] out = new String[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = source.postcode(random);
    }
    return list(out);
  }

  /**
   * Returns the name of an ISO 3166-1 country; every country is equally likely.
   *
   * @return a country such as {@code "Germany"}
   */
  public String country() {
    return addresses().country(random);
  }

  /**
   * Returns {@code n} country names.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> countries(int n) {
    Addresses source = addresses();
    String[] out = new String[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = source.country(random);
    }
    return list(out);
  }

  /**
   * Returns an ISO 3166-1 alpha-2 country code; every country is equally likely.
   *
   * @return a code such as {@code "DE"}
   */
  public String countryCode() {
    return addresses().countryCode(random);
  }

  /**
   * Returns {@code n} country codes.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> countryCodes(int n) {
    Addresses source = addresses();
    String[] out = new String[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = source.countryCode(random);
    }
    return list(out);
  }

  // ---------------------------------------------------------------------------------------------
  // phone

  private PhoneNumbers phoneNumbers;

  private PhoneNumbers phoneNumbers() {
    PhoneNumbers p = phoneNumbers;
    return p != null ? p : (phoneNumbers = PhoneNumbers.of(tag));
  }

  /**
   * Returns a phone number in one of the usual US formats, in the range 555-0100 to 555-0199 that
   * the numbering plan keeps for fiction, behind a real area code; one in 16 has an extension.
   *
   * @return a number such as {@code "(212) 555-0147"} or {@code "+1-312-555-0183 x204"}
   */
  public String phoneNumber() {
    return phoneNumbers().phoneNumber(random);
  }

  /**
   * Returns {@code n} phone numbers; as the fictional range holds 35,900 numbers, large batches
   * repeat numbers.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> phoneNumbers(int n) {
    PhoneNumbers source = phoneNumbers();
    String[] out = new String[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = source.phoneNumber(random);
    }
    return list(out);
  }

  // ---------------------------------------------------------------------------------------------
  // finance

  private Ibans ibans;

  private Ibans ibans() {
    Ibans i = ibans;
    return i != null ? i : (ibans = Ibans.of(tag));
  }

  /**
   * Returns a payment card number, digits only, of a brand drawn by its US share (Visa about half,
   * then Mastercard, American Express, Discover and a few JCB, UnionPay, Diners Club and Maestro),
   * with the brand's real prefixes and length and a correct Luhn check digit.
   *
   * @return a number such as {@code "4539578763621486"}
   */
  public String creditCardNumber() {
    return CreditCards.number(random);
  }

  /**
   * Returns {@code n} payment card numbers of mixed brands.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} numbers
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> creditCardNumbers(int n) {
    String[] out = new String[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = CreditCards.number(random);
    }
    return list(out);
  }

  /**
   * Returns a payment card number of one brand, digits only.
   *
   * <pre>{@code
   * String amex = faker.creditCardNumber(CardBrand.AMERICAN_EXPRESS); // 15 digits, 34 or 37
   * }</pre>
   *
   * @param brand the brand
   * @return the number
   * @throws IllegalArgumentException if {@code brand} is null
   */
  public String creditCardNumber(CardBrand brand) {
    return CreditCards.number(random, brand(brand));
  }

  /**
   * Returns {@code n} payment card numbers of one brand.
   *
   * @param n how many, {@code >= 0}
   * @param brand the brand
   * @return an unmodifiable list of exactly {@code n} numbers
   * @throws IllegalArgumentException if {@code n < 0} or {@code brand} is null
   */
  public List<String> creditCardNumbers(int n, CardBrand brand) {
    String[] out = new String[Checks.count(n)];
    int b = brand(brand);
    for (int i = 0; i < out.length; i++) {
      out[i] = CreditCards.number(random, b);
    }
    return list(out);
  }

  /**
   * Returns a payment card number of the brand called {@code brand}; see {@link CardBrand#of}.
   *
   * @param brand a brand name such as {@code "visa"}, {@code "mastercard"} or {@code "amex"}
   * @return the number
   * @throws IllegalArgumentException if no brand has that name; the message lists the brands
   */
  public String creditCardNumber(String brand) {
    return creditCardNumber(CardBrand.of(brand));
  }

  /**
   * Returns {@code n} payment card numbers of the brand called {@code brand}.
   *
   * @param n how many, {@code >= 0}
   * @param brand a brand name such as {@code "visa"}
   * @return an unmodifiable list of exactly {@code n} numbers
   * @throws IllegalArgumentException if {@code n < 0} or no brand has that name
   */
  public List<String> creditCardNumbers(int n, String brand) {
    return creditCardNumbers(n, CardBrand.of(brand));
  }

  /**
   * Returns a payment card number grouped as printed on the card ({@code 4-4-4-4}, American Express
   * {@code 4-6-5}, Diners Club {@code 4-6-4}); after the same seed it has the digits that {@link
   * #creditCardNumber()} would return.
   *
   * @return a number such as {@code "4539 5787 6362 1486"}
   */
  public String formattedCreditCardNumber() {
    return CreditCards.formatted(random, -1);
  }

  /**
   * Returns {@code n} grouped payment card numbers of mixed brands.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} numbers
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> formattedCreditCardNumbers(int n) {
    String[] out = new String[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = CreditCards.formatted(random, -1);
    }
    return list(out);
  }

  /**
   * Returns a grouped payment card number of one brand.
   *
   * @param brand the brand
   * @return a number such as {@code "3782 822463 10005"}
   * @throws IllegalArgumentException if {@code brand} is null
   */
  public String formattedCreditCardNumber(CardBrand brand) {
    return CreditCards.formatted(random, brand(brand));
  }

  private static int brand(CardBrand brand) {
    if (brand == null) {
      throw new IllegalArgumentException(
          "brand must not be null; brands: " + Arrays.toString(CardBrand.values()));
    }
    return brand.ordinal();
  }

  /**
   * Returns an IBAN with the right length, BBAN structure and mod-97 check digits. The US has no
   * IBAN, so en_US draws the country from a mix of the European countries US users meet most:
   * Germany 24%, the UK and France 16% each, Italy 12%, Spain 10%, the Netherlands 8%, Belgium 4%,
   * Switzerland and Austria 3% each, Ireland and Portugal 2% each. Use {@link #iban(String)} for
   * one country.
   *
   * @return an IBAN without spaces, such as {@code "DE89370400440532013000"}
   */
  public String iban() {
    return ibans().iban(random);
  }

  /**
   * Returns {@code n} IBANs of the locale's default countries.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} IBANs
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> ibans(int n) {
    Ibans source = ibans();
    String[] out = new String[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = source.iban(random);
    }
    return list(out);
  }

  /**
   * Returns an IBAN of one country; every country of the SWIFT IBAN registry is supported.
   *
   * @param countryCode an ISO 3166-1 alpha-2 code such as {@code "FR"}, in any case
   * @return an IBAN without spaces
   * @throws IllegalArgumentException if the country has no IBAN; the message lists those that do
   */
  public String iban(String countryCode) {
    Ibans source = ibans();
    return source.iban(random, source.country(countryCode));
  }

  /**
   * Returns {@code n} IBANs of one country.
   *
   * @param n how many, {@code >= 0}
   * @param countryCode an ISO 3166-1 alpha-2 code such as {@code "FR"}
   * @return an unmodifiable list of exactly {@code n} IBANs
   * @throws IllegalArgumentException if {@code n < 0} or the country has no IBAN
   */
  public List<String> ibans(int n, String countryCode) {
    Ibans source = ibans();
    String[] out = new String[Checks.count(n)];
    int country = source.country(countryCode);
    for (int i = 0; i < out.length; i++) {
      out[i] = source.iban(random, country);
    }
    return list(out);
  }

  // ---------------------------------------------------------------------------------------------
  // datetime

  // ---------------------------------------------------------------------------------------------
  // text

  // ---------------------------------------------------------------------------------------------
  // company

  // ---------------------------------------------------------------------------------------------
  // internet (urls, domains, addresses)

  // ---------------------------------------------------------------------------------------------
  // color

  // ---------------------------------------------------------------------------------------------
  // providers by name

  /**
   * Adds a custom provider usable by name in {@link #generate(String)}, {@link #generate(String,
   * int)} and schemas. The function receives this faker, so its values follow this faker's seed.
   *
   * <pre>{@code
   * faker.register("sku", f -> "SKU-" + f.integer(1000, 9999));
   * Object sku = faker.generate("sku");
   * }</pre>
   *
   * @param name the provider name; case and underscores are ignored when it is looked up
   * @param provider draws one value from the faker it is given
   * @return this faker
   * @throws IllegalArgumentException if the name is blank or already names a built-in provider
   */
  public Faker register(String name, Function<Faker, ?> provider) {
    Objects.requireNonNull(provider, "provider");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank, got '" + name + "'");
    }
    Catalogue.Entry builtIn = Catalogue.builtIn(name);
    if (builtIn != null) {
      throw new IllegalArgumentException(
          "name '" + name + "' is already the built-in provider '" + builtIn.name() + "'");
    }
    custom.put(Catalogue.key(name), new Catalogue.Entry(name, Object.class, provider));
    return this;
  }

  /**
   * Returns the names accepted by {@link #generate(String)}: every built-in provider and every
   * provider registered on this faker.
   *
   * @return a sorted, unmodifiable set of canonical names
   */
  public SortedSet<String> providers() {
    SortedSet<String> names = new TreeSet<>(Catalogue.builtInNames());
    for (Catalogue.Entry entry : custom.values()) {
      names.add(entry.name());
    }
    return Collections.unmodifiableSortedSet(names);
  }

  /**
   * Draws one value from the provider called {@code name}, built-in or registered.
   *
   * @param name a provider name in any case, snake_case or camelCase ({@code "safe_email"})
   * @return the value
   * @throws IllegalArgumentException if no provider has that name; the message suggests the closest
   *     names
   */
  public Object generate(String name) {
    return entry(name).single().apply(this);
  }

  /**
   * Draws {@code n} values from the provider called {@code name}; equal to {@code n} calls of
   * {@link #generate(String)}.
   *
   * @param name a provider name
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0} or no provider has that name
   */
  public List<Object> generate(String name, int n) {
    Function<Faker, ?> single = entry(name).single();
    Object[] out = new Object[Checks.count(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = single.apply(this);
    }
    return list(out);
  }

  private Catalogue.Entry entry(String name) {
    if (name == null) {
      throw new IllegalArgumentException("name must not be null; known providers: " + providers());
    }
    Catalogue.Entry entry = custom.get(Catalogue.key(name));
    if (entry == null) {
      entry = Catalogue.builtIn(name);
    }
    if (entry == null) {
      throw Catalogue.unknown("name", name, List.copyOf(providers()));
    }
    return entry;
  }

  // ---------------------------------------------------------------------------------------------

  /** Wraps without copying: the array never escapes, so the list is truly unmodifiable. */
  private static <T> List<T> list(T[] values) {
    return Collections.unmodifiableList(Arrays.asList(values));
  }
}
