package dev.forgery.internal.registry;

import java.time.LocalDate;

/**
 * The one table of defaults: what every entry point uses when the caller does not say. The faker's
 * methods, schema types, records and objects, and the JUnit extension all read these, so {@code
 * date} or an inferred {@code age} means the same range everywhere.
 *
 * <table>
 *   <caption>Defaults</caption>
 *   <tr><th>what</th><th>default</th></tr>
 *   <tr><td>{@code integer} ({@code int}), any integral type</td><td>0..100, inclusive</td></tr>
 *   <tr><td>{@code doubleValue} ({@code float}), any floating type</td><td>[0, 1)</td></tr>
 *   <tr><td>{@code date}, {@code LocalDate}</td><td>1970-01-01..2030-12-31</td></tr>
 *   <tr><td>{@code dateTime}, {@code LocalDateTime}</td><td>1970-01-01T00:00..2030-12-31T23:59:59
 *   </td></tr>
 *   <tr><td>{@code dateOfBirth}</td><td>ages 18..100 on 2026-01-01</td></tr>
 *   <tr><td>an inferred {@code age}</td><td>18..80</td></tr>
 *   <tr><td>{@code text}</td><td>50..200 characters</td></tr>
 *   <tr><td>{@code bool}</td><td>true with probability 0.5</td></tr>
 *   <tr><td>a collection's size</td><td>10</td></tr>
 *   <tr><td>a class recurring below itself in an object</td><td>once as a single value, then
 *   cut; as a collection's elements, cut at once but in a collection of its own class</td></tr>
 *   <tr><td>objects one object holds, nested ones included</td><td>at most 10,000</td></tr>
 * </table>
 */
public final class Defaults {
  /** Smallest value of an integer drawn without bounds. */
  public static final int INT_MIN = 0;

  /** Largest value of an integer drawn without bounds. */
  public static final int INT_MAX = 100;

  /** Lower bound, inclusive, of a double drawn without bounds. */
  public static final double DOUBLE_MIN = 0.0;

  /** Upper bound, exclusive, of a double drawn without bounds. */
  public static final double DOUBLE_MAX = 1.0;

  /** First date drawn without bounds. */
  public static final LocalDate DATE_START = LocalDate.of(1970, 1, 1);

  /** Last date drawn without bounds. */
  public static final LocalDate DATE_END = LocalDate.of(2030, 12, 31);

  /** Youngest age an inferred {@code age} takes. */
  public static final int AGE_MIN = 18;

  /** Oldest age an inferred {@code age} takes. */
  public static final int AGE_MAX = 80;

  /** Youngest age a date of birth drawn without bounds gives ({@code dateOfBirth}). */
  public static final int BIRTH_AGE_MIN = 18;

  /** Oldest age a date of birth drawn without bounds gives ({@code dateOfBirth}). */
  public static final int BIRTH_AGE_MAX = 100;

  /**
   * Days before {@code today()} an inferred past timestamp ({@code createdAt}, {@code lastLogin})
   * may reach: three years, so records look recently active.
   */
  public static final int RECENT_PAST_DAYS = 3 * 365;

  /**
   * Days after {@code today()} an inferred near-future timestamp ({@code expiresAt}, {@code
   * dueDate}) may reach: a year.
   */
  public static final int NEAR_FUTURE_DAYS = 365;

  /** Shortest text drawn without bounds. */
  public static final int TEXT_MIN_CHARS = 50;

  /** Longest text drawn without bounds. */
  public static final int TEXT_MAX_CHARS = 200;

  /** Elements of a collection filled without a size. */
  public static final int COLLECTION_SIZE = 10;

  /**
   * How many times a class may recur below itself along one path of an object, as a single value (a
   * property or an {@code Optional}'s value) or as the elements of a collection of its own class:
   * {@code 1}, so an employee's manager is an employee whose manager is {@code null}, and a tree
   * node's children are nodes with no children. Where the next recurrence would be, an object is
   * {@code null} and a collection, map, array or {@code Optional} of it is empty. A class met again
   * as the elements of another class's collection (the back-reference {@code
   * Order.customer.orders}) does not recur at all: that collection is empty.
   */
  public static final int RECURSION_DEPTH = 1;

  /**
   * How many objects one requested object may hold, itself and every nested object counted as the
   * plan estimates them (each collection full, each {@code Optional} present): a plan over it is
   * refused when it is built, naming the path that multiplies most, rather than filling memory.
   */
  public static final int OBJECTS_PER_ROOT = 10_000;

  private Defaults() {}
}
