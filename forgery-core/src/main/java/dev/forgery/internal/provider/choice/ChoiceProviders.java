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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The definition of {@code choice}, one of given values uniformly or by weight (also the schema
 * keyword, and reachable as {@code oneOf} and {@code weighted}), and the generator of enum
 * constants.
 */
public final class ChoiceProviders {
  private ChoiceProviders() {}

  private static final String USAGE =
      "(List.of(\"a\", \"b\")), (List.of(\"a\", \"b\"), List.of(3, 1)),"
          + " (Map.of(\"a\", 3, \"b\", 1)) or (\"a\", \"b\", ...)";

  /** Every choice provider. */
  public static final List<ProviderDef> ALL =
      List.of(
          ProviderDef.define("choice", String.class, "one of the given values, by weight if given")
              .aliases("oneOf", "weighted")
              .params(new Param("values", "strings, a list, a list and weights, or a map", null))
              .binds((locale, args) -> choices(args)));

  private static Generator choices(Args args) {
    List<?> all = args.all();
    if (all.isEmpty()) {
      throw args.fail("choice needs values: " + USAGE);
    }
    Object first = all.get(0);
    if (first instanceof Map) {
      if (all.size() != 1) {
        throw arity(args, all);
      }
      // Sorted by value so that the draw does not depend on the map's iteration order.
      TreeMap<String, Double> sorted = new TreeMap<>();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) first).entrySet()) {
        String value = value(args, entry.getKey());
        sorted.put(value, weight(args, value, entry.getValue()));
      }
      return weighted(args, new ArrayList<>(sorted.keySet()), sorted.values());
    }
    if (first instanceof List) {
      List<String> values = values(args, (List<?>) first);
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

  private static IllegalArgumentException arity(Args args, List<?> all) {
    return args.fail(
        "wrong number of arguments: expected "
            + USAGE
            + ", got "
            + all.size()
            + " "
            + Arrays.toString(all.toArray()));
  }

  private static Generator weighted(Args args, List<String> values, Collection<Double> weights) {
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

  private static List<String> values(Args args, List<?> raw) {
    if (raw.isEmpty()) {
      throw args.fail("choice values must not be empty");
    }
    List<String> values = new ArrayList<>(raw.size());
    for (Object value : raw) {
      values.add(value(args, value));
    }
    return values;
  }

  private static String value(Args args, Object value) {
    if (!(value instanceof String)) {
      throw args.fail("choice values must be strings, got " + Args.describe(value));
    }
    return (String) value;
  }

  private static double weight(Args args, String value, Object raw) {
    if (!(raw instanceof Number)) {
      throw args.fail("the weight of '" + value + "' must be a number, got " + Args.describe(raw));
    }
    double weight = ((Number) raw).doubleValue();
    if (!(weight >= 0) || Double.isInfinite(weight)) {
      throw args.fail("the weight of '" + value + "' must be finite and >= 0, got " + weight);
    }
    return weight;
  }

  /** One of a list of strings, uniformly or by weight. */
  public static final class Choices extends Generator {
    private final String[] values;
    private final WeightedTable weighted;
    private final Object[] domain;

    /**
     * Creates the generator.
     *
     * @param values the values, at least one
     * @param weights one weight per value, or {@code null} for uniform
     */
    public Choices(List<String> values, double[] weights) {
      this.values = values.toArray(new String[0]);
      this.weighted = weights == null ? null : WeightedTable.of(this.values, weights);
      List<String> reachable = new ArrayList<>();
      HashSet<String> seen = new HashSet<>();
      for (int i = 0; i < this.values.length; i++) {
        if ((weights == null || weights[i] > 0) && seen.add(this.values[i])) {
          reachable.add(this.values[i]);
        }
      }
      this.domain = reachable.toArray();
    }

    @Override
    public Class<?> valueType() {
      return String.class;
    }

    @Override
    public Object next(RandomSource random) {
      return weighted != null
          ? weighted.draw(random)
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
