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
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
          boolean.class, Boolean.class);

  private static final String SUPPORTED =
      "Faker, String, int/long/double/float/short/byte/boolean (primitive or boxed), BigDecimal,"
          + " LocalDate, LocalDateTime, LocalTime, Instant, OffsetDateTime, ZonedDateTime, UUID,"
          + " enums, Java records, your own classes (with a public constructor, or a no-arg"
          + " constructor and setters; generic ones such as Page<Customer> too), and List, Set,"
          + " arrays, Stream or Supplier of those";

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
    Type elementType;
    if (raw.isArray()) {
      shape = Shape.ARRAY;
      elementType = raw.getComponentType();
    } else if (raw == List.class || raw == Collection.class || raw == Iterable.class) {
      shape = Shape.LIST;
      elementType = elementOf(target);
    } else if (raw == Set.class) {
      shape = Shape.SET;
      elementType = elementOf(target);
    } else if (raw == Stream.class) {
      shape = Shape.STREAM;
      elementType = elementOf(target);
    } else if (raw == Supplier.class) {
      shape = Shape.SUPPLIER;
      elementType = elementOf(target);
    } else {
      shape = Shape.SINGLE;
      elementType = type;
    }
    Class<?> element = raw(elementType);
    int size = target.forged().size();
    if (size < 0) {
      throw fail(target, "size must be >= 0, got " + size, "Use @Forged(size = 10) or similar.");
    }
    if (isObject(element)) {
      Function<Faker, Object> draw = objectDrawer(target, elementType, element);
      return shaped(shape, element, size, target, draw, faker);
    }
    if (elementType instanceof ParameterizedType) {
      throw fail(
          target,
          "the element type must be a plain class",
          "Declare it, e.g. List<String>, Set<UUID> or Supplier<Integer>.");
    }
    Provider<?> provider = provider(target, element, faker);
    Class<?> boxed = BOXES.getOrDefault(element, element);
    switch (shape) {
      case SINGLE:
        return convert(provider.next(), boxed);
      case SUPPLIER:
        return (Supplier<Object>) () -> convert(provider.next(), boxed);
      case SET:
        return distinct(target, f -> convert(provider.next(), boxed), faker, size);
      default:
        // One batch call, the provider's fast path, then conversion only where types differ.
        List<?> drawn = provider.next(size);
        if (shape == Shape.ARRAY) {
          Object array = Array.newInstance(element, size);
          for (int i = 0; i < size; i++) {
            Array.set(array, i, convert(drawn.get(i), boxed));
          }
          return array;
        }
        List<?> values = boxed == provider.type() ? drawn : converted(drawn, boxed);
        return shape == Shape.STREAM ? values.stream() : values;
    }
  }

  /** Records and other values drawn one at a time, in the requested shape. */
  private static Object shaped(
      Shape shape,
      Class<?> element,
      int size,
      Target target,
      Function<Faker, Object> draw,
      Faker faker) {
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

  private static List<Object> converted(List<?> values, Class<?> boxed) {
    Object[] out = new Object[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = convert(values.get(i), boxed);
    }
    return Collections.unmodifiableList(java.util.Arrays.asList(out));
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

  /**
   * The provider behind a target: the one it names, or the one its name and type stand for by
   * forgery-core's inference (the same that schemas and records use). Its value type is known from
   * the provider itself.
   */
  private static Provider<?> provider(Target target, Class<?> element, Faker faker) {
    Class<?> boxed = BOXES.getOrDefault(element, element);
    String explicit = target.forged().value().strip();
    if (!supportedElement(boxed)) {
      throw fail(
          target,
          (element == Faker.class ? "only a single Faker" : element.getName())
              + " cannot be forged"
              + (element == target.type() ? "" : " as an element"),
          "Supported: " + SUPPORTED + ".");
    }
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
    try {
      return faker.inferProvider(target.name(), boxed);
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
        || boxed.isEnum();
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
      // Rounding to float may round up to a half-open range's excluded upper bound; round down.
      float f = n.floatValue();
      return (double) f > n.doubleValue() ? Math.nextDown(f) : f;
    } else if (boxed == Short.class) {
      return n.shortValue();
    }
    return n.byteValue();
  }

  private static Type elementOf(Target target) {
    Type type = target.type();
    if (type instanceof ParameterizedType) {
      Type argument = ((ParameterizedType) type).getActualTypeArguments()[0];
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
