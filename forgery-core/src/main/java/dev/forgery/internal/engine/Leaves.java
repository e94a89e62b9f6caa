package dev.forgery.internal.engine;

import dev.forgery.internal.registry.Generator;
import dev.forgery.internal.registry.Inference;
import dev.forgery.internal.registry.Lookup;
import dev.forgery.internal.registry.ProviderDef;
import java.math.BigInteger;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The value types no provider gives, made from a provider that gives something they convert from:
 * one rule for each, shared by the objects (a property of such a type) and by {@code
 * Faker.inferProvider} (and through it {@code @Forged}), so that a {@code ZoneId} is drawn alike
 * wherever it is asked for.
 *
 * <p>A {@code ZoneId} is a {@code timeZone} and a {@code Locale} a {@code languageTag}, read; a
 * {@code char} is a letter and a {@code Currency} a {@code currencyCode}; a {@code Duration} is 0
 * to 86,399 seconds and a {@code Period} 0 to 365 days (the {@code integer}s); a {@code URI} and a
 * {@code URL} come from {@code url}, or from a URL provider the name names ({@code safeUrl}). The
 * rest are inferred as a related type, by the name, then converted: {@code Year}, {@code YearMonth}
 * and {@code MonthDay} as a date ({@code Year expiry} as a {@code LocalDate expiry}), {@code
 * OffsetTime} and {@code ZoneOffset} as an offset date-time, a {@code Date} as an instant ({@code
 * createdAt} falls where an {@code Instant createdAt} does), a {@code BigInteger} as a {@code
 * long}.
 */
public final class Leaves {
  private Leaves() {}

  /** The types {@link #of} makes, boxed. */
  private static final Set<Class<?>> TYPES =
      Set.of(
          ZoneId.class,
          Locale.class,
          Character.class,
          Currency.class,
          Duration.class,
          Period.class,
          URI.class,
          URL.class,
          Year.class,
          YearMonth.class,
          MonthDay.class,
          OffsetTime.class,
          ZoneOffset.class,
          Date.class,
          BigInteger.class);

  /**
   * The provider a leaf is drawn from, with its arguments, and the generator of the leaf's values.
   */
  public static final class Leaf {
    private final ProviderDef def;
    private final List<Object> args;
    private final Generator generator;

    private Leaf(ProviderDef def, List<Object> args, Generator generator) {
      this.def = def;
      this.args = args;
      this.generator = generator;
    }

    /**
     * Returns the provider the values are converted from.
     *
     * @return its definition
     */
    public ProviderDef def() {
      return def;
    }

    /**
     * Returns the arguments the provider is bound to.
     *
     * @return the arguments, empty for its defaults
     */
    public List<Object> args() {
      return args;
    }

    /**
     * Returns the generator of the leaf's own values, converted from the provider's.
     *
     * @return the generator, whose value type is the leaf's boxed type
     */
    public Generator generator() {
      return generator;
    }
  }

  /**
   * Whether {@link #of} makes values of a type.
   *
   * @param boxed a boxed type
   * @return whether it is one of the value types no provider gives
   */
  public static boolean made(Class<?> boxed) {
    return TYPES.contains(boxed);
  }

  /**
   * Returns a generator's values as values of {@code raw}, as an object's component of that type
   * takes them: a number widened ({@code long}, {@code double}) or narrowed where its range fits
   * ({@code short}, {@code byte}).
   *
   * @param gen the generator
   * @param raw the type the values must fit, or its primitive
   * @param where names the caller, for messages
   * @return the generator of converted values, whose value type is the boxed {@code raw}
   * @throws IllegalArgumentException if the values do not fit, naming the range and the type
   */
  public static Generator fitted(Generator gen, Class<?> raw, String where) {
    return Conversion.to(gen, 0, raw, where);
  }

  /**
   * Returns how the values of a leaf called {@code name} of type {@code raw} are made.
   *
   * @param name the property's or parameter's name, empty if unknown
   * @param raw a type {@link #made} accepts, or its primitive
   * @param lookup the providers on offer
   * @param where names the caller, for messages
   * @return the provider, its arguments and the generator of converted values
   * @throws IllegalArgumentException if the type is not one of those, or no provider fits
   */
  public static Leaf of(String name, Class<?> raw, Lookup lookup, String where) {
    Class<?> boxed = Inference.boxed(raw);
    if (!made(boxed)) {
      throw new IllegalArgumentException(where + ": " + raw.getName() + " is not a leaf type");
    }
    if (boxed == ZoneId.class) {
      return converted("timeZone", List.of(), raw, lookup, where);
    } else if (boxed == Locale.class) {
      return converted("languageTag", List.of(), raw, lookup, where);
    } else if (boxed == Character.class) {
      return converted("letters", List.of(1), raw, lookup, where);
    } else if (boxed == Currency.class) {
      return converted("currencyCode", List.of(), raw, lookup, where);
    } else if (boxed == Duration.class) {
      return converted("integer", List.of(0, 86_399), raw, lookup, where);
    } else if (boxed == Period.class) {
      return converted("integer", List.of(0, 365), raw, lookup, where);
    } else if (boxed == URI.class || boxed == URL.class) {
      Inference.Match match = Inference.infer(name, String.class, lookup);
      boolean named =
          match != null && match.args().isEmpty() && Lookup.key(match.def().name()).endsWith("url");
      return converted(named ? match.def().name() : "url", List.of(), raw, lookup, where);
    }
    Class<?> carrier;
    if (boxed == Year.class || boxed == YearMonth.class || boxed == MonthDay.class) {
      carrier = LocalDate.class;
    } else if (boxed == OffsetTime.class || boxed == ZoneOffset.class) {
      carrier = OffsetDateTime.class;
    } else if (boxed == Date.class) {
      carrier = Instant.class;
    } else {
      carrier = Long.class; // BigInteger
    }
    // A date, an offset date-time, an instant and a long always have a provider by type.
    Inference.Match match = Inference.require(name, carrier, lookup, where);
    return leaf(match.def(), match.args(), raw, lookup, where);
  }

  private static Leaf converted(
      String provider, List<Object> args, Class<?> raw, Lookup lookup, String where) {
    ProviderDef def = lookup.find(provider);
    if (def == null) {
      throw new IllegalStateException("the built-in provider " + provider + " is missing");
    }
    return leaf(def, args, raw, lookup, where);
  }

  private static Leaf leaf(
      ProviderDef def, List<Object> args, Class<?> raw, Lookup lookup, String where) {
    return new Leaf(def, args, Conversion.to(def.bind(lookup, args, where), 0, raw, where));
  }
}
