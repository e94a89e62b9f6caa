package dev.forgery.junit5;

import dev.forgery.Faker;
import java.lang.reflect.Array;
import java.util.Collection;
import java.util.Iterator;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** Short renderings of injected values for the failure report: the report must stay readable. */
final class Abbreviation {
  static final int MAX_ITEMS = 3;
  static final int MAX_CHARS = 60;

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
    String text = value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
    return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS - 3) + "...";
  }
}
