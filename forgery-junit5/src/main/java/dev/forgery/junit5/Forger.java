package dev.forgery.junit5;

import dev.forgery.Faker;
import dev.forgery.Provider;
import dev.forgery.TypeRef;
import dev.forgery.UnknownProviderException;
import java.lang.reflect.Array;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/**
 * Makes the value of one {@code @Forged} parameter or field from a faker seeded for it.
 *
 * <p>All use of forgery-core goes through its public API, and provider names through {@link
 * Faker#providers()}, so that providers added to the core are injectable and inferable at once.
 */
final class Forger {
  private static final Map<Class<?>, Class<?>> BOXES =
      Map.of(
          int.class, Integer.class,
          long.class, Long.class,
          double.class, Double.class,
          float.class, Float.class,
          short.class, Short.class,
          byte.class, Byte.class,
          boolean.class, Boolean.class,
          char.class, Character.class);

  /**
   * The value types no provider gives, which forgery-core makes from one that gives what they
   * convert from ({@code Faker.inferProvider}): a {@code ZoneId} from {@code timeZone}, a {@code
   * Currency} from {@code currencyCode}, a {@code Duration} from {@code integer}... A class of its
   * own, so that a test of strings and numbers never loads them (the extension's first test pays
   * for every class it loads).
   */
  private static final class Made {
    static final Set<Class<?>> TYPES =
        Set.of(
            ZoneId.class,
            ZoneOffset.class,
            Locale.class,
            Currency.class,
            Duration.class,
            Period.class,
            Year.class,
            YearMonth.class,
            MonthDay.class,
            OffsetTime.class,
            Date.class,
            URI.class,
            URL.class,
            BigInteger.class);

    private Made() {}
  }

  private static final String SUPPORTED =
      "Faker, String, int/long/double/float/short/byte/boolean/char (primitive or boxed),"
          + " BigDecimal, BigInteger, LocalDate, LocalDateTime, LocalTime, Instant, OffsetDateTime,"
          + " ZonedDateTime, OffsetTime, Year, YearMonth, MonthDay, Duration, Period, ZoneId,"
          + " ZoneOffset, Date, Locale, Currency, URI, URL, UUID, enums, Java records, your own"
          + " classes (with a public constructor, or a no-arg constructor and setters; generic ones"
          + " such as Page<Customer> too), and List, Set, Map, Optional, arrays, Stream or Supplier"
          + " of those or of each other";

  /** Providers of strings of one length, their one argument: min and max bound it per value. */
  private static final Set<String> ONE_LENGTH =
      Set.of("letters", "alphanumeric", "digits", "hexDigits");

  private Forger() {}

  /**
   * What is being filled.
   *
   * @param label e.g. {@code parameter 'emails'}
   * @param where e.g. {@code SignupTest.acceptsNewUsers}
   * @param name the parameter or field name; {@code null} when javac dropped parameter names
   * @param type the declared (generic) type
   * @param forged the annotation
   */
  record Target(String label, String where, String name, Type type, Forged forged) {
    Target {
      forged = ForgedMembers.of(forged);
    }
  }

  /**
   * The provider a target's name was last inferred to, kept with what it was inferred for (the
   * locale and reference date of the faker), so that a test's repetitions and invocations do not
   * infer it again: inference splits the name into words and tries singulars and aliases. One
   * instance belongs to one target.
   */
  static final class Inferred {
    private volatile Entry last;

    /** Creates an empty one. */
    Inferred() {}

    private record Entry(String locale, LocalDate today, String provider, List<Object> arguments) {}
  }

  /**
   * A target's {@link Inferred} with the locale its faker was made for, for one call.
   *
   * @param inferred what is remembered for the target
   * @param locale the locale the faker was made for, as it was given
   */
  record Memory(Inferred inferred, String locale) {
    /** The provider remembered for a faker of this locale and date, or {@code null}. */
    Provider<?> recall(Faker faker) {
      Inferred.Entry last = inferred.last;
      if (last == null || !last.locale().equals(locale) || !last.today().equals(faker.today())) {
        return null;
      }
      // The same definition and arguments inference found: the same values as inferring again.
      return faker.provider(last.provider(), last.arguments().toArray());
    }

    /** Remembers the provider inferred for a faker of this locale and date. */
    void remember(Faker faker, Provider<?> provider) {
      inferred.last =
          new Inferred.Entry(locale, faker.today(), provider.name(), provider.arguments());
    }
  }

  private enum Shape {
    SINGLE,
    LIST,
    SET,
    ARRAY,
    STREAM,
    SUPPLIER,
    OPTIONAL,
    MAP
  }

  /**
   * Creates the value for {@code target}.
   *
   * @param target the parameter or field
   * @param faker a faker seeded for this target alone
   * @return the value, never {@code null}
   * @throws ParameterResolutionException if the type is not supported, no provider fits, or what
   *     the annotation asks for cannot be met
   */
  static Object forge(Target target, Faker faker) {
    return forge(target, faker, null);
  }

  /**
   * Creates the value for {@code target}, remembering the provider its name infers to.
   *
   * @param target the parameter or field
   * @param faker a faker seeded for this target alone
   * @param memory where the inferred provider is remembered between calls, or {@code null} to infer
   *     it on every call (the faker has custom providers, which can change what a name infers to)
   * @return the value, never {@code null}
   * @throws ParameterResolutionException if the type is not supported, no provider fits, or what
   *     the annotation asks for cannot be met
   */
  static Object forge(Target target, Faker faker, Memory memory) {
    Type type = target.type();
    Class<?> raw = raw(type);
    Forged forged = target.forged();
    if (raw == Faker.class) {
      refuseValueOptions(target, "a Faker", true);
      if (!forged.model().isBlank()) {
        throw fail(
            target,
            "model cannot apply to a Faker",
            "Remove it; draw the model's objects with faker.generate(\"" + forged.model() + "\").");
      }
      return faker;
    }
    return value(target, type, faker, memory);
  }

  /**
   * Creates a value of {@code type}: the target's declared type, or the element type of a container
   * inside it ({@code List<String>} in {@code Map<String, List<String>>}), which is drawn as the
   * target's own would be, with the same size, bounds and choices for its values.
   */
  private static Object value(Target target, Type type, Faker faker, Memory memory) {
    Class<?> raw = raw(type);
    Forged forged = target.forged();
    Shape shape;
    Type elementType;
    Class<?> key = null; // a map's, checked before its values are looked at
    if (raw.isArray()) {
      shape = Shape.ARRAY;
      elementType = raw.getComponentType();
    } else if (raw == List.class || raw == Collection.class || raw == Iterable.class) {
      shape = Shape.LIST;
      elementType = typeArgument(target, type, 0);
    } else if (raw == Set.class) {
      shape = Shape.SET;
      elementType = typeArgument(target, type, 0);
    } else if (raw == Stream.class) {
      shape = Shape.STREAM;
      elementType = typeArgument(target, type, 0);
    } else if (raw == Supplier.class) {
      shape = Shape.SUPPLIER;
      elementType = typeArgument(target, type, 0);
    } else if (raw == Optional.class) {
      shape = Shape.OPTIONAL;
      elementType = typeArgument(target, type, 0);
    } else if (raw == Map.class) {
      shape = Shape.MAP;
      elementType = typeArgument(target, type, 1);
      key = mapKey(target, type);
    } else {
      shape = Shape.SINGLE;
      elementType = type;
    }
    Class<?> element = raw(elementType);
    int size = forged.size();
    if (size < 0) {
      throw fail(target, "size must be >= 0, got " + size, "Use @Forged(size = 10) or similar.");
    }
    if (forged.unique()
        && (shape == Shape.SINGLE || shape == Shape.SUPPLIER || shape == Shape.OPTIONAL)
        && !container(elementType)) { // an Optional<Set<UUID>>'s set is made unique
      throw fail(
          target,
          "unique = true makes the values of a List, Set, Map, array or Stream distinct, and "
              + (shape == Shape.SUPPLIER
                  ? "a Supplier has no size to make distinct"
                  : "a single value is always unique"),
          "Remove unique = true, or declare a List, Set, Map, array or Stream.");
    }
    if (shape == Shape.SINGLE && type instanceof ParameterizedType && !isObject(raw)) {
      throw fail(
          target,
          type.getTypeName() + " cannot be forged",
          "Declare a List, Set, Map, Optional, array, Stream or Supplier, or a class of your own.");
    }
    Source source;
    if (isObject(element)) {
      refuseValueOptions(
          target,
          element.isRecord() ? "a record, filled component by component" : "an object",
          false);
      String model = forged.model().strip();
      source =
          Source.of(
              target,
              faker,
              model.isEmpty()
                  ? objectDrawer(target, elementType, element)
                  : modelDrawer(target, faker, model, element));
    } else {
      if (!forged.model().isBlank()) {
        throw fail(
            target,
            "model '" + forged.model() + "' cannot apply to " + element.getName(),
            "A model fills objects; remove it, or name a provider with @Forged(\"...\").");
      }
      if (container(elementType)) {
        // Each element is a container of its own, drawn as the target's would be.
        source = Source.of(target, faker, f -> value(target, elementType, f, memory));
      } else if (elementType instanceof ParameterizedType) {
        throw fail(
            target,
            "the element type must be a plain class",
            "Declare it, e.g. List<String>, Set<UUID> or Supplier<Integer>.");
      } else {
        source = source(target, element, faker, memory);
      }
    }
    if (shape == Shape.MAP) {
      return map(target, faker, size, key, source);
    }
    return shaped(shape, element, size, target, source);
  }

  /**
   * A map of {@code size} entries: distinct keys drawn by the key type alone (the name describes
   * the values, as for an object's map), then the values, as a list's elements would be.
   */
  private static Map<Object, Object> map(
      Target target, Faker faker, int size, Class<?> key, Source values) {
    Provider<?> keyProvider =
        key == String.class ? faker.provider("word") : faker.inferProvider("", key);
    long wholeKeys = wholeKeysUpTo(key);
    if (wholeKeys > 0 && size > DEFAULT_WHOLE_VALUES) {
      // Whole-number keys are drawn from 0..100 as their values would be; a map that needs more
      // keys than that draws them from 0 to ten times its size, as far as the type reaches.
      keyProvider = faker.provider("integer", 0, (int) Math.min(wholeKeys, 10L * size));
    }
    Source keys = new Source.Drawn(target, faker, keyProvider, key, v -> convert(target, v, key));
    List<Object> drawnKeys =
        new ArrayList<>(
            keys.redrawn(
                size, "the keys of a Map of " + size, "declare a List, which needs no keys"));
    List<Object> drawnValues = target.forged().unique() ? values.distinct(size) : values.many(size);
    Map<Object, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < size; i++) {
      map.put(drawnKeys.get(i), drawnValues.get(i));
    }
    return Collections.unmodifiableMap(map);
  }

  /** How many values a whole-number type's default provider gives: 0 to 100. */
  private static final int DEFAULT_WHOLE_VALUES = 101;

  /** The largest key a map of a whole-number key type may draw, or 0 for other key types. */
  private static long wholeKeysUpTo(Class<?> key) {
    if (key == Integer.class || key == Long.class || key == BigInteger.class) {
      return Integer.MAX_VALUE;
    } else if (key == Short.class) {
      return Short.MAX_VALUE;
    } else if (key == Byte.class) {
      return Byte.MAX_VALUE;
    }
    return 0;
  }

  /**
   * The (boxed) key type of a map target: any value type an element may have, since a key is drawn
   * by its type alone; or a failure if its keys cannot be drawn.
   */
  private static Class<?> mapKey(Target target, Type type) {
    Type keyType = typeArgument(target, type, 0);
    Class<?> key = BOXES.getOrDefault(raw(keyType), raw(keyType));
    if (keyType instanceof ParameterizedType || !supportedElement(key)) {
      throw fail(
          target,
          "map keys must be strings, numbers, UUIDs, dates and times, enums or other values"
              + " (ZoneId, Locale, Currency...), not "
              + keyType.getTypeName(),
          "Declare the keys as one of those, or a List of a record holding both.");
    }
    return key;
  }

  /** The values of a source in the requested shape. */
  private static Object shaped(
      Shape shape, Class<?> element, int size, Target target, Source source) {
    // Comparisons, not a switch, which compiles to a class of its own on the first test's path.
    if (shape == Shape.SINGLE) {
      return source.one();
    }
    if (shape == Shape.OPTIONAL) {
      return Optional.of(source.one());
    }
    if (shape == Shape.SUPPLIER) {
      return (Supplier<Object>) source::one;
    }
    if (shape == Shape.SET) {
      return Collections.unmodifiableSet(
          target.forged().unique()
              ? new LinkedHashSet<>(source.distinct(size))
              : source.redrawn(size, "a Set of " + size, "use a List, which allows repeats"));
    }
    List<Object> values = target.forged().unique() ? source.distinct(size) : source.many(size);
    if (shape == Shape.ARRAY) {
      Object array = Array.newInstance(element, size);
      for (int i = 0; i < size; i++) {
        Array.set(array, i, values.get(i));
      }
      return array;
    }
    return shape == Shape.STREAM ? values.stream() : values;
  }

  /**
   * Refuses {@code min}, {@code max} and {@code oneOf} (and, on a Faker, unique) where no values
   * are drawn.
   */
  private static void refuseValueOptions(Target target, String what, boolean faker) {
    Forged forged = target.forged();
    boolean bounded = !forged.min().isBlank() || !forged.max().isBlank();
    if (bounded || forged.oneOf().length > 0 || (faker && forged.unique())) {
      throw fail(
          target,
          (bounded ? "min and max" : forged.oneOf().length > 0 ? "oneOf" : "unique")
              + " cannot apply to "
              + what,
          faker
              ? "Remove it; a Faker draws whatever the test asks of it."
              : "Remove it; the properties are matched to providers by their names (use"
                  + " @FakeWith on a property to name its provider and arguments).");
    }
  }

  /**
   * The values of a provider-backed target: its {@code oneOf} choices, its provider bound to its
   * {@code min} and {@code max}, or its provider (named or inferred) as it is.
   */
  private static Source source(Target target, Class<?> element, Faker faker, Memory memory) {
    Class<?> boxed = BOXES.getOrDefault(element, element);
    if (!supportedElement(boxed)) {
      throw fail(
          target,
          (element == Faker.class ? "only a single Faker" : element.getName())
              + " cannot be forged"
              + (element == target.type() ? "" : " as an element"),
          "Supported: " + SUPPORTED + ".");
    }
    Forged forged = target.forged();
    boolean bounded = !forged.min().isBlank() || !forged.max().isBlank();
    if (forged.oneOf().length > 0) {
      if (!forged.value().isBlank() || bounded) {
        throw fail(
            target,
            "oneOf lists the values, so it takes no "
                + (bounded ? "min or max" : "provider name (\"" + forged.value() + "\")"),
            "Keep either oneOf or the " + (bounded ? "bounds" : "provider") + ".");
      }
      return new Source.Choices(target, faker, choices(target, boxed));
    }
    if (!bounded) {
      Provider<?> provider = provider(target, element, faker, memory);
      return new Source.Drawn(target, faker, provider, boxed, v -> convert(target, v, boxed));
    }
    return bounded(target, element, boxed, faker, memory);
  }

  /**
   * A named provider whose arguments are whole numbers of something else than the declared type's
   * values (the ages of {@code dateOfBirth} for a {@code LocalDate}), bound to {@code min} and
   * {@code max} read as whole numbers; or {@code null} if no provider is named, or the bounds are
   * not both whole numbers, so that the declared type's reading stands.
   */
  private static Source countedArguments(
      Target target, Provider<?> provider, Class<?> boxed, Faker faker) {
    Forged forged = target.forged();
    if (forged.value().isBlank() || provider == null) {
      return null;
    }
    Object min = wholeArgument(forged.min());
    Object max = wholeArgument(forged.max());
    if (min == null || max == null) {
      return null;
    }
    Provider<?> bound;
    try {
      bound = faker.provider(provider.name(), min, max);
    } catch (IllegalArgumentException e) {
      throw fail(
          target,
          "provider '"
              + provider.name()
              + "' does not take "
              + min
              + ".."
              + max
              + " as its arguments ("
              + e.getMessage()
              + ")",
          "Write min and max as the provider's arguments, or as bounds of "
              + boxed.getSimpleName()
              + ".");
    }
    return new Source.Drawn(target, faker, bound, boxed, v -> convert(target, v, boxed));
  }

  /** A bound's text as an {@code int} (or a {@code long} beyond one), or {@code null}. */
  private static Object wholeArgument(String text) {
    try {
      long value = Long.parseLong(text.strip());
      return value == (int) value ? (Object) (int) value : (Object) value;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * The values of {@code oneOf}, read as the declared type; a value listed twice (or two texts of
   * one value, {@code "1"} and {@code "01"}) is refused, since each value is equally likely.
   */
  private static List<Object> choices(Target target, Class<?> boxed) {
    String[] texts = target.forged().oneOf();
    List<Object> values = new ArrayList<>();
    for (String text : texts) {
      Object value;
      try {
        value = TextValues.read(text, boxed);
      } catch (IllegalArgumentException e) {
        throw fail(
            target,
            "oneOf value \"" + text + "\" is not a valid " + boxed.getSimpleName(),
            "Write " + TextValues.expected(boxed) + ".");
      }
      int earlier = values.indexOf(value);
      if (earlier >= 0) {
        throw fail(
            target,
            "oneOf lists "
                + (texts[earlier].equals(text)
                    ? "\"" + text + "\" twice"
                    : "\""
                        + texts[earlier]
                        + "\" and \""
                        + text
                        + "\", the same "
                        + boxed.getSimpleName())
                + "; each value of oneOf is equally likely",
            "List each value once.");
      }
      values.add(value);
    }
    return values;
  }

  /**
   * A provider bound to the target's {@code min} and {@code max}: the type's uniform provider, or
   * the provider named, with the bounds as its arguments.
   */
  private static Source bounded(
      Target target, Class<?> element, Class<?> boxed, Faker faker, Memory memory) {
    boolean named = !target.forged().value().isBlank();
    Provider<?> provider =
        named || boxed == String.class ? provider(target, element, faker, memory) : null;
    // A String of a provider of other values ("date") is bounded as those values.
    Class<?> valueType =
        provider != null && boxed == String.class && Bounds.kind(provider.type()) != null
            ? provider.type()
            : boxed;
    Bounds.Kind kind = Bounds.kind(valueType);
    if (kind == null) {
      throw fail(
          target,
          "min and max bound " + Bounds.RANGED + "; " + valueType.getSimpleName() + " has no range",
          "Remove min and max; oneOf lists values of any type.");
    }
    Bounds.Range range;
    try {
      range = Bounds.range(target, kind, valueType);
    } catch (ParameterResolutionException e) {
      Source counted = countedArguments(target, provider, boxed, faker);
      if (counted == null) {
        throw e;
      }
      return counted;
    }
    if (kind.lengths()) {
      return lengths(target, provider, range, faker);
    }
    String name = provider == null ? kind.provider() : provider.name();
    boolean time = name.equals("localTime");
    Provider<?> bound;
    try {
      bound =
          time
              ? faker.provider(
                  "longValue", range.min().longValueExact(), range.max().longValueExact())
              : faker.provider(name, range.arguments(name));
    } catch (IllegalArgumentException e) {
      throw fail(
          target,
          "provider '"
              + name
              + "' does not take "
              + range.text()
              + " as its arguments ("
              + e.getMessage()
              + ")",
          "Remove min and max, or name a provider whose arguments are a range, such as integer,"
              + " longValue, doubleValue, decimal, price, date, dateTime or instant.");
    }
    Function<Object, Object> value =
        time
            ? v -> LocalTime.ofSecondOfDay((Long) v)
            : name.equals(kind.provider()) ? kind.made() : v -> v;
    return new Source.Drawn(
        target, faker, bound, boxed, v -> convert(target, value.apply(v), boxed));
  }

  /**
   * Strings of a length between the bounds: from a provider whose arguments are the two lengths
   * ({@code text}, {@code password}), or from one of strings of one length, with the length drawn.
   */
  private static Source lengths(
      Target target, Provider<?> provider, Bounds.Range range, Faker faker) {
    String name = provider.name();
    int min = range.min().intValueExact();
    int max = range.max().intValueExact();
    try {
      if (ONE_LENGTH.contains(name)) {
        return new Source.Lengths(target, faker, name, min, max);
      }
      return new Source.Drawn(
          target, faker, faker.provider(name, min, max), String.class, String::valueOf);
    } catch (IllegalArgumentException e) {
      throw fail(
          target,
          "min and max bound a String's length ("
              + range.text()
              + "), and provider '"
              + name
              + "' cannot take it ("
              + e.getMessage()
              + ")",
          "Name a provider that takes lengths: text or password (a range of lengths), letters,"
              + " alphanumeric, digits or hexDigits (one length, drawn between min and max); or"
              + " remove min and max.");
    }
  }

  /**
   * The provider behind a target: the one it names, or the one its name and type stand for by
   * forgery-core's inference (the same that schemas and records use). Its value type is known from
   * the provider itself.
   */
  private static Provider<?> provider(Target target, Class<?> element, Faker faker, Memory memory) {
    Class<?> boxed = BOXES.getOrDefault(element, element);
    String explicit = target.forged().value().strip();
    if (!explicit.isEmpty()) {
      Provider<?> provider;
      try {
        provider = faker.provider(explicit);
      } catch (UnknownProviderException e) {
        throw fail(
            target,
            "@Forged(\"" + explicit + "\") names no provider",
            "Name one of the known providers: " + e.getMessage());
      } catch (IllegalArgumentException e) {
        throw fail(
            target,
            "@Forged(\"" + explicit + "\") cannot be drawn without arguments",
            e.getMessage() + ".");
      }
      Class<?> produced = provider.type();
      if (!compatible(boxed, produced) && made(boxed)) {
        // A value type made from the named provider's values, as an object's property of that
        // type and name is: @Forged("instant") Date, @Forged("dateOfBirth") Year.
        Provider<?> converted = faker.inferProvider(explicit, boxed);
        if (converted.name().equals(provider.name())) {
          return converted;
        }
      }
      if (!compatible(boxed, produced)) {
        throw fail(
            target,
            "provider '" + provider.name() + "' gives " + produced.getSimpleName() + " values",
            "Name a provider of "
                + boxed.getSimpleName()
                + " values, or declare the "
                + kind(target)
                + " as "
                + produced.getSimpleName()
                + ".");
      }
      return provider;
    }
    if (target.name() == null) {
      try {
        return faker.inferProvider("", boxed);
      } catch (IllegalArgumentException e) {
        throw fail(
            target,
            "parameter names were not compiled in (javac -parameters), so no provider can be"
                + " inferred from the name",
            "Name the provider: @Forged(\"email\"), or compile with -parameters (Maven:"
                + " <parameters>true</parameters> in maven-compiler-plugin).");
      }
    }
    // A value type made from another provider's values is not remembered: its provider's name and
    // arguments alone (integer, 0..86,399) would give the values before their conversion.
    boolean remembered = memory != null && !made(boxed);
    if (remembered) {
      Provider<?> recalled = memory.recall(faker);
      if (recalled != null) {
        return recalled;
      }
    }
    try {
      Provider<?> inferred = faker.inferProvider(target.name(), boxed);
      if (remembered) {
        memory.remember(faker, inferred);
      }
      return inferred;
    } catch (UnknownProviderException e) {
      throw fail(
          target,
          "no provider is called '" + target.name() + "' or a singular of it",
          "Name the provider"
              + (e.suggestions().isEmpty()
                  ? " with @Forged(\"...\")"
                  : ", e.g. @Forged(\"" + e.suggestions().get(0) + "\")")
              + ", or rename the "
              + kind(target)
              + ". Known providers: "
              + e.providers());
    }
  }

  /**
   * Draws the objects of a model registered on the faker (by the test's custom providers), after
   * checking it exists and makes objects of the declared class.
   */
  private static Function<Faker, Object> modelDrawer(
      Target target, Faker faker, String model, Class<?> element) {
    if (!target.forged().value().isBlank()) {
      throw fail(
          target,
          "both a provider ('" + target.forged().value() + "') and a model ('" + model + "')",
          "Keep one of them.");
    }
    Provider<?> provider;
    try {
      provider = faker.provider(model);
    } catch (UnknownProviderException e) {
      throw fail(
          target,
          "no model is named '"
              + model
              + "'"
              + (e.suggestions().isEmpty()
                  ? ""
                  : "; did you mean '" + e.suggestions().get(0) + "'?"),
          "Register it in a CustomProviders class with faker.register(\""
              + model
              + "\", "
              + element.getSimpleName()
              + ".class, overrides), named by @ForgeryProviders on the test class or listed in"
              + " META-INF/services/dev.forgery.junit5.CustomProviders.");
    }
    if (!element.isAssignableFrom(provider.type())) {
      throw fail(
          target,
          "model '" + model + "' makes " + provider.type().getName() + ", not " + element.getName(),
          "Name a model of "
              + element.getSimpleName()
              + ", or declare "
              + provider.type().getName()
              + ".");
    }
    return f -> f.generate(model);
  }

  /**
   * Draws records and other objects one at a time, each from a dataset of its own, through
   * forgery-core's object filling; a generic type keeps its arguments ({@code Page<Customer>}).
   */
  private static Function<Faker, Object> objectDrawer(
      Target target, Type elementType, Class<?> element) {
    String explicit = target.forged().value().strip();
    if (!explicit.isEmpty()) {
      throw fail(
          target,
          element.isRecord()
              ? "a record is filled component by component, not from the provider '"
                  + explicit
                  + "'"
              : "an object is filled property by property, not from the provider '"
                  + explicit
                  + "'",
          "Remove the provider name; properties are matched to providers by their names.");
    }
    TypeRef<?> ref = TypeRef.of(elementType);
    return f -> {
      try {
        return f.record(ref);
      } catch (IllegalArgumentException e) {
        throw fail(target, e.getMessage(), "Use property names or types forgery knows.");
      }
    };
  }

  /**
   * Whether values of a class are objects forgery-core fills property by property: records and
   * concrete classes that are neither one of the values providers give nor the JDK's.
   */
  private static boolean isObject(Class<?> element) {
    if (element.isRecord()) {
      return true;
    }
    String name = element.getName();
    return element != Faker.class
        && !element.isPrimitive()
        && !element.isArray()
        && !element.isEnum()
        && !element.isInterface()
        && !Modifier.isAbstract(element.getModifiers())
        && !supportedElement(element)
        && !name.startsWith("java.")
        && !name.startsWith("javax.");
  }

  private static boolean supportedElement(Class<?> boxed) {
    return boxed == String.class
        || BOXES.containsValue(boxed)
        || boxed == LocalDate.class
        || boxed == LocalDateTime.class
        || boxed == LocalTime.class
        || boxed == Instant.class
        || boxed == OffsetDateTime.class
        || boxed == ZonedDateTime.class
        || boxed == BigDecimal.class
        || boxed == UUID.class
        || made(boxed)
        || boxed.isEnum();
  }

  /** Whether forgery-core makes a type's values from another provider's: {@link Made}, char. */
  private static boolean made(Class<?> boxed) {
    return boxed != String.class && (boxed == Character.class || Made.TYPES.contains(boxed));
  }

  /** Whether a provider's values can become the declared type; a custom one's are checked later. */
  private static boolean compatible(Class<?> boxed, Class<?> produced) {
    return boxed == String.class
        || (produced == String.class && made(boxed) && TextValues.readable(boxed))
        || produced == Object.class
        || boxed.isAssignableFrom(produced)
        || (Number.class.isAssignableFrom(boxed) && Number.class.isAssignableFrom(produced));
  }

  private static Object convert(Target target, Object value, Class<?> boxed) {
    if (boxed == String.class && value != null) {
      return value instanceof String ? value : value.toString();
    }
    if (boxed.isInstance(value)) {
      return value;
    }
    if (value instanceof String && made(boxed) && TextValues.readable(boxed)) {
      // A named provider of text for a value type: @Forged("timeZone") ZoneId.
      try {
        return TextValues.read((String) value, boxed);
      } catch (IllegalArgumentException e) {
        throw fail(
            target,
            "its provider gave "
                + Abbreviation.of(value)
                + ", which is not "
                + TextValues.expected(boxed),
            "Name a provider whose values read as " + boxed.getSimpleName() + ".");
      }
    }
    if (!(value instanceof Number) || !Number.class.isAssignableFrom(boxed)) {
      throw fail(
          target,
          gave(value) + ", which is not a " + boxed.getSimpleName(),
          "Make the provider return "
              + boxed.getSimpleName()
              + " values, or declare the "
              + kind(target)
              + " as their type.");
    }
    Number n = (Number) value;
    if (boxed == Double.class) {
      return n.doubleValue();
    } else if (boxed == Float.class) {
      // Rounding to float may round up to a half-open range's excluded upper bound; round down.
      float f = n.floatValue();
      return (double) f > n.doubleValue() ? Math.nextDown(f) : f;
    } else if (boxed == BigDecimal.class) {
      return decimal(n);
    }
    return whole(target, n, boxed);
  }

  /** What a provider gave, for messages: {@code its provider gave 3000000000 (Long)}. */
  private static String gave(Object value) {
    return "its provider gave "
        + Abbreviation.of(value)
        + (value == null ? "" : " (" + value.getClass().getSimpleName() + ")");
  }

  /** A number as a {@code BigDecimal}, exactly as written (a double as its shortest text). */
  private static BigDecimal decimal(Number n) {
    if (n instanceof BigDecimal) {
      return (BigDecimal) n;
    } else if (n instanceof BigInteger) {
      return new BigDecimal((BigInteger) n);
    } else if (n instanceof Double || n instanceof Float) {
      return new BigDecimal(n.toString());
    }
    return BigDecimal.valueOf(n.longValue());
  }

  /**
   * A number as a value of a whole-number type ({@code int}, {@code long}, {@code short}, {@code
   * byte}, {@code BigInteger}), or a failure if it has a fraction or does not fit: a provider's
   * value is never cut to the type.
   */
  private static Object whole(Target target, Number n, Class<?> boxed) {
    long min;
    long max;
    if (boxed == Integer.class) {
      min = Integer.MIN_VALUE;
      max = Integer.MAX_VALUE;
    } else if (boxed == Long.class || boxed == BigInteger.class) {
      min = Long.MIN_VALUE;
      max = Long.MAX_VALUE;
    } else if (boxed == Short.class) {
      min = Short.MIN_VALUE;
      max = Short.MAX_VALUE;
    } else if (boxed == Byte.class) {
      min = Byte.MIN_VALUE;
      max = Byte.MAX_VALUE;
    } else {
      throw fail(
          target,
          gave(n) + ", which is not a " + boxed.getSimpleName(),
          "Declare the " + kind(target) + " as " + n.getClass().getSimpleName() + ".");
    }
    long v;
    if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte) {
      v = n.longValue();
    } else {
      BigInteger exact;
      try {
        exact = decimal(n).toBigIntegerExact();
      } catch (ArithmeticException | NumberFormatException e) {
        throw fail(
            target,
            gave(n) + ", which is not a whole number",
            "Declare the "
                + kind(target)
                + " as double or BigDecimal, or name a provider of whole numbers.");
      }
      if (boxed == BigInteger.class) {
        return exact;
      }
      if (exact.bitLength() > 63) {
        throw doesNotFit(target, n, boxed, min, max);
      }
      v = exact.longValue();
    }
    if (v < min || v > max) {
      throw doesNotFit(target, n, boxed, min, max);
    }
    if (boxed == Integer.class) {
      return (int) v;
    } else if (boxed == Long.class) {
      return v;
    } else if (boxed == Short.class) {
      return (short) v;
    } else if (boxed == Byte.class) {
      return (byte) v;
    }
    return BigInteger.valueOf(v);
  }

  private static ParameterResolutionException doesNotFit(
      Target target, Number n, Class<?> boxed, long min, long max) {
    String type = boxed == Integer.class ? "int" : boxed.getSimpleName().toLowerCase(Locale.ROOT);
    return fail(
        target,
        gave(n)
            + ", which does not fit "
            + (boxed == Integer.class ? "an " : "a ")
            + type
            + " ("
            + min
            + " to "
            + max
            + ")",
        "Declare the " + kind(target) + " as a wider type, or bound the provider's values.");
  }

  /**
   * Whether a type is one of the containers {@code @Forged} fills, holding values of a declared
   * element type: a generic {@code List}, {@code Set}, {@code Map}, {@code Optional}... or an
   * array.
   */
  private static boolean container(Type type) {
    if (type instanceof Class) {
      return ((Class<?>) type).isArray();
    }
    Class<?> raw = raw(type);
    return type instanceof ParameterizedType
        && (raw == List.class
            || raw == Collection.class
            || raw == Iterable.class
            || raw == Set.class
            || raw == Map.class
            || raw == Optional.class
            || raw == Stream.class
            || raw == Supplier.class);
  }

  /** The type argument at {@code index} of a (generic) type, a class or a generic one. */
  private static Type typeArgument(Target target, Type type, int index) {
    if (type instanceof ParameterizedType) {
      Type argument = ((ParameterizedType) type).getActualTypeArguments()[index];
      if (argument instanceof WildcardType) {
        argument = ((WildcardType) argument).getUpperBounds()[0];
      }
      if ((argument instanceof Class && argument != Object.class)
          || argument instanceof ParameterizedType) {
        return argument;
      }
    }
    throw fail(
        target,
        "the element type must be a plain class",
        "Declare it, e.g. List<String>, Set<UUID>, Map<String, Integer> or Supplier<Integer>.");
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class) {
      return (Class<?>) type;
    }
    if (type instanceof ParameterizedType) {
      return (Class<?>) ((ParameterizedType) type).getRawType();
    }
    return Object.class;
  }

  private static String kind(Target target) {
    return target.label().startsWith("field") ? "field" : "parameter";
  }

  static ParameterResolutionException fail(Target target, String problem, String fix) {
    return new ParameterResolutionException(
        "Cannot forge "
            + target.label()
            + " of type "
            + target.type().getTypeName()
            + " in "
            + target.where()
            + ": "
            + problem
            + ". "
            + fix);
  }
}
