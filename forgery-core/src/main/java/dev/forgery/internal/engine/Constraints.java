package dev.forgery.internal.engine;

import dev.forgery.internal.provider.datetime.DateProviders;
import dev.forgery.internal.provider.numbers.Decimals;
import dev.forgery.internal.provider.numbers.NumberProviders;
import dev.forgery.internal.random.RandomSource;
import dev.forgery.internal.random.Seeds;
import dev.forgery.internal.random.SplitMix64;
import dev.forgery.internal.registry.Defaults;
import dev.forgery.internal.registry.Generator;
import dev.forgery.internal.registry.Inference;
import dev.forgery.internal.registry.Lookup;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Honours the Bean Validation constraints on a property ({@code @Size}, {@code @Min},
 * {@code @Email}, {@code @Past}...) when its class is analysed: the walk ({@link ObjectWalker})
 * finds the property's realistic generator, and this class narrows it so that every value passes a
 * {@code Validator}. Nothing here runs per object; the constraints are read once ({@link
 * ConstraintSet}), and what they decide is a generator.
 *
 * <p>The realistic generator stays first: a value it draws that meets the constraints is used, one
 * that does not is drawn again, so {@code @Min(21) int age} is an age of 21 to 80 and
 * {@code @Size(max = 5) String firstName} a first name of at most five letters. Where too few
 * realistic values meet the constraints (fewer than one in {@value #KEEP_ONE_IN} of {@value
 * #PROBES} probed at fixed seeds), a generator made from the constraints takes over:
 *
 * <ul>
 *   <li>{@code @Email}: the {@code email} provider; {@code @Pattern}: {@code regexify} of its
 *       expression (an expression outside that subset fails here, unless the realistic values match
 *       it);
 *   <li>{@code @Size}, {@code @NotBlank} on other strings: the realistic value cut to the maximum
 *       or padded with letters to the minimum;
 *   <li>bounds and {@code @Digits} on numbers: {@code integer}, {@code longValue}, {@code decimal}
 *       or {@code doubleValue} over the part of the allowed range the realistic values cover, else
 *       over the allowed range, an open end completed by the realistic values' width;
 *   <li>{@code @Past} and {@code @Future} on dates and times: the part of the realistic window at
 *       least {@value #WINDOW_MARGIN} days before or after {@code today()}, else the year beyond
 *       that margin (ten years for a {@code Year});
 *   <li>{@code @AssertTrue}, {@code @AssertFalse}: that boolean; {@code @Null}: {@code null}.
 * </ul>
 *
 * <p>Collections, arrays and maps get the size a {@code @Size} or {@code @NotEmpty} asks for: the
 * default of ten if it is allowed, else the nearest allowed size. Constraints on type arguments
 * apply to the elements, keys and values ({@code List<@Email String>}, {@code Optional<@Size(max =
 * 5) String>}); where they decide strings alone ({@code @Email}, {@code @Pattern}, {@code @Null}),
 * the property's name need not infer a provider. A constraint on a type it does not fit (an {@code
 * Optional} itself takes only {@code @NotNull}, as a validator does), or constraints that cannot
 * hold together, fail here with the property's path and the constraints.
 *
 * <p>What a user names wins: a property with {@code @FakeWith} or a {@code Schema} override is
 * filled as they say, constraints or not. Constraints of groups other than {@code Default}, custom
 * constraints' own validators and class-level constraints are not read.
 */
final class Constraints {
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

  private static final Set<Class<?>> INTEGRAL =
      Set.of(Integer.class, Long.class, Short.class, Byte.class, BigInteger.class);
  private static final Set<Class<?>> TEMPORAL =
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

  /** The annotations of the property's members, which are not its elements' constraints. */
  private final List<Annotation> declared;

  /**
   * Whether the strings {@code @Email} or {@code @Pattern} decide were drawn as words only because
   * the property's name infers no provider: then they are no realistic candidate.
   */
  private boolean placeholder;

  private Constraints(Lookup lookup, List<Annotation> declared) {
    this.lookup = lookup;
    this.declared = declared;
  }

  /**
   * Returns the generator of a property: the one the walk finds, narrowed by the property's
   * constraints, if it has any and no {@code @FakeWith}.
   *
   * @param lookup the providers, and the {@code today()} of {@code @Past} and {@code @Future}
   * @param owner the class that declares the property
   * @param p the property
   * @param t its resolved type
   * @param where names it, for messages
   * @param node finds its generator without constraints, inferring providers from the name it is
   *     given: the property's, or {@code word} for strings {@code @Email} or {@code @Pattern}
   *     decide whose name infers no provider; not called for a {@code @Null} property
   * @return the generator
   * @throws IllegalArgumentException if the constraints do not fit the type, contradict each other
   *     or leave too few values, naming the property and the constraints
   */
  static Generator fill(
      Lookup lookup,
      Class<?> owner,
      Blueprint.Property p,
      Type t,
      String where,
      Function<String, Generator> node) {
    if (p.fakeWith() != null) {
      return node.apply(p.name());
    }
    List<AnnotatedElement> members = members(owner, p);
    List<Annotation> annotations = new ArrayList<>();
    List<AnnotatedType> types = new ArrayList<>();
    for (AnnotatedElement m : members) {
      distinct(annotations, m.getAnnotations());
      types.add(annotatedType(m));
    }
    ConstraintSet set = ConstraintSet.read(annotations, where);
    if (set.isEmpty() && !annotatedArguments(types)) {
      return node.apply(p.name());
    }
    if (set.isNull() != null) {
      return nulls(set, Types.raw(t), where);
    }
    Constraints constraints = new Constraints(lookup, annotations);
    // Strings that @Email, @Pattern or @Null decide need no provider from the name: where it names
    // none, they are drawn as words first, which the constraints then replace.
    constraints.placeholder =
        constraints.decided(t, set, types, where)
            && Inference.infer(p.name(), String.class, lookup) == null;
    Generator gen = node.apply(constraints.placeholder ? "word" : p.name());
    return constraints.constrain(gen, set, t, types, where);
  }

  /**
   * Whether the strings a property holds, itself or inside lists, sets, arrays, optionals or as a
   * map's values, are decided by their constraints alone.
   */
  private boolean decided(Type t, ConstraintSet set, List<AnnotatedType> types, String where) {
    Class<?> raw = Types.raw(t);
    if (raw == String.class) {
      return set.email() || set.regexp() != null || set.isNull() != null;
    }
    boolean array = raw != null && raw.isArray();
    int i = raw != null && Map.class.isAssignableFrom(raw) ? 1 : 0;
    Type inner =
        array
            ? Types.component(t)
            : raw != null
                    && (i == 1 || Iterable.class.isAssignableFrom(raw) || raw == Optional.class)
                ? Types.argument(t, i)
                : null;
    if (inner == null) {
      return false;
    }
    List<AnnotatedType> next = argument(types, i);
    return decided(inner, ConstraintSet.read(level(next, array), where), next, where);
  }

  /**
   * The annotations of a type argument or array component. For an array the property's own are left
   * out: {@code @Size String[] tags} puts the {@code @Size} on the component type too, but a
   * validator reads it as the array's.
   */
  private List<Annotation> level(List<AnnotatedType> types, boolean array) {
    List<Annotation> out = annotations(types);
    if (array) {
      out.removeAll(declared);
    }
    return out;
  }

  /** The members whose annotations constrain a property, as a validator reads them. */
  private static List<AnnotatedElement> members(Class<?> owner, Blueprint.Property p) {
    List<AnnotatedElement> members = new ArrayList<>();
    members.add(p.declaration());
    Field field = Blueprint.field(owner, p.name());
    if (field != null && !members.contains(field)) {
      members.add(field);
    }
    Method getter = getter(owner, p.name());
    if (getter != null) {
      members.add(getter);
    }
    return members;
  }

  /**
   * The getter of a property as Bean Validation finds one: {@code getX()}, {@code isX()} or {@code
   * hasX()}, or a record's accessor {@code x()}, declared by the class or a superclass.
   */
  private static Method getter(Class<?> owner, String property) {
    String cap = Character.toUpperCase(property.charAt(0)) + property.substring(1);
    List<String> names =
        owner.isRecord() ? List.of(property) : List.of("get" + cap, "is" + cap, "has" + cap);
    for (Class<?> c = owner; c != null && !Blueprint.isPlatform(c); c = c.getSuperclass()) {
      for (String n : names) {
        try {
          Method m = c.getDeclaredMethod(n);
          if (!Modifier.isStatic(m.getModifiers()) && m.getReturnType() != void.class) {
            return m;
          }
        } catch (NoSuchMethodException e) {
          // try the next name
        }
      }
    }
    return null;
  }

  private static AnnotatedType annotatedType(AnnotatedElement member) {
    if (member instanceof Field) {
      return ((Field) member).getAnnotatedType();
    } else if (member instanceof Parameter) {
      return ((Parameter) member).getAnnotatedType();
    } else if (member instanceof RecordComponent) {
      return ((RecordComponent) member).getAnnotatedType();
    }
    return ((Method) member).getAnnotatedReturnType();
  }

  /** Adds the annotations not added yet: a record's field and accessor carry the same ones. */
  private static void distinct(List<Annotation> into, Annotation[] annotations) {
    for (Annotation a : annotations) {
      if (!into.contains(a)) {
        into.add(a);
      }
    }
  }

  /** Whether any type argument or array component, at any depth, is annotated. */
  private static boolean annotatedArguments(List<AnnotatedType> types) {
    for (AnnotatedType t : types) {
      for (AnnotatedType inner : inner(t)) {
        if (inner.getAnnotations().length > 0 || annotatedArguments(List.of(inner))) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<AnnotatedType> inner(AnnotatedType t) {
    if (t instanceof AnnotatedParameterizedType) {
      return List.of(((AnnotatedParameterizedType) t).getAnnotatedActualTypeArguments());
    } else if (t instanceof AnnotatedArrayType) {
      return List.of(((AnnotatedArrayType) t).getAnnotatedGenericComponentType());
    }
    return List.of();
  }

  /** Type argument {@code i} (or an array's component type) of each annotated type that has one. */
  private static List<AnnotatedType> argument(List<AnnotatedType> types, int i) {
    List<AnnotatedType> out = new ArrayList<>();
    for (AnnotatedType t : types) {
      List<AnnotatedType> inner = inner(t);
      if (inner.size() > i) {
        out.add(inner.get(i));
      }
    }
    return out;
  }

  private static Generator nulls(ConstraintSet set, Class<?> raw, String where) {
    if (raw != null && raw.isPrimitive()) {
      throw new IllegalArgumentException(
          "cannot fill "
              + where
              + ": "
              + set.isNull()
              + " cannot be met by a primitive; use "
              + Inference.boxed(raw).getSimpleName());
    }
    return Fixed.NULL;
  }

  /**
   * Narrows a generator to the constraints of a property or element, its type arguments' first.
   *
   * @param gen the realistic generator
   * @param set the constraints on the value itself
   * @param t the value's type
   * @param types its annotated types, whose type arguments may hold constraints
   * @param where names the value, for messages
   */
  private Generator constrain(
      Generator gen, ConstraintSet set, Type t, List<AnnotatedType> types, String where) {
    Class<?> raw = Types.raw(t);
    if (set.isNull() != null) {
      return nulls(set, raw, where);
    }
    if (gen instanceof CollectionComponent
        || gen instanceof ArrayComponent
        || gen instanceof MapComponent) {
      return container(gen, set, t, types, where);
    }
    if (gen instanceof OptionalComponent) {
      // A validator does not unwrap an Optional: only its type argument's constraints reach the
      // value.
      applicable(set, raw, where);
      Generator value = ((OptionalComponent) gen).value();
      return new OptionalComponent(
          element(value, Types.argument(t, 0), argument(types, 0), false, "the value of " + where));
    }
    if (gen instanceof Fixed) {
      return cut(gen, set, where);
    }
    if (set.isEmpty() || set.onlyNotNull()) {
      return gen;
    }
    Class<?> boxed = Inference.boxed(raw);
    if (boxed == String.class) {
      applicable(set, raw, where, ConstraintSet.Applies.TEXT, ConstraintSet.Applies.SIZED);
      return text(gen, set, where);
    } else if (boxed == Boolean.class) {
      applicable(set, raw, where, ConstraintSet.Applies.BOOLEAN);
      Boolean asked = set.asserted();
      return asked == null ? gen : Fixed.of(asked);
    } else if (INTEGRAL.contains(boxed)
        || boxed == BigDecimal.class
        || boxed == Double.class
        || boxed == Float.class) {
      applicable(set, raw, where, ConstraintSet.Applies.NUMBER);
      return number(gen, set, boxed, raw, where);
    } else if (TEMPORAL.contains(boxed)) {
      applicable(set, raw, where, ConstraintSet.Applies.TEMPORAL);
      return temporal(gen, set, boxed, raw, where);
    }
    applicable(set, raw, where);
    return gen;
  }

  private static List<Annotation> annotations(List<AnnotatedType> types) {
    List<Annotation> out = new ArrayList<>();
    for (AnnotatedType t : types) {
      distinct(out, t.getAnnotations());
    }
    return out;
  }

  /**
   * A property cut where its class recurs: {@code null}, or an empty container, which constraints
   * that ask for a value or an element cannot accept.
   */
  private static Generator cut(Generator gen, ConstraintSet set, String where) {
    String unmet = gen == Fixed.CUT ? set.notNull() : set.sizeMin() > 0 ? set.sizeBy() : null;
    if (unmet != null) {
      throw new IllegalArgumentException(
          "cannot fill "
              + where
              + ": "
              + unmet
              + " cannot be met: its class recurs below itself here, and forgery cuts such a cycle"
              + (gen == Fixed.CUT ? " to null" : " to an empty container")
              + " after one recurrence; remove the constraint or pass a Schema override for the"
              + " property");
    }
    return gen;
  }

  /** Rejects the first constraint that does not apply to the value's type. */
  private static void applicable(
      ConstraintSet set, Class<?> raw, String where, ConstraintSet.Applies... allowed) {
    Set<ConstraintSet.Applies> kinds = EnumSet.noneOf(ConstraintSet.Applies.class);
    kinds.addAll(List.of(allowed));
    String wrong = set.inapplicable(kinds);
    if (wrong != null) {
      throw new IllegalArgumentException(
          "cannot fill "
              + where
              + ": "
              + wrong
              + " does not apply to a "
              + raw.getSimpleName()
              + "; forgery honours @Size and @NotEmpty on strings, collections, maps and arrays,"
              + " @NotBlank, @Email and @Pattern on strings, bounds and @Digits on numbers, @Past"
              + " and @Future on dates and times, and @AssertTrue and @AssertFalse on booleans;"
              + " remove it, annotate the property with @FakeWith(\"<provider>\") or pass a Schema"
              + " override"
              + (raw == Optional.class
                  ? "; a constraint on an Optional's value goes on its type argument, e.g."
                      + " Optional<@Email String>"
                  : ""));
    }
  }

  /** A collection, array or map: its elements' constraints applied, and the size it must have. */
  private Generator container(
      Generator gen, ConstraintSet set, Type t, List<AnnotatedType> types, String where) {
    applicable(set, Types.raw(t), where, ConstraintSet.Applies.SIZED);
    int min = set.sizeMin();
    int max = set.sizeMax();
    int size = Math.max(min, Math.min(max, Defaults.COLLECTION_SIZE));
    if (gen instanceof ArrayComponent) {
      ArrayComponent array = (ArrayComponent) gen;
      Generator element =
          element(
              array.element(),
              Types.component(t),
              argument(types, 0),
              true,
              "the elements of " + where);
      return array.with(element, size);
    }
    if (gen instanceof MapComponent) {
      MapComponent map = (MapComponent) gen;
      Generator key =
          element(
              map.key(), Types.argument(t, 0), argument(types, 0), false, "the keys of " + where);
      Generator value =
          element(
              map.value(),
              Types.argument(t, 1),
              argument(types, 1),
              false,
              "the values of " + where);
      distinctValues(key, min, set, "keys", where);
      return map.with(key, value, size, min);
    }
    CollectionComponent collection = (CollectionComponent) gen;
    Generator element =
        element(
            collection.element(),
            Types.argument(t, 0),
            argument(types, 0),
            false,
            "the elements of " + where);
    if (collection.isSet()) {
      distinctValues(element, min, set, "elements", where);
    }
    return collection.with(element, size, collection.isSet() ? min : 0);
  }

  /** An element, key or value of a container, narrowed by the constraints on its type argument. */
  private Generator element(
      Generator gen, Type t, List<AnnotatedType> types, boolean array, String at) {
    return constrain(gen, ConstraintSet.read(level(types, array), at), t, types, at);
  }

  /** Rejects a set or map that must hold more distinct elements or keys than exist. */
  private static void distinctValues(
      Generator gen, int min, ConstraintSet set, String what, String where) {
    long domain = gen.domainSize();
    if (domain >= 0 && domain < min) {
      throw new IllegalArgumentException(
          "cannot fill "
              + where
              + ": "
              + set.sizeBy()
              + " asks for "
              + min
              + " distinct "
              + what
              + ", but they can take only "
              + domain
              + " values; lower the minimum or widen the "
              + what);
    }
  }

  /** A string: the realistic values, then an address, a pattern's strings or fitted values. */
  private Generator text(Generator realistic, ConstraintSet set, String where) {
    List<Constrained.Candidate> candidates = new ArrayList<>();
    if (!placeholder || !(set.email() || set.regexp() != null)) {
      candidates.add(new Constrained.Candidate(realistic, "the values its name infers"));
    }
    if (set.email()) {
      candidates.add(
          new Constrained.Candidate(lookup.find("email").bind(lookup, List.of(), where), "email"));
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
    String hint =
        unsupported == null
            ? ""
            : "; "
                + set.regexpBy()
                + " is outside the regular expressions forgery draws from ("
                + unsupported
                + ")";
    return choose(candidates, set, String.class, where, hint);
  }

  /** A number: the realistic values, then a uniform range within the bounds. */
  private Generator number(
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

  /** A date or time: the realistic values, then a window on the right side of today. */
  private Generator temporal(
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
