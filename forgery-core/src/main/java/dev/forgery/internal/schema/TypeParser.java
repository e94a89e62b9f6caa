package dev.forgery.internal.schema;

import dev.forgery.internal.Suggestions;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a field's type name and arguments into a {@link FieldGen}, once, at schema build time.
 *
 * <p>Every error is an {@link IllegalArgumentException} whose message starts with {@code field
 * '<name>'} and says what would be valid.
 */
public final class TypeParser {
  /** The schema's own types, which take arguments; they win over providers of the same name. */
  public static final List<String> OWN_TYPES =
      List.of("int", "float", "date", "text", "choice", "bool");

  /** Default range of {@code date} without arguments. */
  public static final LocalDate DEFAULT_MIN_DATE = LocalDate.of(2000, 1, 1);

  /** Default range of {@code date} without arguments. */
  public static final LocalDate DEFAULT_MAX_DATE = LocalDate.of(2025, 12, 31);

  private static final int MAX_TEXT = 1_000_000;

  private TypeParser() {}

  /**
   * Parses one field.
   *
   * @param field the field name, for messages
   * @param type the type name in any spelling
   * @param args the type's arguments
   * @param lookup the providers the type may name
   * @return the generator
   * @throws IllegalArgumentException if the type is unknown or the arguments do not fit it
   */
  public static FieldGen parse(String field, String type, List<?> args, ProviderLookup lookup) {
    if (type == null || type.isBlank()) {
      throw new IllegalArgumentException(
          "field '" + field + "': type must not be blank; known types: " + known(lookup));
    }
    String key = type.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
    String where = "field '" + field + "' (" + type + "): ";
    switch (key) {
      case "int":
      case "integer":
        return ints(where, args);
      case "float":
      case "double":
        return doubles(where, args);
      case "date":
        return dates(where, args);
      case "text":
        return texts(where, args);
      case "choice":
        return choices(where, args);
      case "bool":
      case "boolean":
        return bools(where, args);
      default:
        break;
    }
    ProviderRef provider = lookup.find(type);
    if (provider == null) {
      throw new IllegalArgumentException(
          "field '"
              + field
              + "': unknown type '"
              + type
              + "'"
              + Suggestions.closest(type, suggestable(lookup))
              + "; known types: "
              + known(lookup));
    }
    if (!args.isEmpty()) {
      throw new IllegalArgumentException(
          where + "the provider '" + provider.name() + "' takes no arguments, got " + args);
    }
    return new Generators.Provided(provider);
  }

  /**
   * Returns the schema's own types followed by every provider name.
   *
   * @param lookup the providers
   * @return the names, for suggestions and messages
   */
  public static List<String> known(ProviderLookup lookup) {
    List<String> names = new ArrayList<>(OWN_TYPES);
    for (String name : lookup.names()) {
      if (!OWN_TYPES.contains(name)) {
        names.add(name);
      }
    }
    return names;
  }

  private static List<String> suggestable(ProviderLookup lookup) {
    List<String> names = known(lookup);
    names.addAll(List.of("integer", "double", "boolean"));
    return names;
  }

  private static FieldGen ints(String where, List<?> args) {
    if (args.isEmpty()) {
      return new Generators.Ints(0, 100);
    }
    arity(where, args, "(min, max)", 2);
    int min = integer(where, "min", args.get(0));
    int max = integer(where, "max", args.get(1));
    if (min > max) {
      throw new IllegalArgumentException(
          where + "min must be <= max, got min=" + min + " and max=" + max);
    }
    return new Generators.Ints(min, max);
  }

  private static FieldGen doubles(String where, List<?> args) {
    if (args.isEmpty()) {
      return new Generators.Doubles(0.0, 1.0, -1);
    }
    if (args.size() != 2 && args.size() != 3) {
      throw arityError(where, args, "(min, max) or (min, max, decimals)");
    }
    double min = real(where, "min", args.get(0));
    double max = real(where, "max", args.get(1));
    if (!(min < max)) {
      throw new IllegalArgumentException(
          where
              + "min must be < max (the range is [min, max)), got min="
              + min
              + " and max="
              + max);
    }
    int decimals = -1;
    if (args.size() == 3) {
      decimals = integer(where, "decimals", args.get(2));
      if (decimals < 0 || decimals > 15) {
        throw new IllegalArgumentException(
            where + "decimals must be between 0 and 15, got " + decimals);
      }
      double scale = Math.pow(10, decimals);
      if (!(Math.ceil(min * scale) / scale < max)) {
        throw new IllegalArgumentException(
            where
                + "no number with "
                + decimals
                + " decimals lies in [min, max), got min="
                + min
                + " and max="
                + max);
      }
    }
    return new Generators.Doubles(min, max, decimals);
  }

  private static FieldGen dates(String where, List<?> args) {
    if (args.isEmpty()) {
      return new Generators.Dates(DEFAULT_MIN_DATE, DEFAULT_MAX_DATE);
    }
    arity(where, args, "(start, end) as ISO dates such as \"2020-01-01\"", 2);
    LocalDate min = date(where, "start", args.get(0));
    LocalDate max = date(where, "end", args.get(1));
    if (min.isAfter(max)) {
      throw new IllegalArgumentException(
          where + "start must not be after end, got start=" + min + " and end=" + max);
    }
    if (max.toEpochDay() - min.toEpochDay() >= 0xFFFF_FFFFL) {
      throw new IllegalArgumentException(
          where + "the range may span at most 2^32 days, got " + min + " to " + max);
    }
    return new Generators.Dates(min, max);
  }

  private static FieldGen texts(String where, List<?> args) {
    if (args.isEmpty()) {
      return new Generators.Texts(20, 200);
    }
    arity(where, args, "(minChars, maxChars)", 2);
    int min = integer(where, "minChars", args.get(0));
    int max = integer(where, "maxChars", args.get(1));
    if (min < 0) {
      throw new IllegalArgumentException(where + "minChars must be >= 0, got " + min);
    }
    if (min > max) {
      throw new IllegalArgumentException(
          where + "minChars must be <= maxChars, got minChars=" + min + " and maxChars=" + max);
    }
    if (max > MAX_TEXT) {
      throw new IllegalArgumentException(
          where + "maxChars must be <= " + MAX_TEXT + ", got " + max);
    }
    return new Generators.Texts(min, max);
  }

  private static FieldGen bools(String where, List<?> args) {
    if (args.isEmpty()) {
      return new Generators.Bools(0.5);
    }
    arity(where, args, "() or (probabilityOfTrue)", 1);
    double p = real(where, "probabilityOfTrue", args.get(0));
    if (p < 0 || p > 1) {
      throw new IllegalArgumentException(
          where + "probabilityOfTrue must be between 0 and 1, got " + p);
    }
    return new Generators.Bools(p);
  }

  private static FieldGen choices(String where, List<?> args) {
    String usage =
        "(List.of(\"a\", \"b\")), (List.of(\"a\", \"b\"), List.of(3, 1)),"
            + " (Map.of(\"a\", 3, \"b\", 1)) or (\"a\", \"b\", ...)";
    if (args.isEmpty()) {
      throw new IllegalArgumentException(where + "choice needs values: " + usage);
    }
    Object first = args.get(0);
    if (first instanceof Map) {
      if (args.size() != 1) {
        throw arityError(where, args, usage);
      }
      // Sorted by value so that the draw does not depend on the map's iteration order.
      TreeMap<String, Double> sorted = new TreeMap<>();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) first).entrySet()) {
        String value = choiceValue(where, entry.getKey());
        sorted.put(value, weight(where, value, entry.getValue()));
      }
      return weighted(where, new ArrayList<>(sorted.keySet()), sorted.values());
    }
    if (first instanceof List) {
      List<String> values = choiceValues(where, (List<?>) first);
      if (args.size() == 1) {
        return new Generators.Choices(values, null);
      }
      if (args.size() != 2 || !(args.get(1) instanceof List)) {
        throw arityError(where, args, usage);
      }
      List<?> rawWeights = (List<?>) args.get(1);
      if (rawWeights.size() != values.size()) {
        throw new IllegalArgumentException(
            where
                + "needs one weight per value, got "
                + values.size()
                + " values and "
                + rawWeights.size()
                + " weights");
      }
      List<Double> weights = new ArrayList<>();
      for (int i = 0; i < values.size(); i++) {
        weights.add(weight(where, values.get(i), rawWeights.get(i)));
      }
      return weighted(where, values, weights);
    }
    return new Generators.Choices(choiceValues(where, args), null);
  }

  private static FieldGen weighted(
      String where, List<String> values, java.util.Collection<Double> weights) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException(where + "choice values must not be empty");
    }
    double[] w = new double[weights.size()];
    int i = 0;
    double total = 0;
    for (double weight : weights) {
      w[i++] = weight;
      total += weight;
    }
    if (!(total > 0) || Double.isInfinite(total)) {
      throw new IllegalArgumentException(
          where + "choice weights must add up to a positive finite number, got " + weights);
    }
    return new Generators.Choices(values, w);
  }

  private static List<String> choiceValues(String where, List<?> raw) {
    if (raw.isEmpty()) {
      throw new IllegalArgumentException(where + "choice values must not be empty");
    }
    List<String> values = new ArrayList<>(raw.size());
    for (Object value : raw) {
      values.add(choiceValue(where, value));
    }
    return values;
  }

  private static String choiceValue(String where, Object value) {
    if (!(value instanceof String)) {
      throw new IllegalArgumentException(
          where + "choice values must be strings, got " + describe(value));
    }
    return (String) value;
  }

  private static double weight(String where, String value, Object raw) {
    if (!(raw instanceof Number)) {
      throw new IllegalArgumentException(
          where + "the weight of '" + value + "' must be a number, got " + describe(raw));
    }
    double weight = ((Number) raw).doubleValue();
    if (!(weight >= 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException(
          where + "the weight of '" + value + "' must be finite and >= 0, got " + weight);
    }
    return weight;
  }

  private static void arity(String where, List<?> args, String usage, int expected) {
    if (args.size() != expected) {
      throw arityError(where, args, usage);
    }
  }

  private static IllegalArgumentException arityError(String where, List<?> args, String usage) {
    return new IllegalArgumentException(
        where
            + "wrong number of arguments: expected "
            + usage
            + ", got "
            + args.size()
            + " "
            + Arrays.toString(args.toArray()));
  }

  private static int integer(String where, String label, Object value) {
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).intValue();
    }
    if (value instanceof Number) {
      double d = ((Number) value).doubleValue();
      if (d == Math.rint(d) && d >= Integer.MIN_VALUE && d <= Integer.MAX_VALUE) {
        return (int) d;
      }
    }
    throw new IllegalArgumentException(where + label + " must be an int, got " + describe(value));
  }

  private static double real(String where, String label, Object value) {
    if (value instanceof Number) {
      double d = ((Number) value).doubleValue();
      if (Double.isFinite(d)) {
        return d;
      }
    }
    throw new IllegalArgumentException(
        where + label + " must be a finite number, got " + describe(value));
  }

  private static LocalDate date(String where, String label, Object value) {
    if (value instanceof LocalDate) {
      return (LocalDate) value;
    }
    if (value instanceof String) {
      try {
        return LocalDate.parse((String) value);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            where + label + " must be an ISO date such as \"2020-01-01\", got \"" + value + "\"",
            e);
      }
    }
    throw new IllegalArgumentException(
        where + label + " must be a LocalDate or an ISO date string, got " + describe(value));
  }

  private static String describe(Object value) {
    if (value == null) {
      return "null";
    }
    String text = value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
    return text + " (" + value.getClass().getSimpleName() + ")";
  }
}
