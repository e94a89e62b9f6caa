package dev.forgery.junit5;

import dev.forgery.Faker;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** Short renderings of injected values for the failure report: the report must stay readable. */
final class Abbreviation {
  static final int MAX_ITEMS = 3;
  static final int MAX_CHARS = 60;

  /** Objects get more room: their class name and first properties should show. */
  static final int MAX_OBJECT_CHARS = 120;

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
          UUID.class);

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

  private Abbreviation() {}

  /**
   * Whether {@link #of} gives the same text for {@code value} whenever it is called, so that it can
   * wait until a report needs it: {@code null}, strings, numbers, dates and other immutable values,
   * enums, records made only of such values, a {@code Faker}, {@code Supplier} or {@code Stream}
   * (rendered by their kind alone), and unmodifiable collections whose shown items are settled.
   * Arrays, beans and modifiable collections are not: a test could change them before it fails.
   *
   * @param value an injected value
   * @return whether its rendering cannot change
   */
  static boolean isSettled(Object value) {
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
      for (int i = 0; i < MAX_ITEMS && items.hasNext(); i++) {
        if (!isSettled(items.next())) {
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

  static String of(Object value) {
    if (value instanceof Faker) {
      return value.toString();
    }
    if (value instanceof Supplier) {
      return "Supplier (values drawn on each get())";
    }
    if (value instanceof Stream) {
      return "Stream (see the seed)";
    }
    if (value instanceof Collection) {
      Collection<?> values = (Collection<?>) value;
      return items(values.iterator(), values.size());
    }
    if (value != null && value.getClass().isArray()) {
      int length = Array.getLength(value);
      return items(
          new Iterator<Object>() {
            private int i;

            @Override
            public boolean hasNext() {
              return i < length;
            }

            @Override
            public Object next() {
              return Array.get(value, i++);
            }
          },
          length);
    }
    return one(value);
  }

  private static String items(Iterator<?> values, int size) {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < Math.min(size, MAX_ITEMS); i++) {
      out.append(i == 0 ? "" : ", ").append(one(values.next()));
    }
    if (size > MAX_ITEMS) {
      out.append(", ... ").append(size - MAX_ITEMS).append(" more");
    }
    return out.append("] (").append(size).append(size == 1 ? " value)" : " values)").toString();
  }

  private static String one(Object value) {
    if (value != null && !hasOwnToString(value.getClass())) {
      return cut(properties(value), MAX_OBJECT_CHARS);
    }
    return cut(text(value), MAX_CHARS);
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 3) + "...";
  }

  private static String text(Object value) {
    return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
  }

  /** Whether the class says what it holds: a {@code toString} other than {@code Object}'s. */
  private static boolean hasOwnToString(Class<?> type) {
    try {
      return type.getMethod("toString").getDeclaringClass() != Object.class;
    } catch (NoSuchMethodException e) {
      return true; // an interface proxy or the like: let String.valueOf decide
    }
  }

  /**
   * A bean or field class without a {@code toString}, rendered by its readable properties in name
   * order: {@code Customer{age=34, email="ada@example.com", ...}}. Nested objects of that kind show
   * only their class name, so the text stays one level deep.
   */
  private static String properties(Object value) {
    Map<String, Object> props = new TreeMap<>();
    Class<?> type = value.getClass();
    for (Method m : type.getMethods()) {
      String name = propertyName(m);
      if (name != null) {
        try {
          props.put(name, m.invoke(value));
        } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
          props.put(name, "?");
        }
      }
    }
    for (Field f : type.getFields()) {
      if (!Modifier.isStatic(f.getModifiers()) && !props.containsKey(f.getName())) {
        try {
          props.put(f.getName(), f.get(value));
        } catch (IllegalAccessException | RuntimeException e) {
          props.put(f.getName(), "?");
        }
      }
    }
    StringBuilder out = new StringBuilder(type.getSimpleName()).append('{');
    String sep = "";
    for (Map.Entry<String, Object> e : props.entrySet()) {
      Object v = e.getValue();
      String shown =
          v != null && !hasOwnToString(v.getClass())
              ? v.getClass().getSimpleName() + "{...}"
              : cut(text(v), MAX_CHARS);
      out.append(sep).append(e.getKey()).append('=').append(shown);
      sep = ", ";
    }
    return out.append('}').toString();
  }

  /** The property a public getter reads ({@code getEmail} is {@code email}), or {@code null}. */
  private static String propertyName(Method m) {
    if (Modifier.isStatic(m.getModifiers())
        || m.getParameterCount() != 0
        || m.getDeclaringClass() == Object.class
        || m.getReturnType() == void.class) {
      return null;
    }
    String n = m.getName();
    int prefix = n.startsWith("get") ? 3 : n.startsWith("is") ? 2 : 0;
    if (prefix == 0 || n.length() == prefix || !Character.isUpperCase(n.charAt(prefix))) {
      return null;
    }
    return Character.toLowerCase(n.charAt(prefix)) + n.substring(prefix + 1);
  }
}
