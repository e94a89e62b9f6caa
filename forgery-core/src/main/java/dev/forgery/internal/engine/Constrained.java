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
  static final class Fitted extends ToLength {
    /**
     * Creates the generator.
     *
     * @param gen draws the values to fit
     * @param min the fewest characters
     * @param max the most characters, {@code >= min}
     */
    Fitted(Generator gen, int min, int max) {
      super(gen, min, max);
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
      return letters(out, min - out.length(), random).toString();
    }
  }

  /** Strings fitted to a length: what {@link Fitted} and {@link FittedEmail} share. */
  abstract static class ToLength extends Generator {
    final Generator gen;
    final int min;
    final int max;

    ToLength(Generator gen, int min, int max) {
      this.gen = gen;
      this.min = min;
      this.max = max;
    }

    @Override
    public Class<?> valueType() {
      return String.class;
    }

    /** Appends {@code count} letters a-z drawn from {@code random}, none if it is not positive. */
    static StringBuilder letters(StringBuilder out, int count, RandomSource random) {
      for (int i = 0; i < count; i++) {
        out.append((char) ('a' + random.nextBounded(26)));
      }
      return out;
    }

    @Override
    public String toString() {
      return gen + " fitted to " + min + ".." + max + " characters";
    }
  }

  /**
   * Addresses whose local part is another generator's and whose domain is drawn on its own: how an
   * {@code @Email(regexp = ".*@acme\\.com")} gets {@code "linda.garcia@acme.com"}. The address is
   * drawn first, then the domain, from the same source.
   */
  static final class LocalAt extends Generator {
    private final Generator addresses;
    private final Generator domains;

    /**
     * Creates the generator.
     *
     * @param addresses draws the addresses whose local parts are kept
     * @param domains draws the domains
     */
    LocalAt(Generator addresses, Generator domains) {
      this.addresses = addresses;
      this.domains = domains;
    }

    @Override
    public Class<?> valueType() {
      return String.class;
    }

    @Override
    public Object next(RandomSource random) {
      String address = String.valueOf(addresses.next(random));
      int at = address.lastIndexOf('@');
      return (at < 0 ? address : address.substring(0, at)) + "@" + domains.next(random);
    }

    @Override
    public String toString() {
      return "local parts of " + addresses + " at " + domains;
    }
  }

  /**
   * Addresses fitted to a {@code @Size}: one that is too long keeps its domain if a local part of
   * two characters still fits before it, else shortens it to its first letter and top-level label
   * ({@code gmail.com} to {@code g.com}), else to its first letter, and cuts its local part to the
   * rest, without the dot, underscore or hyphen a cut may leave at its end; one that is too short
   * gets letters a-z, drawn from the same source, at the end of its local part, up to {@value
   * #LOCAL_MAX} characters. {@code "lindagarcia@gmail.com"} under {@code @Size(max = 12)} is {@code
   * "li@gmail.com"}, under {@code @Size(max = 8)} {@code "li@g.com"}.
   */
  static final class FittedEmail extends ToLength {
    /** The fewest characters of an address made here: {@code l@g}. */
    static final int SHORTEST = 3;

    /** The most characters of a local part (RFC 5321, and Hibernate Validator's limit). */
    static final int LOCAL_MAX = 64;

    /**
     * Creates the generator.
     *
     * @param gen draws the addresses to fit
     * @param min the fewest characters
     * @param max the most characters, {@code >= min}
     */
    FittedEmail(Generator gen, int min, int max) {
      super(gen, min, max);
    }

    @Override
    public Object next(RandomSource random) {
      String address = String.valueOf(gen.next(random));
      int at = address.lastIndexOf('@');
      int n = address.length();
      if (at < 1 || at == n - 1 || (n >= min && n <= max) || max < SHORTEST) {
        return address; // the check rejects what cannot be fitted
      }
      String local = address.substring(0, at);
      String domain = address.substring(at + 1);
      if (n > max) {
        if (domain.length() + 3 > max) {
          int dot = domain.lastIndexOf('.');
          String shorter = dot > 0 ? domain.charAt(0) + domain.substring(dot) : domain;
          domain = shorter.length() + 2 <= max ? shorter : domain.substring(0, 1);
        }
        int end = Math.min(local.length(), max - 1 - domain.length());
        while (end > 1 && ".-_".indexOf(local.charAt(end - 1)) >= 0) {
          end--;
        }
        local = local.substring(0, end);
      }
      int pad = Math.min(min - local.length() - 1 - domain.length(), LOCAL_MAX - local.length());
      return letters(new StringBuilder(local), pad, random).append('@').append(domain).toString();
    }
  }
}
