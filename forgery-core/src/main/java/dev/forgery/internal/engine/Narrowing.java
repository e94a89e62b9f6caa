package dev.forgery.internal.engine;

import dev.forgery.internal.provider.datetime.DateProviders;
import dev.forgery.internal.provider.numbers.Decimals;
import dev.forgery.internal.provider.numbers.NumberProviders;
import dev.forgery.internal.random.RandomSource;
import dev.forgery.internal.random.Seeds;
import dev.forgery.internal.random.SplitMix64;
import dev.forgery.internal.registry.Defaults;
import dev.forgery.internal.registry.Generator;
import dev.forgery.internal.registry.Lookup;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Narrows the realistic generator of one string, number, date or time to its constraints, when the
 * type is analysed ({@link Constraints} finds the constraints and the realistic generator).
 *
 * <p>The realistic generator stays first: a value it draws that meets the constraints is used, one
 * that does not is drawn again, so {@code @Min(21) int age} is an age of 21 to 80 and
 * {@code @Size(max = 5) String firstName} a first name of at most five letters. Where too few
 * realistic values meet the constraints (fewer than one in {@value #KEEP_ONE_IN} of {@value
 * #PROBES} probed at fixed seeds), a generator made from the constraints takes over:
 *
 * <ul>
 *   <li>{@code @Email}: the {@code email} provider; with an expression of its own, also {@code
 *       safeEmail}, {@code freeEmail}, {@code email} local parts at domains drawn from the
 *       expression, and {@code regexify} of it; under a {@code @Size}, those addresses shortened or
 *       lengthened to fit;
 *   <li>{@code @Pattern}: {@code regexify} of its expression (an expression outside that subset
 *       fails here, unless the realistic values match it);
 *   <li>{@code @Size}, {@code @NotBlank} on other strings: the realistic value cut to the maximum
 *       or padded with letters to the minimum;
 *   <li>bounds and {@code @Digits} on numbers: {@code integer}, {@code longValue}, {@code decimal}
 *       or {@code doubleValue} over the part of the allowed range the realistic values cover, else
 *       over the allowed range, an open end completed by the realistic values' width;
 *   <li>{@code @Past} and {@code @Future} on dates and times: the part of the realistic window at
 *       least {@value #WINDOW_MARGIN} days before or after {@code today()}, else the year beyond
 *       that margin (ten years for a {@code Year}).
 * </ul>
 *
 * <p>Where the realistic generator is itself a uniform range ({@code integer}, {@code doubleValue},
 * {@code decimal}, {@code date}), the part of it the constraints allow is drawn directly: the same
 * values as redrawing, in one draw. A realistic generator whose whole (small) domain meets the
 * constraints is kept as it is, with its column draw.
 */
final class Narrowing {
  /** How many values a candidate generator draws, at fixed seeds, to judge it. */
  static final int PROBES = 256;

  /**
   * A candidate is kept if at least one in this many of its probed values meets the constraints.
   */
  static final int KEEP_ONE_IN = 8;

  /** How many draws a value may take from a generator with a fallback after it. */
  static final int TRIES = 32;

  /** How many draws a value may take from the last generator. */
  static final int LAST_TRIES = 1_000;

  /** Days between today and the window a past or future value is drawn from, when one is made. */
  static final int WINDOW_MARGIN = ConstraintSet.MARGIN_DAYS + 1;

  /** The most values of a realistic generator's domain checked one by one. */
  private static final long ENUMERABLE = 100_000;

  private static final long PROBE_SEED = Seeds.salt("dev.forgery.constraints");

  /** The whole-number types, drawn with {@code integer} or {@code longValue}. */
  static final Set<Class<?>> INTEGRAL =
      Set.of(Integer.class, Long.class, Short.class, Byte.class, BigInteger.class);

  /** The date and time types {@code @Past} and {@code @Future} apply to. */
  static final Set<Class<?>> TEMPORAL =
      Set.of(
          LocalDate.class,
          LocalDateTime.class,
          Instant.class,
          OffsetDateTime.class,
          ZonedDateTime.class,
          Year.class,
          YearMonth.class);

  private static final Map<Class<?>, String> TEMPORAL_PROVIDERS =
      Map.of(
          LocalDateTime.class, "dateTime",
          Instant.class, "instant",
          OffsetDateTime.class, "offsetDateTime",
          ZonedDateTime.class, "zonedDateTime");

  private final Lookup lookup;

  /**
   * Creates the narrowing.
   *
   * @param lookup the providers, and the {@code today()} of {@code @Past} and {@code @Future}
   */
  Narrowing(Lookup lookup) {
    this.lookup = lookup;
  }

  /**
   * A string: the realistic values, then an address, a pattern's strings or fitted values.
   *
   * @param realistic the generator the name infers
   * @param first whether the realistic values are a candidate: not where they are words drawn only
   *     because the name infers no provider
   * @param set the constraints
   * @param where names the value, for messages
   * @return the generator
   */
  Generator text(Generator realistic, boolean first, ConstraintSet set, String where) {
    List<Constrained.Candidate> candidates = new ArrayList<>();
    if (first) {
      candidates.add(new Constrained.Candidate(realistic, "the values its name infers"));
    }
    String hint = "";
    if (set.email()) {
      hint = emails(candidates, set, where);
    }
    String unsupported = null;
    if (set.regexp() != null) {
      if ((set.regexpFlags() & (Pattern.COMMENTS | Pattern.LITERAL)) != 0) {
        unsupported = "its flags COMMENTS or LITERAL change how the expression reads";
      } else {
        try {
          candidates.add(
              new Constrained.Candidate(
                  lookup.find("regexify").bind(lookup, List.of(set.regexp()), ""),
                  "regexify(\"" + set.regexp() + "\")"));
        } catch (IllegalArgumentException e) {
          unsupported = e.getMessage();
        }
      }
    }
    if (!set.email() && set.regexp() == null) {
      candidates.add(
          new Constrained.Candidate(
              new Constrained.Fitted(realistic, set.sizeMin(), set.sizeMax()),
              "the values its name infers, fitted to " + set.sizeBy()));
    }
    if (unsupported != null) {
      hint +=
          "; "
              + set.regexpBy()
              + " is outside the regular expressions forgery draws from ("
              + unsupported
              + ")";
    }
    return choose(candidates, set, String.class, where, hint);
  }

  /**
   * Adds the generators of addresses for an {@code @Email}, most realistic first, and returns what
   * a message says if none of them meets the constraints.
   *
   * <p>Without an expression of its own, {@code @Email} is the {@code email} provider. With one
   * ({@code @Email(regexp = ".*@example\\.(com|org|net)")}), the three address providers are tried,
   * then addresses whose local part is the {@code email} provider's and whose domain is {@code
   * regexify} of the expression's part after its {@code @}, then {@code regexify} of the whole
   * expression; the check keeps those enough of whose values it matches. Under a {@code @Size}
   * their addresses are also fitted to it ({@link Constrained.FittedEmail}): {@code
   * "lindagarcia@gmail.com"} under {@code @Size(max = 12)} is {@code "li@gmail.com"}.
   */
  private String emails(List<Constrained.Candidate> candidates, ConstraintSet set, String where) {
    String regex = set.emailRegexp();
    boolean drawable =
        regex != null && (set.emailRegexpFlags() & (Pattern.COMMENTS | Pattern.LITERAL)) == 0;
    List<Constrained.Candidate> addresses = new ArrayList<>();
    Generator email = bind("email", where);
    addresses.add(new Constrained.Candidate(email, "email"));
    if (regex != null) {
      addresses.add(new Constrained.Candidate(bind("safeEmail", where), "safeEmail"));
      addresses.add(new Constrained.Candidate(bind("freeEmail", where), "freeEmail"));
    }
    String[] parts = drawable ? emailParts(regex) : null;
    if (parts != null) {
      Generator domain = regexify(parts[1]);
      if (domain != null) {
        addresses.add(
            new Constrained.Candidate(
                new Constrained.LocalAt(email, domain),
                "email's local parts at regexify(\"" + parts[1] + "\")"));
      }
    }
    Generator whole = drawable ? regexify(regex) : null;
    if (whole != null) {
      addresses.add(new Constrained.Candidate(whole, "regexify(\"" + regex + "\")"));
    }
    candidates.addAll(addresses);
    boolean sized = set.sizeMin() > 0 || set.sizeMax() < Integer.MAX_VALUE;
    if (sized) {
      for (Constrained.Candidate c : addresses) {
        candidates.add(
            new Constrained.Candidate(
                new Constrained.FittedEmail(c.gen(), set.sizeMin(), set.sizeMax()),
                c.what() + " fitted to " + set.sizeBy()));
      }
    }
    StringBuilder hint = new StringBuilder();
    if (regex != null) {
      hint.append("; valid values are plain addresses, such as \"linda.garcia@example.com\" (a")
          .append(" local part of letters, digits and . _ -, an @ and a domain of dot-separated")
          .append(" labels of letters, digits and hyphens), that \"")
          .append(regex)
          .append("\" also matches as a whole, as @Email(regexp = \".*@example\\\\.com\")")
          .append(" does");
    }
    if (sized) {
      hint.append("; the shortest address forgery makes has ")
          .append(Constrained.FittedEmail.SHORTEST)
          .append(" characters (\"l@g\") and the longest local part ")
          .append(Constrained.FittedEmail.LOCAL_MAX)
          .append(", so allow at least @Size(max = ")
          .append(Constrained.FittedEmail.SHORTEST)
          .append(")");
    }
    return hint.toString();
  }

  /** {@code regexify} of an expression, or {@code null} if it is outside that subset. */
  private Generator regexify(String regex) {
    try {
      return lookup.find("regexify").bind(lookup, List.of(regex), "");
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * Splits an {@code @Email}'s expression at its one {@code @} outside groups, classes and escapes:
   * {@code ".*@example\\.(com|org)"} is {@code ".*"} and {@code "example\\.(com|org)"}; {@code
   * null} where there is no such {@code @}, or where an alternative outside groups makes the halves
   * meaningless ({@code "a@b|c@d"}). Anchors at the ends are dropped.
   *
   * @param regex the expression
   * @return the local part's and the domain's expressions, or {@code null}
   */
  static String[] emailParts(String regex) {
    String r = regex.startsWith("^") ? regex.substring(1) : regex;
    int depth = 0;
    int at = -1;
    boolean inClass = false;
    for (int i = 0; i < r.length(); i++) {
      char c = r.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
        // a ']' first in a class, or after its '^', is a member, not the class's end
        i += r.startsWith("^]", i + 1) ? 2 : r.startsWith("]", i + 1) ? 1 : 0;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (depth == 0 && c == '|') {
        return null;
      } else if (depth == 0 && c == '@') {
        if (at >= 0) {
          return null;
        }
        at = i;
      }
    }
    if (at < 0) {
      return null;
    }
    String domain = r.substring(at + 1);
    if (domain.endsWith("$") && !domain.endsWith("\\$")) {
      domain = domain.substring(0, domain.length() - 1);
    }
    return new String[] {r.substring(0, at), domain};
  }

  /**
   * A number: the realistic values, then a uniform range within the bounds.
   *
   * @param realistic the generator the name and type infer
   * @param set the constraints
   * @param boxed the boxed type
   * @param raw the declared type, perhaps primitive
   * @param where names the value, for messages
   * @return the generator
   */
  Generator number(
      Generator realistic, ConstraintSet set, Class<?> boxed, Class<?> raw, String where) {
    Object[] samples = samples(realistic);
    BigDecimal[] hull = bounds(realistic);
    if (hull == null) {
      hull = hull(samples);
    }
    Generator range;
    String what;
    if (INTEGRAL.contains(boxed)) {
      BigDecimal[] bounds = set.bounds(0);
      BigDecimal[] w = window(bounds[0], bounds[1], hull, null, false);
      long[] limits = limits(boxed);
      long a = w[0].max(BigDecimal.valueOf(limits[0])).longValueExact();
      long b = w[1].min(BigDecimal.valueOf(limits[1])).longValueExact();
      if (a > b) {
        throw noValue(set, raw, where);
      }
      boolean ints = boxed != Long.class && boxed != BigInteger.class;
      what = (ints ? "integer(" : "longValue(") + a + ", " + b + ")";
      range = ints ? bind("integer", where, (int) a, (int) b) : bind("longValue", where, a, b);
    } else if (boxed == BigDecimal.class) {
      int scale = 2;
      for (Object s : samples) {
        scale = s instanceof BigDecimal ? Math.max(scale, ((BigDecimal) s).scale()) : scale;
      }
      scale = Math.min(scale, Decimals.MAX_SCALE);
      scale = set.fractionDigits() >= 0 ? Math.min(scale, set.fractionDigits()) : scale;
      BigDecimal[] bounds = set.bounds(scale);
      BigDecimal[] w = window(bounds[0], bounds[1], hull, null, false);
      BigDecimal a = w[0].setScale(scale, RoundingMode.CEILING);
      BigDecimal b = w[1].setScale(scale, RoundingMode.FLOOR);
      if (a.compareTo(b) > 0) {
        throw noValue(set, raw, where);
      }
      what = "decimal(" + a + ", " + b + ", " + scale + ")";
      range = bind("decimal", where, a.doubleValue(), b.doubleValue(), scale);
    } else {
      BigDecimal lo = set.lo();
      BigDecimal hi = set.hi();
      if (set.integerDigits() >= 0) {
        BigDecimal limit = BigDecimal.TEN.pow(set.integerDigits());
        lo = max(lo, limit.negate());
        hi = min(hi, limit);
      }
      BigDecimal[] w = window(lo, hi, hull, null, true);
      double a = w[0].doubleValue();
      double b = w[1].doubleValue();
      if (set.lo() != null && set.loOpen() && w[0].compareTo(set.lo()) == 0) {
        a = Math.nextUp(a);
      }
      what = "doubleValue(" + a + ", " + b + ")";
      if (!(a < b)) {
        range = Fixed.of(a);
      } else if (set.fractionDigits() >= 0) {
        range = bind("doubleValue", where, a, b, set.fractionDigits());
      } else {
        range = bind("doubleValue", where, a, b);
      }
    }
    return narrowed(realistic, Conversion.to(range, 0, raw, where), what, set, boxed, where);
  }

  /**
   * The realistic values, then a range the constraints allow; the range alone where the realistic
   * generator is itself a uniform range ({@code integer}, {@code doubleValue}, {@code decimal},
   * {@code date}), since drawing from the part of it the constraints allow is then the same as
   * drawing again until a value falls there, in one draw.
   */
  private Generator narrowed(
      Generator realistic,
      Generator range,
      String what,
      ConstraintSet set,
      Class<?> type,
      String where) {
    Constrained.Candidate allowed = new Constrained.Candidate(range, what);
    boolean uniform =
        realistic instanceof NumberProviders.Ints
            || realistic instanceof NumberProviders.Doubles
            || realistic instanceof Decimals
            || realistic instanceof DateProviders.DateRange;
    return choose(
        uniform
            ? List.of(allowed)
            : List.of(
                new Constrained.Candidate(realistic, "the values its name and type infer"),
                allowed),
        set,
        type,
        where,
        "");
  }

  /** The exact bounds of a uniform range generator's values, or {@code null} for any other. */
  private static BigDecimal[] bounds(Generator gen) {
    if (gen instanceof NumberProviders.Ints) {
      NumberProviders.Ints ints = (NumberProviders.Ints) gen;
      return new BigDecimal[] {BigDecimal.valueOf(ints.min()), BigDecimal.valueOf(ints.max())};
    } else if (gen instanceof NumberProviders.Doubles) {
      NumberProviders.Doubles doubles = (NumberProviders.Doubles) gen;
      return new BigDecimal[] {
        BigDecimal.valueOf(doubles.min()), BigDecimal.valueOf(doubles.max())
      };
    } else if (gen instanceof Decimals) {
      return new BigDecimal[] {((Decimals) gen).min(), ((Decimals) gen).max()};
    } else if (gen instanceof DateProviders.DateRange) {
      long[] first = ConstraintSet.days(gen.valueAt(0));
      long[] last = ConstraintSet.days(gen.valueAt(gen.domainSize() - 1));
      return new BigDecimal[] {BigDecimal.valueOf(first[0]), BigDecimal.valueOf(last[1])};
    }
    return null;
  }

  /**
   * A date or time: the realistic values, then a window on the right side of today.
   *
   * @param realistic the generator the name and type infer
   * @param set the constraints
   * @param boxed the type
   * @param raw the declared type
   * @param where names the value, for messages
   * @return the generator
   */
  Generator temporal(
      Generator realistic, ConstraintSet set, Class<?> boxed, Class<?> raw, String where) {
    long today = lookup.today().toEpochDay();
    BigDecimal lo = null;
    BigDecimal hi = null;
    if (set.when() == ConstraintSet.When.PAST) {
      hi = BigDecimal.valueOf(today - WINDOW_MARGIN);
    } else {
      lo = BigDecimal.valueOf(today + WINDOW_MARGIN);
    }
    BigDecimal[] hull = bounds(realistic);
    for (Object s : hull == null ? samples(realistic) : new Object[0]) {
      long[] days = ConstraintSet.days(s);
      BigDecimal first = BigDecimal.valueOf(days[0]);
      BigDecimal last = BigDecimal.valueOf(days[1]);
      hull =
          hull == null
              ? new BigDecimal[] {first, last}
              : new BigDecimal[] {hull[0].min(first), hull[1].max(last)};
    }
    int width = boxed == Year.class ? 10 * DateProviders.DEFAULT_DAYS : DateProviders.DEFAULT_DAYS;
    BigDecimal[] w = window(lo, hi, hull, BigDecimal.valueOf(width), false);
    LocalDate first = LocalDate.ofEpochDay(w[0].longValueExact());
    LocalDate last = LocalDate.ofEpochDay(w[1].longValueExact());
    String provider = TEMPORAL_PROVIDERS.getOrDefault(boxed, "date");
    Generator window =
        provider.equals("date")
            ? bind("date", where, first, last)
            : bind(provider, where, first.atStartOfDay(), last.atTime(23, 59, 59));
    return narrowed(
        realistic,
        Conversion.to(window, 0, raw, where),
        provider + "(" + first + ", " + last + ")",
        set,
        boxed,
        where);
  }

  private Generator bind(String provider, String where, Object... args) {
    return lookup.find(provider).bind(lookup, List.of(args), where);
  }

  /**
   * Keeps the candidates enough of whose probed values meet the constraints, in order, and makes
   * the generator that draws from them; a realistic generator whose whole (small) domain meets them
   * is kept as it is.
   */
  private Generator choose(
      List<Constrained.Candidate> candidates,
      ConstraintSet set,
      Class<?> type,
      String where,
      String hint) {
    LocalDate today = lookup.today();
    Predicate<Object> admits = v -> set.admits(v, today);
    if (!candidates.isEmpty() && admitsDomain(candidates.get(0).gen(), admits)) {
      return candidates.get(0).gen();
    }
    List<Constrained.Candidate> kept = new ArrayList<>();
    Constrained.Candidate best = null;
    int bestCount = -1;
    for (Constrained.Candidate c : candidates) {
      int count = 0;
      for (Object v : samples(c.gen())) {
        count += admits.test(v) ? 1 : 0;
      }
      if (count * KEEP_ONE_IN >= PROBES) {
        kept.add(c);
      } else if (count > bestCount) {
        best = c;
        bestCount = count;
      }
    }
    if (kept.isEmpty()) {
      throw new IllegalArgumentException(
          "cannot fill "
              + where
              + ": too few values meet "
              + set.describe()
              + (best == null
                  ? ""
                  : " (of " + PROBES + " values of " + best.what() + ", " + bestCount + " do)")
              + hint
              + "; correct the constraints, annotate the property with @FakeWith(\"<provider>\")"
              + " or pass a Schema override");
    }
    int[] tries = new int[kept.size()];
    for (int i = 0; i < tries.length; i++) {
      tries[i] = i == tries.length - 1 ? LAST_TRIES : TRIES;
    }
    return new Constrained(kept, tries, admits, type, where, set.describe());
  }

  /** Whether a generator's domain is small enough to check value by value, and all of it passes. */
  private static boolean admitsDomain(Generator gen, Predicate<Object> admits) {
    long size = gen.domainSize();
    if (size < 0 || size > ENUMERABLE) {
      return false;
    }
    for (long i = 0; i < size; i++) {
      if (!admits.test(gen.valueAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Values of a generator at fixed seeds, the same for every analysis. */
  private static Object[] samples(Generator gen) {
    RandomSource random = new SplitMix64(PROBE_SEED);
    Object[] out = new Object[PROBES];
    for (int i = 0; i < PROBES; i++) {
      random.reseed(Seeds.row(PROBE_SEED, i));
      out[i] = gen.next(random);
    }
    return out;
  }

  /** The smallest and largest of numbers, or {@code null} if there are none. */
  private static BigDecimal[] hull(Object[] samples) {
    BigDecimal[] hull = null;
    for (Object s : samples) {
      if (s instanceof Number && !(s instanceof Double && !Double.isFinite((Double) s))) {
        BigDecimal d = new BigDecimal(s.toString());
        hull =
            hull == null
                ? new BigDecimal[] {d, d}
                : new BigDecimal[] {hull[0].min(d), hull[1].max(d)};
      }
    }
    return hull;
  }

  /**
   * The range to draw from: the part of {@code [lo, hi]} (either end {@code null}, unbounded) that
   * the realistic values' range {@code hull} covers; else {@code [lo, hi]}, a missing end {@code
   * width} from the other, or, if {@code width} is {@code null}, the hull's width (100 if the hull
   * is a point or there is none). For doubles the hull is half-open, {@code [min, max)}, so a
   * single point where the two meet is no overlap.
   */
  private static BigDecimal[] window(
      BigDecimal lo, BigDecimal hi, BigDecimal[] hull, BigDecimal width, boolean halfOpen) {
    if (hull != null) {
      BigDecimal a = max(lo, hull[0]);
      BigDecimal b = min(hi, hull[1]);
      int c = a.compareTo(b);
      if (c < 0 || (c == 0 && !halfOpen)) {
        return new BigDecimal[] {a, b};
      }
    }
    BigDecimal span = width;
    if (span == null) {
      span =
          hull != null && hull[1].compareTo(hull[0]) > 0
              ? hull[1].subtract(hull[0])
              : BigDecimal.valueOf(Defaults.INT_MAX - Defaults.INT_MIN);
    }
    // At least one bound is set: without any, the hull would have overlapped.
    if (lo == null) {
      return new BigDecimal[] {hi.subtract(span), hi};
    } else if (hi == null) {
      return new BigDecimal[] {lo, lo.add(span)};
    }
    return new BigDecimal[] {lo, hi};
  }

  private static BigDecimal max(BigDecimal a, BigDecimal b) {
    return a == null ? b : b == null ? a : a.max(b);
  }

  private static BigDecimal min(BigDecimal a, BigDecimal b) {
    return a == null ? b : b == null ? a : a.min(b);
  }

  /**
   * The smallest and largest value of an integral type, as drawn ({@code BigInteger} as a long).
   */
  private static long[] limits(Class<?> boxed) {
    if (boxed == Integer.class) {
      return new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE};
    } else if (boxed == Short.class) {
      return new long[] {Short.MIN_VALUE, Short.MAX_VALUE};
    } else if (boxed == Byte.class) {
      return new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE};
    }
    return new long[] {Long.MIN_VALUE, Long.MAX_VALUE};
  }

  private static IllegalArgumentException noValue(ConstraintSet set, Class<?> raw, String where) {
    return new IllegalArgumentException(
        "cannot fill "
            + where
            + ": no "
            + raw.getSimpleName()
            + " meets "
            + set.describe()
            + "; correct the constraints or widen the type");
  }
}
