package dev.forgery.junit5;

import dev.forgery.Faker;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Which injected values render the same whenever they are rendered, so that the failure report can
 * render them only when a test fails. Kept apart from {@link Abbreviation}, the rendering itself,
 * so that a test that passes never loads it: every injected value passes here, and the extension's
 * first test pays for each class it loads (RESULTS.md, "What the extension's first test loads").
 */
final class Settled {
  /** Classes whose instances never change: their rendering is the same whenever it is made. */
  private static final Set<Class<?>> IMMUTABLE =
      Set.of(
          String.class,
          Integer.class,
          Long.class,
          Double.class,
          Float.class,
          Short.class,
          Byte.class,
          Boolean.class,
          Character.class,
          BigDecimal.class,
          BigInteger.class,
          UUID.class,
          Locale.class,
          Currency.class,
          URI.class,
          URL.class);

  /**
   * The JDK's collections that cannot be changed through any reference forgery hands out: the
   * unmodifiable views forgery wraps its lists and sets in, and {@code List.of}'s and {@code
   * Set.of}'s.
   */
  private static final Set<Class<?>> UNMODIFIABLE =
      Set.copyOf( // List.of(), List.of(1, 2, 3) and the two Set.of share classes
          List.of(
              Collections.unmodifiableList(new ArrayList<>()).getClass(),
              Collections.unmodifiableList(new LinkedList<>()).getClass(),
              Collections.unmodifiableSet(new LinkedHashSet<>()).getClass(),
              Collections.unmodifiableCollection(new ArrayList<>()).getClass(),
              List.of().getClass(),
              List.of(1).getClass(),
              List.of(1, 2, 3).getClass(),
              Set.of().getClass(),
              Set.of(1).getClass(),
              Set.of(1, 2, 3).getClass()));

  /** Whether instances of a class render the same whenever they are rendered; worked out once. */
  private static final ClassValue<Boolean> SETTLED_TYPES =
      new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
          return settledType(type, new HashSet<>());
        }
      };

  private Settled() {}

  /**
   * Whether {@link Abbreviation#of} gives the same text for {@code value} whenever it is called, so
   * that it can wait until a report needs it: {@code null}, strings, numbers, dates and other
   * immutable values, enums, records made only of such values, a {@code Faker}, {@code Supplier} or
   * {@code Stream} (rendered by their kind alone), and unmodifiable collections whose shown items
   * are settled. Arrays, beans and modifiable collections are not: a test could change them before
   * it fails.
   *
   * @param value an injected value
   * @return whether its rendering cannot change
   */
  static boolean is(Object value) {
    if (value == null
        || value instanceof Faker
        || value instanceof Supplier
        || value instanceof Stream) {
      return true;
    }
    if (value instanceof Collection) {
      if (!UNMODIFIABLE.contains(value.getClass())) {
        return false;
      }
      Iterator<?> items = ((Collection<?>) value).iterator();
      for (int i = 0; i < Abbreviation.MAX_ITEMS && items.hasNext(); i++) {
        if (!is(items.next())) {
          return false;
        }
      }
      return true;
    }
    return SETTLED_TYPES.get(value.getClass());
  }

  /**
   * Whether every instance of {@code type} renders the same whenever it is rendered: immutable JDK
   * values, enums rendered by their name, and records whose components are all of such types.
   */
  private static boolean settledType(Class<?> type, Set<Class<?>> seen) {
    if (type.isPrimitive() || IMMUTABLE.contains(type) || type.getName().startsWith("java.time.")) {
      return true;
    }
    if (type.isEnum() || (type.getSuperclass() != null && type.getSuperclass().isEnum())) {
      Class<?> declaring = type.isEnum() ? type : type.getSuperclass();
      return toStringOf(type) == Enum.class && toStringOf(declaring) == Enum.class;
    }
    if (!type.isRecord() || !seen.add(type)) {
      return false;
    }
    for (RecordComponent component : type.getRecordComponents()) {
      if (!settledType(component.getType(), seen)) {
        return false;
      }
    }
    return true;
  }

  /** The class that declares the {@code toString} of {@code type}. */
  private static Class<?> toStringOf(Class<?> type) {
    try {
      return type.getMethod("toString").getDeclaringClass();
    } catch (NoSuchMethodException e) {
      return Object.class;
    }
  }
}
