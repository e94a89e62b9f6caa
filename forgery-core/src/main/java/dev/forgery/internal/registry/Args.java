package dev.forgery.internal.registry;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/**
 * A provider's arguments as given, read by position with checks whose messages name the caller, the
 * argument, the bad value and what would be valid.
 */
public final class Args {
  private final String where;
  private final ProviderDef def;
  private final List<?> values;
  private final boolean fromText;
  private final Lookup lookup;
  private int read;
  private boolean allRead;

  Args(String where, ProviderDef def, List<?> values, boolean fromText, Lookup lookup) {
    this.lookup = lookup;
    this.where = where.isEmpty() ? "" : where + ": ";
    this.def = def;
    this.values = values == null ? List.of() : values;
    this.fromText = fromText;
  }

  /**
   * Returns the providers the binding happens among: its locale and reference date, and every
   * provider a template may name.
   *
   * @return the lookup
   */
  public Lookup lookup() {
    return lookup;
  }

  /**
   * Returns the reference date of the binding: relative providers count from it.
   *
   * @return the lookup's {@code today()}
   */
  public LocalDate today() {
    return lookup.today();
  }

  /**
   * Returns how many arguments were given.
   *
   * @return the count
   */
  public int size() {
    return values.size();
  }

  /**
   * Returns the raw arguments and marks them all read, for providers that take a variable list.
   *
   * @return the arguments
   */
  public List<?> all() {
    allRead = true;
    return values;
  }

  /**
   * Checks that the number of arguments is one of {@code counts}.
   *
   * @param counts the accepted numbers of arguments
   * @return this
   * @throws IllegalArgumentException otherwise
   */
  public Args expect(int... counts) {
    for (int count : counts) {
      if (values.size() == count) {
        return this;
      }
    }
    throw arity();
  }

  void checkAllUsed() {
    if (!allRead && values.size() > read) {
      throw arity();
    }
  }

  private IllegalArgumentException arity() {
    if (def.params().isEmpty()) {
      return fail(
          "the provider '"
              + def.name()
              + "' takes no arguments, got "
              + Arrays.toString(values.toArray()));
    }
    return fail(
        "wrong number of arguments: expected "
            + def.signature()
            + ", got "
            + values.size()
            + " "
            + Arrays.toString(values.toArray()));
  }

  /**
   * Builds an exception whose message starts with the caller's name.
   *
   * @param problem what is wrong and what would be valid
   * @return the exception to throw
   */
  public IllegalArgumentException fail(String problem) {
    return new IllegalArgumentException(where + problem);
  }

  private Object at(int index) {
    read = Math.max(read, index + 1);
    return values.get(index);
  }

  private String label(int index) {
    return def.params().get(index).name();
  }

  /**
   * Reads an int argument that must lie in a range; the message of a value outside it names the
   * parameter, the value and the range ({@code length must be between 1 and 10000, got 0}).
   *
   * @param index its position
   * @param fallback its value when not given
   * @param min the smallest valid value
   * @param max the largest valid value
   * @return the value
   * @throws IllegalArgumentException if the argument is not an int or is outside the range
   */
  public int integer(int index, int fallback, int min, int max) {
    int value = integer(index, fallback);
    if (value < min || value > max) {
      throw fail(label(index) + " must be between " + min + " and " + max + ", got " + value);
    }
    return value;
  }

  /**
   * Reads an int argument.
   *
   * @param index its position
   * @param fallback its value when not given
   * @return the value
   */
  public int integer(int index, int fallback) {
    if (index >= values.size()) {
      return fallback;
    }
    Object value = at(index);
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).intValue();
    }
    if (value instanceof Number) {
      double d = ((Number) value).doubleValue();
      if (d == Math.rint(d) && d >= Integer.MIN_VALUE && d <= Integer.MAX_VALUE) {
        return (int) d;
      }
    }
    if (fromText && value instanceof String) {
      try {
        return Integer.parseInt(((String) value).trim());
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    throw fail(label(index) + " must be an int, got " + describe(value));
  }

  /**
   * Reads a long argument.
   *
   * @param index its position
   * @param fallback its value when not given
   * @return the value
   */
  public long longInteger(int index, long fallback) {
    if (index >= values.size()) {
      return fallback;
    }
    Object value = at(index);
    if (wholeNumber(value)) {
      return ((Number) value).longValue();
    }
    if (fromText && value instanceof String) {
      try {
        return Long.parseLong(((String) value).trim());
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    throw fail(label(index) + " must be a long, got " + describe(value));
  }

  /**
   * Reads a number argument exactly, as a decimal: a {@code BigDecimal} as it is, a whole number or
   * a decimal text to the digit, and a {@code double} by its shortest decimal form ({@link
   * BigDecimal#valueOf(double)}: {@code 0.1} is one tenth).
   *
   * @param index its position
   * @param fallback its value when not given
   * @return the value
   */
  public BigDecimal decimal(int index, BigDecimal fallback) {
    if (index >= values.size()) {
      return fallback;
    }
    Object value = at(index);
    if (value instanceof BigDecimal) {
      return (BigDecimal) value;
    } else if (value instanceof BigInteger) {
      return new BigDecimal((BigInteger) value);
    } else if (wholeNumber(value)) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    if (fromText && value instanceof String) {
      try {
        return new BigDecimal(((String) value).trim());
      } catch (NumberFormatException e) {
        // reported by real, as for any number
      }
    }
    return BigDecimal.valueOf(real(index, 0));
  }

  /** Whether a value is a {@code long} or narrower whole number, boxed. */
  private static boolean wholeNumber(Object value) {
    return value instanceof Long
        || value instanceof Integer
        || value instanceof Short
        || value instanceof Byte;
  }

  /**
   * Reads a finite number argument.
   *
   * @param index its position
   * @param fallback its value when not given
   * @return the value
   */
  public double real(int index, double fallback) {
    if (index >= values.size()) {
      return fallback;
    }
    Object value = at(index);
    double d = Double.NaN;
    if (value instanceof Number) {
      d = ((Number) value).doubleValue();
    } else if (fromText && value instanceof String) {
      try {
        d = Double.parseDouble(((String) value).trim());
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    if (Double.isFinite(d)) {
      return d;
    }
    throw fail(label(index) + " must be a finite number, got " + describe(value));
  }

  /**
   * Reads a date argument: a {@link LocalDate} or an ISO date string.
   *
   * @param index its position
   * @param fallback its value when not given
   * @return the value
   */
  public LocalDate date(int index, LocalDate fallback) {
    if (index >= values.size()) {
      return fallback;
    }
    Object value = at(index);
    if (value instanceof LocalDate) {
      return (LocalDate) value;
    }
    if (value instanceof String) {
      try {
        return LocalDate.parse((String) value);
      } catch (DateTimeParseException e) {
        throw fail(
            label(index) + " must be an ISO date such as \"2020-01-01\", got \"" + value + "\"");
      }
    }
    throw fail(label(index) + " must be a LocalDate or an ISO date string, got " + describe(value));
  }

  /**
   * Reads a date-time argument: a {@link java.time.LocalDateTime}, a {@link LocalDate} (its start)
   * or an ISO string of either.
   *
   * @param index its position
   * @param fallback its value when not given
   * @return the value
   */
  public java.time.LocalDateTime dateTime(int index, java.time.LocalDateTime fallback) {
    if (index >= values.size()) {
      return fallback;
    }
    Object value = at(index);
    if (value instanceof java.time.LocalDateTime) {
      return (java.time.LocalDateTime) value;
    }
    if (value instanceof LocalDate) {
      return ((LocalDate) value).atStartOfDay();
    }
    if (value instanceof String) {
      String text = (String) value;
      try {
        return text.length() <= 10
            ? LocalDate.parse(text).atStartOfDay()
            : java.time.LocalDateTime.parse(text);
      } catch (DateTimeParseException e) {
        throw fail(
            label(index)
                + " must be an ISO date-time such as \"2020-01-01T09:30:00\", got \""
                + value
                + "\"");
      }
    }
    throw fail(
        label(index)
            + " must be a LocalDateTime or an ISO date-time string, got "
            + describe(value));
  }

  /**
   * Reads a string argument.
   *
   * @param index its position
   * @param fallback its value when not given
   * @return the value
   */
  public String text(int index, String fallback) {
    if (index >= values.size()) {
      return fallback;
    }
    Object value = at(index);
    if (value instanceof String || value instanceof Enum) {
      return value.toString();
    }
    throw fail(label(index) + " must be a string, got " + describe(value));
  }

  /**
   * Describes a value for a message: its text, quoted if a string, and its class.
   *
   * @param value any value
   * @return the description
   */
  public static String describe(Object value) {
    if (value == null) {
      return "null";
    }
    String text = value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
    return text + " (" + value.getClass().getSimpleName() + ")";
  }
}
