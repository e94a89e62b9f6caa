package dev.forgery.internal.provider.pattern;

import dev.forgery.internal.random.RandomSource;
import dev.forgery.internal.registry.Defaults;
import dev.forgery.internal.registry.Generator;
import dev.forgery.internal.registry.Param;
import dev.forgery.internal.registry.ProviderDef;
import java.util.List;

/**
 * The definitions of the pattern, digit-string and long providers; the draws are in {@link
 * Patterns}.
 */
public final class PatternProviders {
  private PatternProviders() {}

  /** Longest digit string or pattern accepted: a guard against a mistyped length. */
  static final int MAX_LENGTH = 10_000;

  /** Every pattern provider. */
  public static final List<ProviderDef> ALL =
      List.of(
          pattern("numerify", "'#' replaced by digits, as in \"###-##\"", true, false),
          pattern("letterify", "'?' replaced by letters a-z, as in \"??-??\"", false, true),
          pattern("bothify", "'#' by digits and '?' by letters, as in \"??-####\"", true, true),
          ProviderDef.define(
                  "regexify", String.class, "a string matching a regular expression of a subset")
              .params(new Param("regex", "string", null))
              .binds(
                  (locale, args) -> {
                    args.expect(1);
                    String regex = args.text(0, null);
                    if (regex.length() > MAX_LENGTH) {
                      throw args.fail(
                          "regex must be at most "
                              + MAX_LENGTH
                              + " characters, got "
                              + regex.length());
                    }
                    Regexes.Node root;
                    try {
                      root = Regexes.compile(regex);
                    } catch (IllegalArgumentException e) {
                      throw args.fail(e.getMessage());
                    }
                    return Generator.of(
                        String.class,
                        r -> Regexes.draw(r, root),
                        (random, seeds, out, at, count) ->
                            Regexes.draws(random, seeds, out, at, count, root));
                  }),
          ofLength("digits", "a string of digits 0-9 of a length", 10, Patterns::digits),
          ofLength("hexDigits", "a string of lower-case hex digits of a length", 8, Patterns::hex),
          ProviderDef.define("longValue", Long.class, "a uniform long, bounds inclusive")
              .aliases("long")
              .params(
                  new Param("min", "long", String.valueOf(Defaults.INT_MIN)),
                  new Param("max", "long", String.valueOf(Defaults.INT_MAX)))
              .binds(
                  (locale, args) -> {
                    args.expect(0, 2);
                    long min = args.longInteger(0, Defaults.INT_MIN);
                    long max = args.longInteger(1, Defaults.INT_MAX);
                    if (min > max) {
                      throw args.fail("min must be <= max, got min=" + min + " and max=" + max);
                    }
                    return new Longs(min, max);
                  }));

  /** Draws a string of a given length. */
  @FunctionalInterface
  private interface OfLength {
    String draw(RandomSource random, int length);
  }

  /** A provider of strings of one parameter, their length {@code 1..MAX_LENGTH}. */
  private static ProviderDef ofLength(
      String name, String summary, int defaultLength, OfLength draw) {
    return ProviderDef.define(name, String.class, summary)
        .params(new Param("length", "int 1.." + MAX_LENGTH, String.valueOf(defaultLength)))
        .binds(
            (locale, args) -> {
              args.expect(0, 1);
              int length = args.integer(0, defaultLength, 1, MAX_LENGTH);
              return Generator.of(String.class, r -> draw.draw(r, length), null);
            });
  }

  private static ProviderDef pattern(String name, String summary, boolean digits, boolean letters) {
    return ProviderDef.define(name, String.class, summary)
        .params(new Param("pattern", "string", null))
        .binds(
            (locale, args) -> {
              args.expect(1);
              String pattern = args.text(0, null);
              if (pattern.length() > MAX_LENGTH) {
                throw args.fail(
                    "pattern must be at most "
                        + MAX_LENGTH
                        + " characters, got "
                        + pattern.length());
              }
              return Generator.of(
                  String.class, r -> Patterns.fill(r, pattern, digits, letters), null);
            });
  }

  /**
   * Uniform longs in {@code [min, max]}, drawn by {@link Patterns#longValue}; a range of fewer than
   * {@code 2^62} values is a known domain, so that a unique batch fails up front when it is too
   * small and takes the values not drawn yet once redrawing stalls.
   */
  private static final class Longs extends Generator {
    private final long min;
    private final long max;

    Longs(long min, long max) {
      this.min = min;
      this.max = max;
    }

    @Override
    public Class<?> valueType() {
      return Long.class;
    }

    @Override
    public Object next(RandomSource random) {
      return Patterns.longValue(random, min, max);
    }

    @Override
    public long domainSize() {
      long count = max - min + 1; // unsigned; 0 means all 2^64 values
      return count > 0 && count < 1L << 62 ? count : -1;
    }

    @Override
    public Object valueAt(long index) {
      if (domainSize() < 0) {
        return super.valueAt(index);
      }
      return min + index;
    }

    @Override
    public String toString() {
      return "longValue(" + min + ", " + max + ")";
    }
  }
}
