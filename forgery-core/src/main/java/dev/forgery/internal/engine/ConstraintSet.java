package dev.forgery.internal.engine;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The Bean Validation constraints on one property or container element, read once, when its class
 * is analysed, and the check that a value meets them.
 *
 * <p>Annotations are recognised by their type's name, {@code jakarta.validation.constraints.Size}
 * or {@code javax.validation.constraints.Size} (and Hibernate Validator's {@code Length}), and
 * their attributes are read by reflection, so forgery needs no Bean Validation jar: without one on
 * the class path there are no such annotations and nothing here runs. Repeated constraints
 * ({@code @Pattern.List}) are unpacked; a constraint of the user's that is composed of others (an
 * annotation type annotated {@code @Constraint} and with constraints of its own) contributes those,
 * with the attributes its {@code @OverridesAttribute} methods override. Constraints of groups other
 * than {@code Default} are left out, as {@code validator.validate(object)} leaves them out.
 *
 * <p>The check ({@link #admits}) is at least as strict as Hibernate Validator's: {@code @Email} is
 * a plain dot-atom address, and {@code @Past} and {@code @Future} keep two days from the faker's
 * {@code today()}, read in UTC, so a value is in the past or future for a validator's clock in any
 * time zone on that day.
 */
final class ConstraintSet {
  /** What a constraint applies to: a constraint on a type it does not fit is an error. */
  enum Applies {
    /** Any type: {@code @NotNull}, {@code @Null}. */
    ANY,
    /** Strings: {@code @NotBlank}, {@code @Email}, {@code @Pattern}. */
    TEXT,
    /** Strings, collections, maps and arrays: {@code @Size}, {@code @NotEmpty}. */
    SIZED,
    /** Numbers: {@code @Min}, {@code @DecimalMax}, {@code @Positive}, {@code @Digits}... */
    NUMBER,
    /** Dates and times: {@code @Past}, {@code @FutureOrPresent}... */
    TEMPORAL,
    /** Booleans: {@code @AssertTrue}, {@code @AssertFalse}. */
    BOOLEAN
  }

  /** The side of today a temporal constraint asks for. */
  enum When {
    /** {@code @Past}, {@code @PastOrPresent}. */
    PAST,
    /** {@code @Future}, {@code @FutureOrPresent}. */
    FUTURE
  }

  /** How many days from {@code today()} a past or future value keeps at least. */
  static final int MARGIN_DAYS = 2;

  /** No constraints. */
  static final ConstraintSet NONE = new ConstraintSet();

  private static final List<String> PACKAGES =
      List.of("jakarta.validation.constraints.", "javax.validation.constraints.");

  /** Hibernate Validator's {@code @Length}, the {@code @Size} of strings. */
  private static final String LENGTH = "org.hibernate.validator.constraints.Length";

  private static final Set<String> CONSTRAINT =
      Set.of("jakarta.validation.Constraint", "javax.validation.Constraint");
  private static final Set<String> OVERRIDES =
      Set.of("jakarta.validation.OverridesAttribute", "javax.validation.OverridesAttribute");
  private static final Set<String> DEFAULT_GROUP =
      Set.of("jakarta.validation.groups.Default", "javax.validation.groups.Default");

  /** How deep composed constraints are followed: a guard against annotation cycles. */
  private static final int MAX_DEPTH = 8;

  /** The characters other than letters and digits a dot-atom's atoms may hold (RFC 5322). */
  private static final String ATOM_SYMBOLS = "!#$%&'*+/=?^_`{|}~-";

  /** Every constraint read, as messages write it ({@code @Size(min=2, max=5)}), in order. */
  private final Map<String, Applies> read = new LinkedHashMap<>();

  private String isNull;
  private String notNull;
  private String notBlank;
  private String notEmpty;
  private int sizeMin;
  private String sizeMinBy;
  private int sizeMax = Integer.MAX_VALUE;
  private String sizeMaxBy;
  private BigDecimal lo;
  private boolean loOpen;
  private String loBy;
  private BigDecimal hi;
  private boolean hiOpen;
  private String hiBy;
  private int integerDigits = -1;
  private int fractionDigits = -1;
  private String past;
  private String future;
  private String email;
  private String emailRegexp;
  private int emailRegexpFlags;
  private final List<Pattern> patterns = new ArrayList<>();
  private String regexp;
  private int regexpFlags;
  private String regexpBy;
  private String assertTrue;
  private String assertFalse;

  private ConstraintSet() {}

  /**
   * Reads the constraints among annotations.
   *
   * @param annotations the annotations of a property's members or of a type argument; the same
   *     annotation read twice (on a record's field and accessor) counts once
   * @param where names the property, for messages
   * @return the constraints, {@link #NONE} if there are none
   * @throws IllegalArgumentException if a constraint cannot be read or contradicts another
   */
  static ConstraintSet read(List<Annotation> annotations, String where) {
    ConstraintSet set = new ConstraintSet();
    for (Annotation a : annotations) {
      set.add(a, Map.of(), 0, true, where);
    }
    if (set.read.isEmpty()) {
      return NONE;
    }
    set.check(where);
    return set;
  }

  /**
   * Returns whether an annotation type is a constraint this class reads, or one composed of them.
   *
   * @param type an annotation type
   * @return whether its annotations may constrain a value
   */
  static boolean isConstraint(Class<? extends Annotation> type) {
    return known(type.getName()) != null || annotatedConstraint(type);
  }

  private void add(
      Annotation a, Map<String, Object> overrides, int depth, boolean top, String where) {
    Class<? extends Annotation> type = a.annotationType();
    Annotation[] repeated = repeated(a, where);
    if (repeated != null) {
      for (Annotation r : repeated) {
        add(r, overrides, depth, top, where);
      }
      return;
    }
    String simple = known(type.getName());
    boolean composed = simple == null && annotatedConstraint(type);
    if ((simple == null && !composed) || (top && !inDefaultGroup(a, where))) {
      return;
    }
    if (simple != null) {
      constraint(simple, a, overrides, where);
    } else if (depth < MAX_DEPTH) {
      Map<String, Object> inner = overridden(a, overrides, where);
      for (Annotation part : type.getAnnotations()) {
        add(part, inner, depth + 1, false, where);
      }
    }
  }

  /** The simple name of a constraint read here, or {@code null}. */
  private static String known(String name) {
    if (name.equals(LENGTH)) {
      return "Length";
    }
    for (String p : PACKAGES) {
      if (name.startsWith(p) && name.indexOf('$') < 0) {
        return name.substring(p.length());
      }
    }
    return null;
  }

  private static boolean annotatedConstraint(Class<? extends Annotation> type) {
    for (Annotation meta : type.getAnnotations()) {
      if (CONSTRAINT.contains(meta.annotationType().getName())) {
        return true;
      }
    }
    return false;
  }

  /** The constraints a repeatable constraint's container holds, or {@code null}. */
  private static Annotation[] repeated(Annotation a, String where) {
    Method value;
    try {
      value = a.annotationType().getMethod("value");
    } catch (NoSuchMethodException e) {
      return null;
    }
    Class<?> returned = value.getReturnType();
    if (!returned.isArray()
        || !returned.getComponentType().isAnnotation()
        || !isConstraint(returned.getComponentType().asSubclass(Annotation.class))) {
      return null;
    }
    return (Annotation[]) attribute(a, "value", Map.of(), where);
  }

  private static boolean inDefaultGroup(Annotation a, String where) {
    Object groups = attribute(a, "groups", Map.of(), where);
    if (!(groups instanceof Class<?>[]) || ((Class<?>[]) groups).length == 0) {
      return true;
    }
    for (Class<?> g : (Class<?>[]) groups) {
      if (DEFAULT_GROUP.contains(g.getName())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The attributes a composed constraint overrides in the constraints it is made of, keyed by
   * {@code constraintType#attribute}, on top of those overridden further out. An override applies
   * to every constraint of its type in the composition ({@code constraintIndex} is not read).
   */
  private static Map<String, Object> overridden(
      Annotation a, Map<String, Object> outer, String where) {
    Map<String, Object> inner = new HashMap<>(outer);
    for (Method m : a.annotationType().getDeclaredMethods()) {
      for (Annotation o : m.getAnnotations()) {
        Annotation[] each =
            OVERRIDES.contains(o.annotationType().getName())
                ? new Annotation[] {o}
                : OVERRIDES.contains(o.annotationType().getName().replace("$List", ""))
                    ? (Annotation[]) attribute(o, "value", Map.of(), where)
                    : new Annotation[0];
        for (Annotation override : each) {
          Class<?> constraint = (Class<?>) attribute(override, "constraint", Map.of(), where);
          String name = (String) attribute(override, "name", Map.of(), where);
          inner.put(
              constraint.getName() + "#" + (name.isEmpty() ? m.getName() : name),
              attribute(a, m.getName(), outer, where));
        }
      }
    }
    return inner;
  }

  /** An attribute's value: as overridden by a composing constraint, else as the annotation says. */
  private static Object attribute(
      Annotation a, String name, Map<String, Object> overrides, String where) {
    Object value = overrides.get(a.annotationType().getName() + "#" + name);
    if (value != null) {
      return value;
    }
    try {
      Method m = a.annotationType().getMethod(name);
      if (!m.canAccess(a)) {
        m.setAccessible(true);
      }
      return m.invoke(a);
    } catch (NoSuchMethodException e) {
      return null;
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalArgumentException(
          "cannot fill " + where + ": the attribute '" + name + "' of " + a + " cannot be read", e);
    }
  }

  private void constraint(
      String simple, Annotation a, Map<String, Object> overrides, String where) {
    switch (simple) {
      case "NotNull":
        notNull = first(notNull, note("@NotNull", Applies.ANY));
        break;
      case "Null":
        isNull = note("@Null", Applies.ANY);
        break;
      case "NotBlank":
        notBlank = note("@NotBlank", Applies.TEXT);
        notNull = first(notNull, notBlank);
        break;
      case "NotEmpty":
        notEmpty = note("@NotEmpty", Applies.SIZED);
        notNull = first(notNull, notEmpty);
        break;
      case "Size":
      case "Length":
        size(
            simple,
            (Integer) attribute(a, "min", overrides, where),
            (Integer) attribute(a, "max", overrides, where),
            where);
        break;
      case "Min":
      case "Max":
        long bound = (Long) attribute(a, "value", overrides, where);
        bound(
            simple.equals("Min"),
            BigDecimal.valueOf(bound),
            false,
            note("@" + simple + "(" + bound + ")", Applies.NUMBER));
        break;
      case "DecimalMin":
      case "DecimalMax":
        decimal(simple, a, overrides, where);
        break;
      case "Positive":
      case "PositiveOrZero":
        bound(true, BigDecimal.ZERO, simple.equals("Positive"), note("@" + simple, Applies.NUMBER));
        break;
      case "Negative":
      case "NegativeOrZero":
        bound(
            false, BigDecimal.ZERO, simple.equals("Negative"), note("@" + simple, Applies.NUMBER));
        break;
      case "Digits":
        digits(
            (Integer) attribute(a, "integer", overrides, where),
            (Integer) attribute(a, "fraction", overrides, where),
            where);
        break;
      case "Past":
      case "PastOrPresent":
        past = first(past, note("@" + simple, Applies.TEMPORAL));
        break;
      case "Future":
      case "FutureOrPresent":
        future = first(future, note("@" + simple, Applies.TEMPORAL));
        break;
      case "Email":
        String also = (String) attribute(a, "regexp", overrides, where);
        boolean restricted = also != null && !also.equals(".*");
        email = note(restricted ? "@Email(regexp=\"" + also + "\")" : "@Email", Applies.TEXT);
        if (restricted) {
          int emailFlags = flags(a, overrides, where);
          pattern(also, emailFlags, email, where);
          if (emailRegexp == null) {
            emailRegexp = also;
            emailRegexpFlags = emailFlags;
          }
        }
        break;
      case "Pattern":
        String regex = (String) attribute(a, "regexp", overrides, where);
        int flags = flags(a, overrides, where);
        String text = note("@Pattern(regexp=\"" + regex + "\")", Applies.TEXT);
        pattern(regex, flags, text, where);
        if (regexp == null) {
          regexp = regex;
          regexpFlags = flags;
          regexpBy = text;
        }
        break;
      case "AssertTrue":
        assertTrue = note("@AssertTrue", Applies.BOOLEAN);
        break;
      case "AssertFalse":
        assertFalse = note("@AssertFalse", Applies.BOOLEAN);
        break;
      default:
        // a constraint of a later Bean Validation version: not understood, so not honoured
        break;
    }
  }

  private String note(String text, Applies applies) {
    read.put(text, applies);
    return text;
  }

  private static String first(String kept, String candidate) {
    return kept == null ? candidate : kept;
  }

  private void size(String simple, int min, int max, String where) {
    String text =
        note(
            "@"
                + simple
                + "("
                + (min != 0 ? "min=" + min : "")
                + (min != 0 && max < Integer.MAX_VALUE ? ", " : "")
                + (max < Integer.MAX_VALUE ? "max=" + max : "")
                + ")",
            Applies.SIZED);
    if (min < 0 || max < 0) {
      throw new IllegalArgumentException(
          "cannot fill " + where + ": " + text + " has a negative bound; min and max must be >= 0");
    }
    if (min > sizeMin) {
      sizeMin = min;
      sizeMinBy = text;
    }
    if (max < sizeMax) {
      sizeMax = max;
      sizeMaxBy = text;
    }
  }

  private void decimal(String simple, Annotation a, Map<String, Object> overrides, String where) {
    String value = (String) attribute(a, "value", overrides, where);
    boolean inclusive = (Boolean) attribute(a, "inclusive", overrides, where);
    String text =
        note(
            "@" + simple + "(\"" + value + "\"" + (inclusive ? "" : ", inclusive=false") + ")",
            Applies.NUMBER);
    BigDecimal bound;
    try {
      bound = new BigDecimal(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "cannot fill " + where + ": " + text + " is not a decimal number, such as \"0.01\"", e);
    }
    bound(simple.equals("DecimalMin"), bound, !inclusive, text);
  }

  /** Narrows the lower ({@code lower}) or upper bound to {@code value}, open or closed. */
  private void bound(boolean lower, BigDecimal value, boolean open, String text) {
    if (lower) {
      int c = lo == null ? 1 : value.compareTo(lo);
      if (c > 0 || (c == 0 && open && !loOpen)) {
        lo = value;
        loOpen = open;
        loBy = text;
      }
    } else {
      int c = hi == null ? -1 : value.compareTo(hi);
      if (c < 0 || (c == 0 && open && !hiOpen)) {
        hi = value;
        hiOpen = open;
        hiBy = text;
      }
    }
  }

  private void digits(int integer, int fraction, String where) {
    String text =
        note("@Digits(integer=" + integer + ", fraction=" + fraction + ")", Applies.NUMBER);
    if (integer < 0 || fraction < 0) {
      throw new IllegalArgumentException(
          "cannot fill " + where + ": " + text + " has a negative length; both must be >= 0");
    }
    integerDigits = integerDigits < 0 ? integer : Math.min(integerDigits, integer);
    fractionDigits = fractionDigits < 0 ? fraction : Math.min(fractionDigits, fraction);
  }

  /** The {@code java.util.regex} flags of a {@code @Pattern} or {@code @Email}. */
  private static int flags(Annotation a, Map<String, Object> overrides, String where) {
    Object flags = attribute(a, "flags", overrides, where);
    int bits = 0;
    if (flags instanceof Object[]) {
      for (Object flag : (Object[]) flags) {
        try {
          bits |= (Integer) flag.getClass().getMethod("getValue").invoke(flag);
        } catch (ReflectiveOperationException | RuntimeException e) {
          throw new IllegalArgumentException(
              "cannot fill " + where + ": the flag " + flag + " of " + a + " cannot be read", e);
        }
      }
    }
    return bits;
  }

  private void pattern(String regex, int flags, String text, String where) {
    try {
      patterns.add(Pattern.compile(regex, flags));
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "cannot fill " + where + ": " + text + " is not a regular expression: " + e.getMessage(),
          e);
    }
  }

  /**
   * The smallest and largest whole numbers the bounds and {@code @Digits} allow, saturated to the
   * range of a long: how integral values are checked without a {@code BigDecimal} each.
   */
  private long minLong = Long.MIN_VALUE;

  private long maxLong = Long.MAX_VALUE;

  /** Rejects constraints that no value can meet together, naming them; sets the whole bounds. */
  private void check(String where) {
    BigDecimal[] whole = bounds(0);
    minLong = saturated(whole[0], Long.MIN_VALUE);
    maxLong = saturated(whole[1], Long.MAX_VALUE);
    conflict(isNull, notNull, where);
    if (sizeMin > sizeMax) {
      conflict(sizeMinBy, sizeMaxBy, where);
    }
    if (sizeMax == 0) {
      conflict(first(notBlank, notEmpty), sizeMaxBy, where);
    }
    if (lo != null && hi != null) {
      int c = lo.compareTo(hi);
      if (c > 0 || (c == 0 && (loOpen || hiOpen))) {
        conflict(loBy, hiBy, where);
      }
    }
    conflict(past, future, where);
    conflict(assertTrue, assertFalse, where);
  }

  /**
   * Returns the smallest and largest multiples of {@code 10^-scale} the bounds and {@code @Digits}
   * allow: a bound rounded inwards onto that grid, a step further in if it is open and on it.
   *
   * @param scale digits after the point, 0 for whole numbers
   * @return the lower and upper bound, each {@code null} if unbounded
   */
  BigDecimal[] bounds(int scale) {
    BigDecimal step = BigDecimal.ONE.movePointLeft(scale);
    BigDecimal min = lo == null ? null : grid(lo, loOpen, scale, step, true);
    BigDecimal max = hi == null ? null : grid(hi, hiOpen, scale, step, false);
    if (integerDigits >= 0) {
      BigDecimal limit = BigDecimal.TEN.pow(integerDigits).subtract(step);
      min = min == null ? limit.negate() : min.max(limit.negate());
      max = max == null ? limit : max.min(limit);
    }
    return new BigDecimal[] {min, max};
  }

  private static BigDecimal grid(
      BigDecimal bound, boolean open, int scale, BigDecimal step, boolean lower) {
    BigDecimal g = bound.setScale(scale, lower ? RoundingMode.CEILING : RoundingMode.FLOOR);
    if (open && g.compareTo(bound) == 0) {
      g = lower ? g.add(step) : g.subtract(step);
    }
    return g;
  }

  private static long saturated(BigDecimal value, long unbounded) {
    if (value == null) {
      return unbounded;
    }
    return value
        .max(BigDecimal.valueOf(Long.MIN_VALUE))
        .min(BigDecimal.valueOf(Long.MAX_VALUE))
        .longValueExact();
  }

  private static void conflict(String a, String b, String where) {
    if (a == null || b == null) {
      return;
    }
    throw new IllegalArgumentException(
        "cannot fill "
            + where
            + ": "
            + (a.equals(b) ? a + " can never be met" : a + " and " + b + " cannot both be met")
            + "; correct the constraints");
  }

  /**
   * Returns the first constraint that does not apply to a kind of value, or {@code null}.
   *
   * @param allowed what the property's type allows
   * @return the constraint as messages write it, or {@code null} if all apply
   */
  String inapplicable(Set<Applies> allowed) {
    for (Map.Entry<String, Applies> e : read.entrySet()) {
      if (e.getValue() != Applies.ANY && !allowed.contains(e.getValue())) {
        return e.getKey();
      }
    }
    return null;
  }

  /**
   * Returns whether there are no constraints.
   *
   * @return {@code true} if nothing constrains the value
   */
  boolean isEmpty() {
    return read.isEmpty();
  }

  /**
   * Returns whether every constraint is met by any value that is not {@code null}: there are only
   * {@code @NotNull}s.
   *
   * @return {@code true} if no value forgery draws can break them
   */
  boolean onlyNotNull() {
    return notNull != null && read.size() == 1 && read.containsKey("@NotNull");
  }

  /**
   * Returns the constraints as messages write them.
   *
   * @return e.g. {@code @NotBlank @Size(max=5)}
   */
  String describe() {
    return String.join(" ", read.keySet());
  }

  /** The {@code @Null}, or {@code null}. */
  String isNull() {
    return isNull;
  }

  /** The first constraint that excludes {@code null}, or {@code null}. */
  String notNull() {
    return notNull;
  }

  /** The fewest characters or elements, 1 under {@code @NotEmpty} or {@code @NotBlank}. */
  int sizeMin() {
    return notEmpty != null || notBlank != null ? Math.max(1, sizeMin) : sizeMin;
  }

  /** The most characters or elements. */
  int sizeMax() {
    return sizeMax;
  }

  /** The constraints on a size, as messages write them. */
  String sizeBy() {
    return sizeMinBy != null && sizeMaxBy != null && !sizeMinBy.equals(sizeMaxBy)
        ? sizeMinBy + " " + sizeMaxBy
        : first(first(sizeMinBy, sizeMaxBy), first(notEmpty, notBlank));
  }

  /** The lower bound of a number, or {@code null}. */
  BigDecimal lo() {
    return lo;
  }

  /** Whether the lower bound is excluded. */
  boolean loOpen() {
    return loOpen;
  }

  /** The upper bound of a number, or {@code null}. */
  BigDecimal hi() {
    return hi;
  }

  /** Whether the upper bound is excluded. */
  boolean hiOpen() {
    return hiOpen;
  }

  /** The most digits before the point, or -1. */
  int integerDigits() {
    return integerDigits;
  }

  /** The most digits after the point, or -1. */
  int fractionDigits() {
    return fractionDigits;
  }

  /** The side of today a date must lie on, or {@code null}. */
  When when() {
    return past != null ? When.PAST : future != null ? When.FUTURE : null;
  }

  /** Whether an {@code @Email} asks for an address. */
  boolean email() {
    return email != null;
  }

  /** The {@code @Email}, as messages write it, or {@code null}. */
  String emailBy() {
    return email;
  }

  /** The first {@code @Email}'s own expression other than {@code .*}, or {@code null}. */
  String emailRegexp() {
    return emailRegexp;
  }

  /** The {@code java.util.regex} flags of {@link #emailRegexp()}. */
  int emailRegexpFlags() {
    return emailRegexpFlags;
  }

  /** The first {@code @Pattern}'s expression, or {@code null}. */
  String regexp() {
    return regexp;
  }

  /** The first {@code @Pattern}'s {@code java.util.regex} flags. */
  int regexpFlags() {
    return regexpFlags;
  }

  /** The first {@code @Pattern}, as messages write it. */
  String regexpBy() {
    return regexpBy;
  }

  /** The boolean an {@code @AssertTrue} or {@code @AssertFalse} asks for, or {@code null}. */
  Boolean asserted() {
    return assertTrue != null ? Boolean.TRUE : assertFalse != null ? Boolean.FALSE : null;
  }

  /**
   * Returns whether a value meets every constraint: the check every value drawn under constraints
   * passes before it is used.
   *
   * @param value a drawn value: a string, number, date or boolean
   * @param today the faker's reference date, which {@code @Past} and {@code @Future} count from
   * @return {@code true} if it meets them
   */
  boolean admits(Object value, LocalDate today) {
    if (value == null) {
      return notNull == null;
    }
    if (isNull != null) {
      return false;
    }
    if (value instanceof CharSequence) {
      return admitsText(value.toString());
    }
    if (value instanceof Number) {
      return admitsNumber((Number) value);
    }
    if (value instanceof Boolean) {
      Boolean asked = asserted();
      return asked == null || asked.equals(value);
    }
    When w = when();
    if (w == null) {
      return true;
    }
    long[] days = days(value);
    return w == When.PAST
        ? days[1] <= today.toEpochDay() - MARGIN_DAYS
        : days[0] >= today.toEpochDay() + MARGIN_DAYS;
  }

  private boolean admitsText(String s) {
    int n = s.length();
    // Blank as Hibernate Validator 9 reads it (isBlank) and as older versions did (trim): both.
    if (n < sizeMin() || n > sizeMax || (notBlank != null && (s.isBlank() || s.trim().isEmpty()))) {
      return false;
    }
    if (email != null && !isEmail(s)) {
      return false;
    }
    for (Pattern p : patterns) {
      if (!p.matcher(s).matches()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns whether a string is an address Hibernate Validator's {@code @Email} accepts: a dot-atom
   * local part of at most 64 ASCII characters, an {@code @}, and a domain of at most 255 characters
   * made of labels of letters, digits and inner hyphens. Stricter than the validator, never looser;
   * written out rather than as a regular expression, as it runs once per value.
   *
   * @param s a string
   * @return whether it is such an address
   */
  static boolean isEmail(String s) {
    int at = s.lastIndexOf('@');
    if (at < 1 || at > 64 || s.length() - at - 1 > 255) {
      return false;
    }
    return dotted(s, 0, at, true) && dotted(s, at + 1, s.length(), false);
  }

  /** Whether {@code s[from, to)} is non-empty parts joined by dots, atoms or domain labels. */
  private static boolean dotted(String s, int from, int to, boolean atoms) {
    int start = from;
    for (int i = from; i <= to; i++) {
      if (i < to && s.charAt(i) != '.') {
        char c = s.charAt(i);
        boolean alnum = c < 128 && Character.isLetterOrDigit(c);
        if (!alnum && !(atoms ? ATOM_SYMBOLS.indexOf(c) >= 0 : c == '-')) {
          return false;
        }
        continue;
      }
      int length = i - start;
      if (length == 0
          || (!atoms && (length > 63 || s.charAt(start) == '-' || s.charAt(i - 1) == '-'))) {
        return false;
      }
      start = i + 1;
    }
    return true;
  }

  private boolean admitsNumber(Number n) {
    if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte) {
      long v = n.longValue();
      return v >= minLong && v <= maxLong;
    }
    if ((n instanceof Double || n instanceof Float) && !Double.isFinite(n.doubleValue())) {
      return lo == null && hi == null && integerDigits < 0;
    }
    BigDecimal d = n instanceof BigDecimal ? (BigDecimal) n : new BigDecimal(n.toString());
    if (lo != null) {
      int c = d.compareTo(lo);
      if (c < 0 || (c == 0 && loOpen)) {
        return false;
      }
    }
    if (hi != null) {
      int c = d.compareTo(hi);
      if (c > 0 || (c == 0 && hiOpen)) {
        return false;
      }
    }
    if (integerDigits >= 0) {
      // As Hibernate Validator counts: a BigDecimal as it is, other numbers by their text with
      // trailing zeros dropped.
      BigDecimal digits = n instanceof BigDecimal ? d : d.stripTrailingZeros();
      int fraction = Math.max(0, digits.scale());
      return digits.precision() - digits.scale() <= integerDigits && fraction <= fractionDigits;
    }
    return true;
  }

  /**
   * The first and last epoch day a date or time covers, read in UTC where it is an instant.
   *
   * @param value a {@code LocalDate}, {@code LocalDateTime}, {@code Instant}, {@code
   *     OffsetDateTime}, {@code ZonedDateTime}, {@code Year} or {@code YearMonth}
   * @return the days
   */
  static long[] days(Object value) {
    LocalDate first;
    LocalDate last;
    if (value instanceof Year) {
      first = ((Year) value).atDay(1);
      last = ((Year) value).atMonth(12).atEndOfMonth();
    } else if (value instanceof YearMonth) {
      first = ((YearMonth) value).atDay(1);
      last = ((YearMonth) value).atEndOfMonth();
    } else {
      first = date(value);
      last = first;
    }
    return new long[] {first.toEpochDay(), last.toEpochDay()};
  }

  private static LocalDate date(Object value) {
    if (value instanceof LocalDate) {
      return (LocalDate) value;
    } else if (value instanceof LocalDateTime) {
      return ((LocalDateTime) value).toLocalDate();
    } else if (value instanceof Instant) {
      return LocalDate.ofInstant((Instant) value, ZoneOffset.UTC);
    } else if (value instanceof OffsetDateTime) {
      return LocalDate.ofInstant(((OffsetDateTime) value).toInstant(), ZoneOffset.UTC);
    }
    return LocalDate.ofInstant(((ZonedDateTime) value).toInstant(), ZoneOffset.UTC);
  }
}
