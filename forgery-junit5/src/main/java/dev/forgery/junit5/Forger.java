package dev.forgery.junit5;

import dev.forgery.Faker;
import java.lang.reflect.Array;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
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
  /** 2000-01-01 and 2030-12-31 as epoch days: the range of dates drawn without a provider. */
  private static final int FIRST_DAY = 10_957;

  private static final int LAST_DAY = 22_280;

  private static final Map<Class<?>, Class<?>> BOXES =
      Map.of(
          int.class, Integer.class,
          long.class, Long.class,
          double.class, Double.class,
          float.class, Float.class,
          short.class, Short.class,
          byte.class, Byte.class,
          boolean.class, Boolean.class);

  private static final String SUPPORTED =
      "Faker, String, int/long/double/float/short/byte/boolean (primitive or boxed), LocalDate,"
          + " LocalDateTime, UUID, Java records, and List, Set, arrays, Stream or Supplier of those";

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
  record Target(String label, String where, String name, Type type, Forged forged) {}

  private enum Shape {
    SINGLE,
    LIST,
    SET,
    ARRAY,
    STREAM,
    SUPPLIER
  }

  /**
   * Creates the value for {@code target}.
   *
   * @param target the parameter or field
   * @param faker a faker seeded for this target alone
   * @return the value, never {@code null}
   * @throws ParameterResolutionException if the type is not supported or no provider fits
   */
  static Object forge(Target target, Faker faker) {
    Type type = target.type();
    Class<?> raw = raw(type);
    if (raw == Faker.class) {
      return faker;
    }
    Shape shape;
    Class<?> element;
    if (raw.isArray()) {
      shape = Shape.ARRAY;
      element = raw.getComponentType();
    } else if (raw == List.class || raw == Collection.class || raw == Iterable.class) {
      shape = Shape.LIST;
      element = elementOf(target);
    } else if (raw == Set.class) {
      shape = Shape.SET;
      element = elementOf(target);
    } else if (raw == Stream.class) {
      shape = Shape.STREAM;
      element = elementOf(target);
    } else if (raw == Supplier.class) {
      shape = Shape.SUPPLIER;
      element = elementOf(target);
    } else {
      shape = Shape.SINGLE;
      element = raw;
    }
    Function<Faker, Object> draw = drawer(target, element, faker);
    int size = target.forged().size();
    if (size < 0) {
      throw fail(target, "size must be >= 0, got " + size, "Use @Forged(size = 10) or similar.");
    }
    switch (shape) {
      case SINGLE:
        return draw.apply(faker);
      case SUPPLIER:
        return (Supplier<Object>) () -> draw.apply(faker);
      case ARRAY:
        Object array = Array.newInstance(element, size);
        for (int i = 0; i < size; i++) {
          Array.set(array, i, draw.apply(faker));
        }
        return array;
      case SET:
        return distinct(target, draw, faker, size);
      default:
        List<Object> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
          list.add(draw.apply(faker));
        }
        List<Object> values = Collections.unmodifiableList(list);
        return shape == Shape.STREAM ? values.stream() : values;
    }
  }

  private static Set<Object> distinct(
      Target target, Function<Faker, Object> draw, Faker faker, int size) {
    Set<Object> set = new LinkedHashSet<>();
    int limit = size * 10 + 100;
    for (int attempt = 0; set.size() < size && attempt < limit; attempt++) {
      set.add(draw.apply(faker));
    }
    if (set.size() < size) {
      throw fail(
          target,
          "found only " + set.size() + " distinct values for a Set of " + size,
          "Lower @Forged(size = ...), or use a List, which allows repeats.");
    }
    return Collections.unmodifiableSet(set);
  }

  private static Function<Faker, Object> drawer(Target target, Class<?> element, Faker faker) {
    Class<?> boxed = BOXES.getOrDefault(element, element);
    String explicit = target.forged().value().strip();
    if (element.isRecord()) {
      return recordDrawer(target, element, explicit);
    }
    if (!supportedElement(boxed)) {
      throw fail(
          target,
          (element == Faker.class ? "only a single Faker" : element.getName())
              + " cannot be forged"
              + (element == target.type() ? "" : " as an element"),
          "Supported: " + SUPPORTED + ".");
    }
    if (!explicit.isEmpty()) {
      String provider = canonical(target, explicit, faker);
      Class<?> produced = produced(provider, faker);
      if (!compatible(boxed, produced)) {
        throw fail(
            target,
            "provider '" + provider + "' gives " + produced.getSimpleName() + " values",
            "Name a provider of "
                + boxed.getSimpleName()
                + " values, or declare the "
                + kind(target)
                + " as "
                + produced.getSimpleName()
                + ".");
      }
      return f -> convert(f.generate(provider), boxed);
    }
    Optional<String> inferred =
        target.name() == null
            ? Optional.empty()
            : Inference.provider(target.name(), faker.providers());
    if (inferred.isPresent() && compatible(boxed, produced(inferred.get(), faker))) {
      String provider = inferred.get();
      return f -> convert(f.generate(provider), boxed);
    }
    Function<Faker, Object> byType = byType(boxed);
    if (byType != null) {
      return byType;
    }
    if (target.name() == null) {
      throw fail(
          target,
          "parameter names were not compiled in (javac -parameters), so no provider can be"
              + " inferred from the name",
          "Name the provider: @Forged(\"email\"), or compile with -parameters (Maven:"
              + " <parameters>true</parameters> in maven-compiler-plugin).");
    }
    throw fail(
        target,
        "no provider is called '" + target.name() + "' or a singular of it",
        "Name the provider"
            + suggestion(target.name(), faker)
            + ", or rename the "
            + kind(target)
            + ". Known providers: "
            + faker.providers());
  }

  private static Function<Faker, Object> recordDrawer(
      Target target, Class<?> element, String explicit) {
    if (!explicit.isEmpty()) {
      throw fail(
          target,
          "a record is filled component by component, not from the provider '" + explicit + "'",
          "Remove the provider name; components are matched to providers by their names.");
    }
    Class<? extends Record> type = element.asSubclass(Record.class);
    return f -> {
      try {
        return f.records(1, type).get(0);
      } catch (IllegalArgumentException e) {
        throw fail(target, e.getMessage(), "Use component names or types forgery knows.");
      }
    };
  }

  private static boolean supportedElement(Class<?> boxed) {
    return boxed == String.class
        || BOXES.containsValue(boxed)
        || boxed == LocalDate.class
        || boxed == LocalDateTime.class
        || boxed == UUID.class;
  }

  private static Function<Faker, Object> byType(Class<?> boxed) {
    if (boxed == Integer.class) {
      return f -> f.integer(0, 100);
    } else if (boxed == Long.class) {
      return f -> (long) f.integer(0, 100);
    } else if (boxed == Short.class) {
      return f -> (short) f.integer(0, 100);
    } else if (boxed == Byte.class) {
      return f -> (byte) f.integer(0, 100);
    } else if (boxed == Double.class) {
      return f -> f.doubleValue(0.0, 1.0);
    } else if (boxed == Float.class) {
      // Rounding a double just below 1 to float can give 1.0f; keep the documented [0, 1).
      return f -> Math.min((float) f.doubleValue(0.0, 1.0), Math.nextDown(1.0f));
    } else if (boxed == Boolean.class) {
      return Faker::bool;
    } else if (boxed == UUID.class) {
      return Faker::uuid;
    } else if (boxed == LocalDate.class) {
      return f -> LocalDate.ofEpochDay(f.integer(FIRST_DAY, LAST_DAY));
    } else if (boxed == LocalDateTime.class) {
      return f ->
          LocalDate.ofEpochDay(f.integer(FIRST_DAY, LAST_DAY))
              .atStartOfDay()
              .plusSeconds(f.integer(0, 86_399));
    }
    return null;
  }

  private static String canonical(Target target, String name, Faker faker) {
    String key = Inference.key(name);
    for (String provider : faker.providers()) {
      if (Inference.key(provider).equals(key)) {
        return provider;
      }
    }
    throw fail(
        target,
        "@Forged(\"" + name + "\") names no provider",
        "Name one of the known providers: " + unknownMessage(name, faker));
  }

  private static String unknownMessage(String name, Faker faker) {
    try {
      new Faker(faker.locale(), 0L).generate(name);
      return String.valueOf(faker.providers());
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  private static String suggestion(String name, Faker faker) {
    String message = unknownMessage(name, faker);
    int quote = message.indexOf("did you mean '");
    if (quote >= 0) {
      int start = quote + "did you mean '".length();
      int end = message.indexOf('\'', start);
      if (end > start) {
        return ", e.g. @Forged(\"" + message.substring(start, end) + "\")";
      }
    }
    return " with @Forged(\"...\")";
  }

  /** The type of a provider's values, from one draw of a throwaway faker. */
  private static Class<?> produced(String provider, Faker faker) {
    return new Faker(faker.locale(), 0L).generate(provider).getClass();
  }

  private static boolean compatible(Class<?> boxed, Class<?> produced) {
    return boxed == String.class
        || boxed.isAssignableFrom(produced)
        || (Number.class.isAssignableFrom(boxed) && Number.class.isAssignableFrom(produced));
  }

  private static Object convert(Object value, Class<?> boxed) {
    if (boxed == String.class) {
      return String.valueOf(value);
    }
    if (boxed.isInstance(value)) {
      return value;
    }
    Number n = (Number) value;
    if (boxed == Integer.class) {
      return n.intValue();
    } else if (boxed == Long.class) {
      return n.longValue();
    } else if (boxed == Double.class) {
      return n.doubleValue();
    } else if (boxed == Float.class) {
      return n.floatValue();
    } else if (boxed == Short.class) {
      return n.shortValue();
    }
    return n.byteValue();
  }

  private static Class<?> elementOf(Target target) {
    Type type = target.type();
    if (type instanceof ParameterizedType) {
      Type argument = ((ParameterizedType) type).getActualTypeArguments()[0];
      if (argument instanceof WildcardType) {
        argument = ((WildcardType) argument).getUpperBounds()[0];
      }
      if (argument instanceof Class && argument != Object.class) {
        return (Class<?>) argument;
      }
    }
    throw fail(
        target,
        "the element type must be a plain class",
        "Declare it, e.g. List<String>, Set<UUID> or Supplier<Integer>.");
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
