package dev.forgery.junit5;

import dev.forgery.Faker;
import dev.forgery.Provider;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Where the values of one {@code @Forged} target come from, already of the declared type: a
 * provider (named, inferred or bound to a range), the choices of {@code oneOf}, strings of a drawn
 * length, or objects filled property by property. A shape (one value, a {@code List}, a {@code
 * Set}, an array...) asks it for one value, for {@code n}, or for {@code n} distinct ones.
 */
abstract class Source {
  /** The target, for messages. */
  final Forger.Target target;

  /** The faker the values follow. */
  final Faker faker;

  Source(Forger.Target target, Faker faker) {
    this.target = target;
    this.faker = faker;
  }

  /** Draws one value. */
  abstract Object one();

  /** Draws {@code n} values. */
  List<Object> many(int n) {
    List<Object> values = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      values.add(one());
    }
    return Collections.unmodifiableList(values);
  }

  /** Draws {@code n} distinct values, or fails naming the target and how many there are. */
  List<Object> distinct(int n) {
    return new ArrayList<>(redrawn(n, "unique = true with size = " + n, "drop unique = true"));
  }

  /**
   * Draws until {@code n} values are distinct: for sources whose number of values is not known. It
   * gives up only after {@link #patience} draws in a row that all repeat earlier values, so a
   * request close to the number of values there are still completes: the last missing value of
   * {@code n} takes {@code n} draws on average, and {@code 20 n} repeats in a row happen with odds
   * of about e<sup>-20</sup> while one is still missing.
   *
   * @param n how many
   * @param what what asked for them, e.g. {@code a Set of 10}
   * @param otherwise the alternative the message offers
   * @return the values in the order first drawn
   */
  final Set<Object> redrawn(int n, String what, String otherwise) {
    Set<Object> set = new LinkedHashSet<>();
    long patience = patience(n);
    for (long repeats = 0; set.size() < n && repeats < patience; ) {
      repeats = set.add(one()) ? 0 : repeats + 1;
    }
    if (set.size() < n) {
      throw Forger.fail(
          target,
          "found only "
              + set.size()
              + " distinct values for "
              + what
              + " ("
              + patience
              + " draws in a row repeated values already drawn)",
          "Lower @Forged(size = ...), or " + otherwise + ".");
    }
    return set;
  }

  /** How many draws in a row may repeat earlier values before {@link #redrawn} gives up. */
  static long patience(int n) {
    return Math.max(1_000L, 20L * n);
  }

  /** Values drawn one at a time by a function, such as objects filled property by property. */
  static Source of(Forger.Target target, Faker faker, Function<Faker, Object> draw) {
    return new Source(target, faker) {
      @Override
      Object one() {
        return draw.apply(faker);
      }
    };
  }

  /** A provider's values, converted to the declared type. */
  static final class Drawn extends Source {
    private final Provider<?> provider;
    private final Class<?> type;
    private final Function<Object, Object> convert;

    /**
     * Draws from {@code provider}.
     *
     * @param target the target
     * @param faker the faker the provider belongs to
     * @param provider the provider
     * @param type the declared (boxed) type; when the provider's values are of it, batches are
     *     handed over unconverted
     * @param convert turns a provider value into a value of {@code type}
     */
    Drawn(
        Forger.Target target,
        Faker faker,
        Provider<?> provider,
        Class<?> type,
        Function<Object, Object> convert) {
      super(target, faker);
      this.provider = provider;
      this.type = type;
      this.convert = convert;
    }

    @Override
    Object one() {
      return convert.apply(provider.next());
    }

    @Override
    List<Object> many(int n) {
      // One batch call, the provider's fast path, then conversion only where types differ.
      List<?> drawn = provider.next(n);
      return type == provider.type() ? Collections.unmodifiableList(drawn) : converted(drawn);
    }

    @Override
    List<Object> distinct(int n) {
      if (!drawsAsNamed()) {
        // A provider that makes its values from another's (a Duration from a number of seconds):
        // the faker's unique draw would give that other provider's values.
        return new ArrayList<>(redrawn(n, "unique = true with size = " + n, "drop unique = true"));
      }
      List<Object> drawn;
      try {
        drawn = faker.unique(provider.name(), n, provider.arguments().toArray());
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw Forger.fail(
            target,
            "unique = true asks for "
                + n
                + " distinct values, more than provider '"
                + provider.name()
                + "' gives ("
                + e.getMessage()
                + ")",
            "Lower @Forged(size = ...), widen the values, or drop unique = true.");
      }
      List<Object> values = converted(drawn);
      int distinct = new HashSet<>(values).size();
      if (distinct < n) {
        throw Forger.fail(
            target,
            "unique = true asks for "
                + n
                + " distinct values, and only "
                + distinct
                + " stay distinct once converted to "
                + type.getSimpleName(),
            "Widen the range, lower @Forged(size = ...), or declare a wider type.");
      }
      return values;
    }

    /**
     * Whether the faker's provider of this provider's name and arguments gives the same values:
     * then {@link Faker#unique} draws them, knowing how many distinct ones a range holds.
     */
    private boolean drawsAsNamed() {
      if (provider.type() == Object.class) {
        return true; // a custom provider, registered under its name
      }
      try {
        Class<?> named = faker.provider(provider.name(), provider.arguments().toArray()).type();
        // Numbers of another width are converted exactly, value by value, to the target's.
        return named == provider.type()
            || (Number.class.isAssignableFrom(named)
                && Number.class.isAssignableFrom(provider.type()));
      } catch (RuntimeException e) {
        return false;
      }
    }

    private List<Object> converted(List<?> values) {
      Object[] out = new Object[values.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = convert.apply(values.get(i));
      }
      return Collections.unmodifiableList(Arrays.asList(out));
    }
  }

  /** The values of {@code oneOf}, each equally likely. */
  static final class Choices extends Source {
    private final List<Object> values;

    /**
     * Chooses from {@code values}.
     *
     * @param target the target
     * @param faker the faker
     * @param values the choices, already of the declared type, at least one
     */
    Choices(Forger.Target target, Faker faker, List<Object> values) {
      super(target, faker);
      this.values = List.copyOf(values);
    }

    @Override
    Object one() {
      return faker.oneOf(values);
    }

    @Override
    List<Object> many(int n) {
      return faker.oneOf(n, values);
    }

    @Override
    List<Object> distinct(int n) {
      List<Object> pool = new ArrayList<>(new LinkedHashSet<>(values));
      if (pool.size() < n) {
        throw Forger.fail(
            target,
            "unique = true asks for "
                + n
                + " distinct values, and oneOf holds only "
                + pool.size()
                + ": "
                + pool,
            "Lower @Forged(size = ...) to at most "
                + pool.size()
                + ", list more values, or drop unique = true.");
      }
      // The first n steps of a Fisher-Yates shuffle: n values without repeats, each order equally
      // likely.
      for (int i = 0; i < n; i++) {
        Collections.swap(pool, i, faker.integer(i, pool.size() - 1));
      }
      return Collections.unmodifiableList(new ArrayList<>(pool.subList(0, n)));
    }
  }

  /**
   * Strings of a provider that draws strings of one length ({@code letters}, {@code digits}...),
   * with the length drawn between a range's ends for each value.
   */
  static final class Lengths extends Source {
    private final String name;
    private final Provider<?> lengths;
    private final Map<Integer, Provider<?>> byLength = new HashMap<>();

    /**
     * Draws strings of lengths {@code min..max}.
     *
     * @param target the target
     * @param faker the faker
     * @param name the provider, which takes one argument: the length
     * @param min the shortest length
     * @param max the longest length, {@code >= min}
     * @throws IllegalArgumentException if the provider refuses a length of the range
     */
    Lengths(Forger.Target target, Faker faker, String name, int min, int max) {
      super(target, faker);
      this.name = name;
      // Both ends bound now: a length the provider refuses fails here, not in the test.
      provider(min);
      provider(max);
      this.lengths = faker.provider("integer", min, max);
    }

    @Override
    Object one() {
      return provider((Integer) lengths.next()).next();
    }

    private Provider<?> provider(int length) {
      return byLength.computeIfAbsent(length, n -> faker.provider(name, n));
    }
  }
}
