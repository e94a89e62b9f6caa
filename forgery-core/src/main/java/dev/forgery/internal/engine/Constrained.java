package dev.forgery.internal.engine;

import dev.forgery.internal.random.RandomSource;
import dev.forgery.internal.registry.Generator;
import java.util.List;
import java.util.function.Predicate;

/**
 * The values of a property under Bean Validation constraints: drawn from a few generators in order
 * of preference (the realistic one the property's name and type infer, then one the constraints
 * make), each value checked, and a value that fails drawn again from the same source, a bounded
 * number of times per generator, before the next generator is tried. {@link Constraints} keeps only
 * generators most of whose values pass, so the last one practically never runs out; if it does, the
 * draw fails loudly rather than return a value that breaks a constraint.
 *
 * <p>A value depends only on its cell's seed: a redraw continues the cell's own source, so the
 * values stay deterministic and a column ({@link #fill}) equals the same cells drawn one by one.
 * This is the rejection sampling the fixed-draws rule allows: a cell may consume more random
 * values, never another cell's.
 */
final class Constrained extends Generator {
  /**
   * One way to draw a property's values.
   *
   * @param gen the generator
   * @param what describes it, for messages
   */
  record Candidate(Generator gen, String what) {}

  private final Candidate[] candidates;
  private final int[] tries;
  private final Predicate<Object> admits;
  private final Class<?> type;
  private final String where;
  private final String constraints;

  /**
   * Creates the generator.
   *
   * @param candidates the generators, most realistic first
   * @param tries how many draws each may take per value
   * @param admits the check every value passes
   * @param type the value class
   * @param where names the property, for messages
   * @param constraints the constraints as messages write them
   */
  Constrained(
      List<Candidate> candidates,
      int[] tries,
      Predicate<Object> admits,
      Class<?> type,
      String where,
      String constraints) {
    this.candidates = candidates.toArray(new Candidate[0]);
    this.tries = tries.clone();
    this.admits = admits;
    this.type = type;
    this.where = where;
    this.constraints = constraints;
  }

  @Override
  public Class<?> valueType() {
    return type;
  }

  @Override
  public Object next(RandomSource random) {
    int draws = 0;
    for (int c = 0; c < candidates.length; c++) {
      Generator gen = candidates[c].gen();
      for (int t = 0; t < tries[c]; t++) {
        Object value = gen.next(random);
        if (admits.test(value)) {
          return value;
        }
      }
      draws += tries[c];
    }
    throw new IllegalStateException(
        "cannot fill "
            + where
            + ": "
            + draws
            + " draws gave no value that meets "
            + constraints
            + "; annotate it with @FakeWith(\"<provider>\") or pass a Schema override");
  }

  /**
   * Draws the column with the first generator's own column draw, then draws again, cell by cell,
   * the few cells whose values fail the check.
   */
  @Override
  public void fill(RandomSource random, long[] seeds, Object[] out, int at, int count) {
    candidates[0].gen().fill(random, seeds, out, at, count);
    for (int k = 0; k < count; k++) {
      if (!admits.test(out[at + k])) {
        random.reseed(seeds[k]);
        out[at + k] = next(random);
      }
    }
  }

  @Override
  public String toString() {
    return candidates[0].what() + " meeting " + constraints;
  }

  /**
   * A string fitted to a length: a drawn value cut to at most {@code max} characters (never inside
   * a surrogate pair, and without the spaces the cut leaves at its end where the minimum allows),
   * or padded to at least {@code min} with letters a-z drawn from the same source. How a realistic
   * value meets a {@code @Size} its values rarely meet on their own: {@code "Linda Garcia"} under
   * {@code @Size(max = 7)} is {@code "Linda G"}.
   */
  static final class Fitted extends Generator {
    private final Generator gen;
    private final int min;
    private final int max;

    /**
     * Creates the generator.
     *
     * @param gen draws the values to fit
     * @param min the fewest characters
     * @param max the most characters, {@code >= min}
     */
    Fitted(Generator gen, int min, int max) {
      this.gen = gen;
      this.min = min;
      this.max = max;
    }

    @Override
    public Class<?> valueType() {
      return String.class;
    }

    @Override
    public Object next(RandomSource random) {
      String s = String.valueOf(gen.next(random));
      int end = s.length();
      if (end > max) {
        end = max;
        if (end > 0 && Character.isHighSurrogate(s.charAt(end - 1))) {
          end--;
        }
        while (end > Math.max(min, 1) && Character.isWhitespace(s.charAt(end - 1))) {
          end--;
        }
      }
      StringBuilder out = new StringBuilder(Math.max(end, min)).append(s, 0, end);
      while (out.length() < min) {
        out.append((char) ('a' + random.nextBounded(26)));
      }
      return out.toString();
    }

    @Override
    public String toString() {
      return gen + " fitted to " + min + ".." + max + " characters";
    }
  }
}
