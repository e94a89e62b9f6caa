package dev.forgery.internal.data;

import dev.forgery.internal.random.RandomSource;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * A list of strings drawn in proportion to their weights in constant time (Walker's alias method,
 * built with Vose's stable construction).
 *
 * <p>Each draw consumes exactly one 64-bit value: the high 32 bits choose a column, the low bits
 * toss the biased coin between the column's own value and its alias. Threshold and alias are packed
 * into one {@code int} so a draw touches one small array slot before it reads the value; the coin
 * has {@code 32 - ceil(log2(size))} bits (15 for the 88,799 surnames), so a column's split is exact
 * to 1/32,768 of the column, far finer than the source frequencies. Instances are immutable and
 * shared by every {@code Faker} in the JVM.
 */
public final class WeightedTable {
  /** How many values {@link #fill} draws at once. */
  private static final int BLOCK = 256;

  /**
   * The values' strings as far as they are made. A table made from strings has them all from the
   * start. A table read from an ASCII file or an image makes them from {@link #text}: a table only
   * ever drawn as bytes (the surnames inside email addresses) never makes its strings; a single
   * draw ({@link #draw}) makes the one it draws, so a first surname makes one string, not all
   * 88,799 (4.3 MB on the way to a JVM's first surname); a batch or a read by index makes them all
   * ({@link #strings()}). The array is made once ({@link #cache()}); its elements are written
   * without a lock, so two threads may each make the same value's string, equal ones, and a thread
   * may not see another's: a {@code null} element only means "not made yet" (a string is safe to
   * share through such a race, its fields being final).
   */
  private volatile String[] values;

  /**
   * Every value's string, once something has asked for all of them ({@link #strings()}), else
   * {@code null}: an array filled before it is published, so never with a {@code null}.
   */
  private volatile String[] all;

  /** How many values: {@code columns.length}, kept for the case where {@link #values} is unmade. */
  private final int size;

  /**
   * One {@code int} per column: the coin threshold in the high {@code 32 - aliasBits} bits, the
   * alias index in the low {@code aliasBits}. Half the size of a {@code long} packing: for the
   * 88,799 surnames the array every draw reads at random shrinks from 710 KB to 355 KB.
   */
  private final int[] columns;

  private final int aliasBits;
  private final int aliasMask;
  private final int coinMask;

  /**
   * The byte layout, built on first use. A benign race: {@link WeightedBytes} has only final
   * fields, so a thread that sees the reference sees the whole table, and two threads racing at
   * worst build it twice.
   */
  private WeightedBytes bytes;

  /**
   * The values' bytes when the parser or a stored image had them at hand, else {@code null}; how
   * they encode the values is {@link #encoding}.
   */
  private final WeightedBytes.Text text;

  /** How {@link #text} encodes the values, or {@code null} if there is no text. */
  private final Encoding encoding;

  /** How a table's text ({@link WeightedBytes.Text}) encodes its values. */
  enum Encoding {
    /**
     * Every byte is an ASCII character: the byte mappings of {@link #map(UnaryOperator,
     * AsciiMapper)} apply.
     */
    ASCII,
    /** One byte per character, Latin-1: the byte layouts of {@link #bytes()} use it as it is. */
    LATIN1,
    /** UTF-8, for values beyond Latin-1 (Japanese): decoded into strings, never laid out. */
    UTF8
  }

  private WeightedTable(
      String[] values, int[] columns, WeightedBytes.Text text, Encoding encoding) {
    this.values = values;
    this.all = values;
    this.size = columns.length;
    this.columns = columns;
    this.text = text;
    this.encoding = text == null ? null : encoding;
    this.aliasBits = aliasBits(size);
    this.aliasMask = (int) ((1L << aliasBits) - 1);
    this.coinMask = (int) ((1L << (32 - aliasBits)) - 1);
  }

  /** Bits needed for an index below {@code n}; the coin gets the other {@code 32 - bits}. */
  private static int aliasBits(int n) {
    return Math.max(1, 32 - Integer.numberOfLeadingZeros(n - 1));
  }

  /**
   * Packs alias columns into ints. A column that always keeps its own value (threshold equal to the
   * coin range) becomes "never keep, alias to itself", which needs no extra threshold bit.
   */
  private static int[] pack(long[] wide, int n) {
    int bits = aliasBits(n);
    long always = 1L << (32 - bits);
    int[] packed = new int[n];
    for (int i = 0; i < n; i++) {
      long threshold = wide[i] >>> 32;
      int alias = (int) wide[i];
      packed[i] = threshold >= always ? i : (int) ((threshold << bits) | alias);
    }
    return packed;
  }

  /**
   * Builds a table; weights need not be normalised.
   *
   * @param values the values, at least one
   * @param weights one non-negative weight per value, not all zero
   * @return the table
   */
  public static WeightedTable of(String[] values, double[] weights) {
    return new WeightedTable(values.clone(), columns(values.length, weights), null, null);
  }

  /** Validates weights and builds their packed alias columns. */
  private static int[] columns(int n, double[] weights) {
    if (n == 0 || weights.length != n) {
      throw new IllegalArgumentException(
          "a weighted table needs one weight per value, got "
              + n
              + " values and "
              + weights.length
              + " weights");
    }
    double total = 0;
    for (double w : weights) {
      if (!(w >= 0) || Double.isInfinite(w)) {
        throw new IllegalArgumentException("weights must be finite and >= 0, got " + w);
      }
      total += w;
    }
    if (total <= 0) {
      throw new IllegalArgumentException("weights must not all be zero");
    }
    double coinScale = 1L << (32 - aliasBits(n));
    return pack(aliasColumns(weights, total, coinScale), n);
  }

  /**
   * Rebuilds a table from its stored form ({@link TableImage}): the alias columns as parsing its
   * text computed them, so the same draws.
   *
   * @param columns the packed alias columns
   * @param text the values' bytes
   * @param encoding how {@code text} encodes the values
   * @return the table
   */
  static WeightedTable ofColumns(int[] columns, WeightedBytes.Text text, Encoding encoding) {
    if (columns.length == 0 || columns.length != text.size()) {
      throw new IllegalArgumentException(
          "a stored table needs one column per value, got "
              + columns.length
              + " columns and "
              + text.size()
              + " values");
    }
    return new WeightedTable(null, columns, text, encoding);
  }

  /** The packed alias columns, for {@link TableImage}; not a copy. */
  int[] packedColumns() {
    return columns;
  }

  /**
   * The values as ASCII bytes, or {@code null} if the table was made from strings or its values are
   * not all ASCII.
   */
  WeightedBytes.Text asciiText() {
    return encoding == Encoding.ASCII ? text : null;
  }

  /**
   * The values as Latin-1 bytes, for {@link TableImage} and the byte layouts: the parser's or the
   * image's, or encoded now from the strings.
   *
   * @throws IllegalStateException if a value is not Latin-1
   */
  WeightedBytes.Text latin1Text() {
    return text != null && encoding != Encoding.UTF8
        ? text
        : WeightedBytes.Text.of(this, strings());
  }

  /**
   * Builds a table of ASCII values from their bytes alone: {@link #bytes()} need not encode them,
   * and their strings are made only if something draws strings. On the path to the first value a
   * JVM generates, that encoding and those strings are interpreted code: tens of milliseconds for
   * the surnames.
   *
   * @param weights one non-negative weight per value, not all zero
   * @param text the values as ASCII bytes
   * @return the table
   */
  static WeightedTable of(double[] weights, WeightedBytes.Text text) {
    return new WeightedTable(null, columns(text.size(), weights), text, Encoding.ASCII);
  }

  /**
   * Builds a table in which every value is equally likely.
   *
   * @param values the values, at least one
   * @return the table
   */
  public static WeightedTable uniform(String... values) {
    double[] weights = new double[values.length];
    Arrays.fill(weights, 1.0);
    return of(values, weights);
  }

  /**
   * Builds Walker alias columns with Vose's construction: column {@code i} keeps value {@code i}
   * when a coin of {@code coinScale} steps falls below the threshold in the column's high 32 bits,
   * else gives the value whose index is in the low 32 bits.
   *
   * @param weights non-negative weights, not all zero, already validated
   * @param total the sum of the weights
   * @param coinScale the number of coin steps, e.g. 2^31 for a 31-bit coin
   * @return one packed column per weight
   */
  public static long[] aliasColumns(double[] weights, double total, double coinScale) {
    int n = weights.length;
    // Vose's construction with two int stacks (no boxing: this runs once per table, but on the
    // first value's critical path, where boxing 88,799 surname indexes cost tens of milliseconds).
    double[] scaled = new double[n];
    int[] small = new int[n];
    int[] large = new int[n];
    int smallCount = 0;
    int largeCount = 0;
    for (int i = 0; i < n; i++) {
      scaled[i] = weights[i] * n / total;
      if (scaled[i] < 1.0) {
        small[smallCount++] = i;
      } else {
        large[largeCount++] = i;
      }
    }
    long[] columns = new long[n];
    while (smallCount > 0 && largeCount > 0) {
      int s = small[--smallCount];
      int l = large[--largeCount];
      columns[s] = pack(scaled[s], l, coinScale);
      scaled[l] = (scaled[l] + scaled[s]) - 1.0;
      if (scaled[l] < 1.0) {
        small[smallCount++] = l;
      } else {
        large[largeCount++] = l;
      }
    }
    // Leftovers are 1.0 up to rounding: they always keep their own value.
    while (largeCount > 0) {
      int i = large[--largeCount];
      columns[i] = pack(1.0, i, coinScale);
    }
    while (smallCount > 0) {
      int i = small[--smallCount];
      columns[i] = pack(1.0, i, coinScale);
    }
    return columns;
  }

  private static long pack(double probability, int alias, double coinScale) {
    long threshold = (long) Math.ceil(probability * coinScale);
    return (threshold << 32) | (alias & 0xFFFF_FFFFL);
  }

  /**
   * Returns a table with the same weights whose values are {@code mapper} applied to these values.
   *
   * @param mapper applied once to every value
   * @return a table sharing this table's alias columns
   */
  public WeightedTable map(UnaryOperator<String> mapper) {
    String[] strings = strings();
    String[] mapped = new String[strings.length];
    for (int i = 0; i < strings.length; i++) {
      mapped[i] = mapper.apply(strings[i]);
    }
    return new WeightedTable(mapped, columns, null, null);
  }

  /**
   * Maps the bytes of one ASCII value to the bytes of its image, for {@link #map(UnaryOperator,
   * AsciiMapper)}.
   */
  @FunctionalInterface
  public interface AsciiMapper {
    /**
     * Writes the image of {@code from[start, end)} at {@code into[at]}.
     *
     * @param from the bytes of all values
     * @param start the value's first byte
     * @param end after the value's last byte
     * @param into the destination, with room for {@code end - start} bytes at {@code at}, or {@link
     *     #MAX_GROWTH} more
     * @param at where the image's first byte goes
     * @return the position after the image's last byte
     */
    int map(byte[] from, int start, int end, byte[] into, int at);

    /** How many bytes longer than its value an image may be. */
    int MAX_GROWTH = 8;
  }

  /**
   * Returns {@link #map(UnaryOperator)}'s table, made from the values' bytes when this table has
   * them as ASCII (it was read from an ASCII file or its image): no string per value, which matters
   * on the path to a JVM's first value, where this runs interpreted.
   *
   * @param mapper applied to every value when this table has no bytes
   * @param ascii the same mapping on ASCII bytes; its images must be ASCII
   * @return a table sharing this table's alias columns
   */
  public WeightedTable map(UnaryOperator<String> mapper, AsciiMapper ascii) {
    if (encoding != Encoding.ASCII) {
      return map(mapper);
    }
    int n = size;
    int[] starts = text.starts();
    byte[] from = text.bytes();
    byte[] into = new byte[starts[n] + AsciiMapper.MAX_GROWTH + WeightedBytes.SLACK];
    int[] mappedStarts = new int[n + 1];
    int maxLength = 0;
    for (int i = 0; i < n; i++) {
      if (into.length - mappedStarts[i] < starts[i + 1] - starts[i] + AsciiMapper.MAX_GROWTH) {
        into = Arrays.copyOf(into, into.length * 2);
      }
      int end = ascii.map(from, starts[i], starts[i + 1], into, mappedStarts[i]);
      mappedStarts[i + 1] = end;
      maxLength = Math.max(maxLength, end - mappedStarts[i]);
    }
    byte[] padded = Arrays.copyOf(into, mappedStarts[n] + WeightedBytes.SLACK);
    return new WeightedTable(
        null, columns, new WeightedBytes.Text(padded, mappedStarts, maxLength), Encoding.ASCII);
  }

  /** Every value's string, made from the text the first time something asks for them all. */
  private String[] strings() {
    String[] strings = all;
    if (strings == null) {
      String[] made = cache();
      strings = new String[size];
      for (int i = 0; i < size; i++) {
        String value = made[i];
        strings[i] = value != null ? value : decode(i);
      }
      all = strings;
      values = strings;
    }
    return strings;
  }

  /** The value at {@code index}, made from the text the first time it is asked for and kept. */
  private String string(int index) {
    String[] strings = values;
    if (strings == null) {
      strings = cache();
    }
    String value = strings[index];
    return value != null ? value : (strings[index] = decode(index));
  }

  /** Makes {@link #values}, once: every thread then fills the one array. */
  private synchronized String[] cache() {
    String[] strings = values;
    if (strings == null) {
      strings = new String[size];
      values = strings;
    }
    return strings;
  }

  /** One value's string, made from the text. */
  private String decode(int index) {
    if (encoding != Encoding.UTF8) {
      return text.string(index);
    }
    int[] starts = text.starts();
    return new String(
        text.bytes(), starts[index], starts[index + 1] - starts[index], StandardCharsets.UTF_8);
  }

  /**
   * Draws one value.
   *
   * @param random the source of the one 64-bit value this draw consumes
   * @return a value, chosen with probability proportional to its weight
   */
  public String draw(RandomSource random) {
    return string(drawIndex(random.nextLong()));
  }

  /**
   * Fills {@code out[at, at + count)} with draws, restarting {@code random} at {@code seeds[k]}
   * before draw {@code k} unless {@code seeds} is null: the same as that many calls of {@link
   * #draw(RandomSource)}. The random values of a block are fetched in one call ({@link
   * RandomSource#nextLongs(long[], int, int, int, long[])}), so the generator's state stays in a
   * register, and the table reads of a block overlap.
   *
   * @param random consumes one value per draw
   * @param seeds one seed per draw, or {@code null} to draw all from one stream
   * @param out the destination
   * @param at where the first value goes
   * @param count how many values
   */
  public void fill(RandomSource random, long[] seeds, Object[] out, int at, int count) {
    // A batch makes every string at once: a loop that may have to make one cannot be unrolled
    // (street names in batches took a quarter longer when each was made as first drawn).
    String[] strings = strings();
    long[] draws = new long[Math.min(BLOCK, count)];
    for (int start = 0; start < count; start += BLOCK) {
      int n = Math.min(BLOCK, count - start);
      random.nextLongs(seeds, start, n, 1, draws);
      for (int k = 0; k < n; k++) {
        out[at + start + k] = strings[drawIndex(draws[k])];
      }
    }
  }

  /**
   * Maps 64 random bits to a value index.
   *
   * @param bits 64 uniformly random bits
   * @return an index into {@link #value(int)}
   */
  public int drawIndex(long bits) {
    int column = RandomSource.index(bits >>> 32, columns.length);
    int entry = columns[column];
    int coin = (int) bits & coinMask;
    // Branch-free, as in WeightedBytes.draw: keep is all ones when coin < threshold.
    int keep = (coin - (entry >>> aliasBits)) >> 31;
    int alias = entry & aliasMask;
    return alias ^ ((alias ^ column) & keep);
  }

  /**
   * Tells whether every value is Latin-1, the text {@link #bytes()} lays out. Free for a table read
   * from an ASCII file or an image, whose bytes were kept; otherwise one pass over the values.
   *
   * @return whether {@link #bytes()} can encode the values
   */
  public boolean latin1() {
    if (text != null) {
      return encoding != Encoding.UTF8;
    }
    for (String value : strings()) {
      for (int k = 0; k < value.length(); k++) {
        if (value.charAt(k) > 0xFF) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Returns this table laid out for composing strings from several draws; it picks the same value
   * as {@link #drawIndex(long)} for the same bits.
   *
   * @return the shared byte layout of this table
   * @throws IllegalStateException if a value is not Latin-1 or the table is too large to pack
   */
  public WeightedBytes bytes() {
    WeightedBytes b = bytes;
    if (b == null) {
      b = WeightedBytes.of(this, latin1Text(), 0, columns, aliasBits);
      bytes = b;
    }
    return b;
  }

  /**
   * Lays out several tables in one byte array, so that a reference drawn from any of them can be
   * measured, truncated and copied by any of them (see {@link WeightedBytes#sharesText}): a string
   * composed from draws of different tables, such as an email address whose first part is a first
   * name or a surname depending on its pattern, then copies every part the same way instead of
   * first choosing the table to copy from. Each layout picks the same value as its table's {@link
   * #drawIndex(long)} for the same bits.
   *
   * @param tables the tables, at least one
   * @return one layout per table, in order
   * @throws IllegalStateException if a value is not Latin-1 or a table is too large to pack
   */
  public static WeightedBytes[] sharedBytes(WeightedTable... tables) {
    // Smaller tables first: they have the wider coins, so their columns have the least room for
    // offsets, and the values at the start of the text have the smallest ones.
    Integer[] order = new Integer[tables.length];
    for (int t = 0; t < tables.length; t++) {
      order[t] = t;
    }
    Arrays.sort(order, (a, b) -> Integer.compare(tables[a].size, tables[b].size));
    int[] firsts = new int[tables.length];
    int at = 0;
    for (int t : order) {
      firsts[t] = at;
      at += tables[t].size;
    }
    WeightedBytes.Text[] texts = new WeightedBytes.Text[tables.length];
    for (int k = 0; k < order.length; k++) {
      texts[k] = tables[order[k]].latin1Text();
    }
    WeightedBytes.Text text = WeightedBytes.Text.concat(texts);
    WeightedBytes[] layouts = new WeightedBytes[tables.length];
    for (int t = 0; t < tables.length; t++) {
      layouts[t] =
          WeightedBytes.of(tables[t], text, firsts[t], tables[t].columns, tables[t].aliasBits);
    }
    return layouts;
  }

  /**
   * Names the table in messages by its size and first value, e.g. {@code table of 3 values starting
   * with 'Smith'}. Only messages call it: building the name on every table's way to its first value
   * would link a string concatenation there.
   *
   * @return the description
   */
  @Override
  public String toString() {
    String first = valueAlone(0);
    return "table of " + size + " values starting with '" + first + "'";
  }

  /**
   * Returns the value at {@code index}.
   *
   * @param index from 0 to {@code size() - 1}
   * @return the value
   */
  public String value(int index) {
    return strings()[index];
  }

  /**
   * Returns the value at {@code index} without keeping its string: the string {@link #value} would
   * return if it is made, else one made now from the stored text, equal to it (and made again on
   * the next call). For callers that keep what they make of it, such as the address rows split on
   * their first draw: the table then keeps no string of a row whose parts are kept.
   *
   * @param index from 0 to {@code size() - 1}
   * @return the value
   */
  public String valueAlone(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("index " + index + " out of 0.." + (size - 1));
    }
    String[] strings = values;
    String made = strings != null ? strings[index] : null;
    return made != null ? made : decode(index);
  }

  /**
   * Returns every value, in table order: the domain a unique batch falls back on.
   *
   * @return a new array
   */
  public String[] values() {
    return strings().clone();
  }

  /**
   * Returns the number of distinct entries.
   *
   * @return the size
   */
  public int size() {
    return size;
  }
}
