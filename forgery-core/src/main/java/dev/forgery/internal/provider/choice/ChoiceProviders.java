package dev.forgery.internal.provider.choice;

import dev.forgery.internal.data.WeightedTable;
import dev.forgery.internal.random.RandomSource;
import dev.forgery.internal.registry.Args;
import dev.forgery.internal.registry.Generator;
import dev.forgery.internal.registry.Param;
import dev.forgery.internal.registry.ProviderDef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The definition of {@code choice}, one of given values uniformly or by weight (also the schema
 * keyword, and reachable as {@code oneOf} and {@code weighted}), and the generator of enum
 * constants.
 */
public final class ChoiceProviders {
  private ChoiceProviders() {}

  private static final String USAGE =
      "(List.of(\"a\", \"b\")), (List.of(\"a\", \"b\"), List.of(3, 1)),"
          + " (Map.of(\"a\", 3, \"b\", 1)), (\"a\", \"b\", ...) or (AnEnum.class)";

  /** Every choice provider. */
  public static final List<ProviderDef> ALL =
      List.of(
          ProviderDef.define("choice", String.class, "one of the given values, by weight if given")
              .aliases("oneOf", "weighted")
              .params(
                  new Param(
                      "values", "values, a list, a list and weights, a map or an enum class", null))
              .binds((locale, args) -> choices(args)));

  private static Generator choices(Args args) {
    List<?> all = args.all();
    if (all.isEmpty()) {
      throw args.fail("choice needs values: " + USAGE);
    }
    Object first = all.get(0);
    if (first instanceof Class && ((Class<?>) first).isEnum() && all.size() == 1) {
      Class<?> type = (Class<?>) first;
      if (type.getEnumConstants().length == 0) {
        throw args.fail("the enum " + type.getName() + " has no constants to choose from");
      }
      return new Constants(type);
    }
    if (first instanceof Map) {
      if (all.size() != 1) {
        throw arity(args, all);
      }
      Map<?, ?> map = (Map<?, ?>) first;
      List<Object> values = new ArrayList<>(map.size());
      List<Double> weights = new ArrayList<>(map.size());
      for (Map.Entry<?, ?> entry : ordered(args, map)) {
        Object value = value(args, entry.getKey());
        values.add(value);
        weights.add(weight(args, value, entry.getValue()));
      }
      return weighted(args, values, weights);
    }
    if (first instanceof List) {
      List<Object> values = values(args, (List<?>) first);
      if (all.size() == 1) {
        return new Choices(values, null);
      }
      if (all.size() != 2 || !(all.get(1) instanceof List)) {
        throw arity(args, all);
      }
      List<?> rawWeights = (List<?>) all.get(1);
      if (rawWeights.size() != values.size()) {
        throw args.fail(
            "needs one weight per value, got "
                + values.size()
                + " values and "
                + rawWeights.size()
                + " weights");
      }
      List<Double> weights = new ArrayList<>();
      for (int i = 0; i < values.size(); i++) {
        weights.add(weight(args, values.get(i), rawWeights.get(i)));
      }
      return weighted(args, values, weights);
    }
    return new Choices(values(args, all), null);
  }

  /**
   * The entries of a map of weights in an order that does not depend on how the map happens to
   * iterate ({@code Map.of} and {@code HashMap} orders vary between runs for keys such as enums):
   * keys of one comparable class in their natural order (strings alphabetically, enums by
   * declaration); other keys in the map's own order only where it has one ({@code LinkedHashMap},
   * {@code SortedMap}, {@code EnumMap}).
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static List<Map.Entry<?, ?>> ordered(Args args, Map<?, ?> map) {
    List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
    Class<?> keyType = commonClass(map.keySet());
    if (map.isEmpty()) {
      return entries; // refused as empty by the caller
    }
    if (keyType != null && Comparable.class.isAssignableFrom(keyType)) {
      entries.sort((a, b) -> ((Comparable) a.getKey()).compareTo(b.getKey()));
      return entries;
    }
    if (map instanceof LinkedHashMap || map instanceof SortedMap || map instanceof EnumMap) {
      return entries;
    }
    throw args.fail(
        "the keys of a weighted map must be of one comparable type (strings, numbers, enums), or"
            + " the map must keep an order (LinkedHashMap, TreeMap), so that a seed gives the same"
            + " values on every run; got a "
            + map.getClass().getSimpleName()
            + " with keys "
            + map.keySet());
  }

  /** The class of every element, or {@code null} if they differ or one is null. */
  private static Class<?> commonClass(Collection<?> values) {
    Class<?> common = null;
    for (Object value : values) {
      if (value == null) {
        return null;
      }
      Class<?> type =
          value instanceof Enum ? ((Enum<?>) value).getDeclaringClass() : value.getClass();
      if (common == null) {
        common = type;
      } else if (common != type) {
        return null;
      }
    }
    return common;
  }

  private static IllegalArgumentException arity(Args args, List<?> all) {
    return args.fail(
        "wrong number of arguments: expected "
            + USAGE
            + ", got "
            + all.size()
            + " "
            + Arrays.toString(all.toArray()));
  }

  private static Generator weighted(Args args, List<Object> values, Collection<Double> weights) {
    if (values.isEmpty()) {
      throw args.fail("choice values must not be empty");
    }
    double[] w = new double[weights.size()];
    int i = 0;
    double total = 0;
    for (double weight : weights) {
      w[i++] = weight;
      total += weight;
    }
    if (!(total > 0) || Double.isInfinite(total)) {
      throw args.fail("choice weights must add up to a positive finite number, got " + weights);
    }
    return new Choices(values, w);
  }

  private static List<Object> values(Args args, List<?> raw) {
    if (raw.isEmpty()) {
      throw args.fail("choice values must not be empty");
    }
    List<Object> values = new ArrayList<>(raw.size());
    for (Object value : raw) {
      values.add(value(args, value));
    }
    return values;
  }

  private static Object value(Args args, Object value) {
    if (value == null) {
      throw args.fail("choice values must not be null");
    }
    return value;
  }

  private static double weight(Args args, Object value, Object raw) {
    if (!(raw instanceof Number)) {
      throw args.fail("the weight of '" + value + "' must be a number, got " + Args.describe(raw));
    }
    double weight = ((Number) raw).doubleValue();
    if (!(weight >= 0) || Double.isInfinite(weight)) {
      throw args.fail("the weight of '" + value + "' must be finite and >= 0, got " + weight);
    }
    return weight;
  }

  /** One of a list of values, uniformly or by weight. */
  public static final class Choices extends Generator {
    private final Object[] values;
    private final WeightedTable weighted;
    private final Object[] domain;
    private final Class<?> type;

    /**
     * Creates the generator.
     *
     * @param values the values, at least one
     * @param weights one weight per value, or {@code null} for uniform
     */
    public Choices(List<?> values, double[] weights) {
      this.values = values.toArray();
      Class<?> common = commonClass(values);
      this.type = common == null ? Object.class : common;
      if (weights == null) {
        this.weighted = null;
      } else {
        // The table draws an index as text; the value is looked up, so any type can be weighted.
        String[] indexes = new String[this.values.length];
        for (int i = 0; i < indexes.length; i++) {
          indexes[i] = Integer.toString(i);
        }
        this.weighted = WeightedTable.of(indexes, weights);
      }
      List<Object> reachable = new ArrayList<>();
      HashSet<Object> seen = new HashSet<>();
      for (int i = 0; i < this.values.length; i++) {
        if ((weights == null || weights[i] > 0) && seen.add(this.values[i])) {
          reachable.add(this.values[i]);
        }
      }
      this.domain = reachable.toArray();
    }

    @Override
    public Class<?> valueType() {
      return type;
    }

    @Override
    public Object next(RandomSource random) {
      return weighted != null
          ? values[weighted.drawIndex(random.nextLong())]
          : values[RandomSource.index(random.nextLong() >>> 32, values.length)];
    }

    @Override
    public long domainSize() {
      return domain.length;
    }

    @Override
    public Object valueAt(long index) {
      return domain[(int) index];
    }

    @Override
    public String toString() {
      return "choice" + Arrays.toString(values);
    }
  }

  /** Constants of an enum, uniformly. */
  public static final class Constants extends Generator {
    private final Object[] values;
    private final Class<?> type;

    /**
     * Creates the generator.
     *
     * @param type the enum class, with at least one constant
     */
    public Constants(Class<?> type) {
      this.type = type;
      this.values = type.getEnumConstants();
    }

    @Override
    public Class<?> valueType() {
      return type;
    }

    @Override
    public Object next(RandomSource random) {
      return values[RandomSource.index(random.nextLong() >>> 32, values.length)];
    }

    @Override
    public long domainSize() {
      return values.length;
    }

    @Override
    public Object valueAt(long index) {
      return values[(int) index];
    }
  }
}
