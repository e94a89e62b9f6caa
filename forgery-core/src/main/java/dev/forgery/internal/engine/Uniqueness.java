package dev.forgery.internal.engine;

import dev.forgery.internal.random.RandomSource;
import dev.forgery.internal.random.Seeds;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The uniqueness pass: makes the values of a schema's unique fields distinct, in row order from row
 * 0, by drawing a repeated cell again from its retry seeds; past a field's budget it takes the
 * first value not seen yet from a seeded point of a known domain, or fails for an unknown one.
 * Nulls are exempt, as in SQL.
 *
 * <p>One pass for every output (rows, maps, columns, streams, writers and Java records), holding
 * the values seen so far per unique field, so that the outputs agree value for value. It runs after
 * a batch's rows are drawn, or row by row as a stream or a writer hands them out; a redraw depends
 * only on the cell and the values seen before it, never on threads or blocks.
 */
final class Uniqueness {
  /**
   * Fewest redraws allowed per cell of a unique field before giving up (unknown domain) or taking a
   * value not drawn yet from the domain (known domain); an unknown domain's budget also grows with
   * the values found so far.
   */
  static final int MAX_RETRIES = 1_000;

  private final CompiledSchema schema;

  /** Per field, the values seen so far, or {@code null} if the field is not unique. */
  private final List<Set<Object>> seen;

  /** Per field, the redraws allowed per cell. */
  private final int[] retries;

  /**
   * Starts the pass with no values seen.
   *
   * @param schema the schema, which has unique fields
   * @param expected how many rows are likely to pass, to size the sets
   */
  Uniqueness(CompiledSchema schema, int expected) {
    this.schema = schema;
    int width = schema.width();
    seen = new ArrayList<>(width);
    retries = new int[width];
    int capacity = (int) Math.min(1 << 30, 2L * expected);
    for (int j = 0; j < width; j++) {
      seen.add(schema.field(j).unique() ? new HashSet<>(capacity) : null);
      // Filling a known domain to the last value is coupon collecting: the final value of a
      // d-value domain takes about d draws (more when weighted), so redrawing gets a budget that
      // grows with d, and past it the values not yet drawn are taken from the domain itself.
      long domain = schema.domainSize(j);
      retries[j] = (int) Math.max(MAX_RETRIES, Math.min(1L << 24, domain < 0 ? 0 : 2 * domain));
    }
  }

  /**
   * Makes one row's values distinct from the rows before it: what a stream or a writer does with
   * each row it hands out, in order.
   *
   * @param w the worker
   * @param base the dataset seed
   * @param row the row index
   * @param values the row's values, updated in place
   */
  void row(RandomSource w, long base, long row, Object[] values) {
    for (int j = 0; j < values.length; j++) {
      Set<Object> set = seen.get(j);
      if (set != null && values[j] != null) {
        values[j] = distinct(w, base, row, j, values[j], set);
      }
    }
  }

  /**
   * Makes the values of a batch's rows distinct, field by field, in row order.
   *
   * @param w the worker
   * @param base the dataset seed
   * @param from the index of {@code rows[0]} in the dataset
   * @param rows the rows, updated in place
   */
  void rows(RandomSource w, long base, long from, Object[][] rows) {
    for (int j = 0; j < seen.size(); j++) {
      Set<Object> set = seen.get(j);
      if (set == null) {
        continue;
      }
      for (int i = 0; i < rows.length; i++) {
        if (rows[i][j] != null) {
          rows[i][j] = distinct(w, base, from + i, j, rows[i][j], set);
        }
      }
    }
  }

  /**
   * Makes the values of a columnar batch distinct, field by field, in row order.
   *
   * @param w the worker
   * @param base the dataset seed
   * @param from the index of the batch's first row in the dataset
   * @param n the number of rows
   * @param arrays one column per field, updated in place
   * @param nulls per field, its null mask or {@code null}
   */
  void columns(RandomSource w, long base, long from, int n, Object[] arrays, boolean[][] nulls) {
    for (int j = 0; j < seen.size(); j++) {
      Set<Object> set = seen.get(j);
      if (set == null) {
        continue;
      }
      for (int i = 0; i < n; i++) {
        if (nulls[j] == null || !nulls[j][i]) {
          set(arrays[j], i, distinct(w, base, from + i, j, get(arrays[j], i), set));
        }
      }
    }
  }

  /**
   * Returns {@code value} if it is new, else draws the cell again with its retry seeds until a new
   * value comes; past the field's budget, takes the first value not seen yet from a seeded point of
   * a known domain, or fails for an unknown one.
   */
  private Object distinct(
      RandomSource w, long base, long row, int j, Object value, Set<Object> seen) {
    int attempt = 0;
    while (!seen.add(value)) {
      attempt++;
      long domain = schema.domainSize(j);
      int budget = domain < 0 ? unknownDomainBudget(retries[j], seen.size()) : retries[j];
      if (attempt > budget) {
        if (domain < 0 || seen.size() >= domain) {
          throw exhausted(j, budget, seen.size(), domain);
        }
        return unseen(w, base, row, j, seen, domain);
      }
      value = schema.draw(w, j, Seeds.retry(cellSeed(base, row, j), attempt));
    }
    return value;
  }

  /**
   * How many redraws in a row may repeat earlier values before a field of unknown size is taken to
   * have no more: 20 times the distinct values found (at least the field's retries). While one
   * value of {@code d} is still missing, {@code 20 d} repeats in a row come with odds of about
   * e<sup>-20</sup>, so a request for every value there is completes; with the distinct values
   * found as the budget it failed about one time in three at the last one.
   */
  static int unknownDomainBudget(int retries, int found) {
    return (int) Math.min(Integer.MAX_VALUE, Math.max(retries, 20L * found));
  }

  /** The first value of the domain not in {@code seen}, from a seeded start, wrapping around. */
  private Object unseen(RandomSource w, long base, long row, int j, Set<Object> seen, long domain) {
    w.reseed(Seeds.retry(cellSeed(base, row, j), 0));
    long start = Long.remainderUnsigned(w.nextLong(), domain);
    for (long k = 0; k < domain; k++) {
      Object candidate = schema.valueAt(j, (start + k) % domain);
      if (seen.add(candidate)) {
        return candidate;
      }
    }
    throw exhausted(j, 0, seen.size(), domain);
  }

  private long cellSeed(long base, long row, int j) {
    return schema.cellSeed(Seeds.row(base, row), j);
  }

  private IllegalStateException exhausted(int j, int budget, int found, long domain) {
    String why =
        domain >= 0
            ? "; it can take only " + domain + " distinct values"
            : " after "
                + budget
                + " draws in a row were all duplicates; the provider does not seem to supply more"
                + " distinct values";
    FieldSpec f = schema.field(j);
    return new IllegalStateException(
        "field '"
            + f.name()
            + "' ("
            + f.type()
            + ") is unique but stopped at "
            + found
            + " distinct values"
            + why);
  }

  private static Object get(Object array, int i) {
    if (array instanceof int[]) {
      return ((int[]) array)[i];
    }
    if (array instanceof double[]) {
      return ((double[]) array)[i];
    }
    if (array instanceof boolean[]) {
      return ((boolean[]) array)[i];
    }
    return ((Object[]) array)[i];
  }

  private static void set(Object array, int i, Object value) {
    if (array instanceof int[]) {
      ((int[]) array)[i] = (Integer) value;
    } else if (array instanceof double[]) {
      ((double[]) array)[i] = (Double) value;
    } else if (array instanceof boolean[]) {
      ((boolean[]) array)[i] = (Boolean) value;
    } else {
      ((Object[]) array)[i] = value;
    }
  }
}
