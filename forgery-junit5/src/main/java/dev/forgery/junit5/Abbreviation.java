package dev.forgery.junit5;

import dev.forgery.Faker;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** Short renderings of injected values for the failure report: the report must stay readable. */
final class Abbreviation {
  static final int MAX_ITEMS = 3;
  static final int MAX_CHARS = 60;

  /** Objects get more room: their class name and first properties should show. */
  static final int MAX_OBJECT_CHARS = 120;

  private Abbreviation() {}

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
