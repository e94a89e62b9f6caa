package dev.forgery.internal.provider.pattern;

import dev.forgery.internal.random.Bounded;
import dev.forgery.internal.random.RandomSource;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Makes strings that match a regular expression, for the subset of {@code java.util.regex} that
 * describes a shape rather than a search:
 *
 * <ul>
 *   <li>literal characters and escaped metacharacters ({@code \.}, {@code \\}, {@code \-}...),
 *       {@code \t}, {@code \n}, {@code \r};
 *   <li>{@code .} (a printable ASCII character), {@code \d}, {@code \w}, {@code \s} and their
 *       negations {@code \D}, {@code \W}, {@code \S}, drawn from printable ASCII;
 *   <li>bracket classes: {@code [abc]}, ranges {@code [a-z0-9_]}, negation {@code [^,]} (over
 *       printable ASCII), and the escapes above inside them;
 *   <li>groups {@code (...)}, {@code (?:...)}, {@code (?<name>...)} and alternation {@code a|b},
 *       each alternative equally likely;
 *   <li>quantifiers {@code ?}, {@code *}, {@code +}, {@code {n}}, {@code {n,}}, {@code {n,m}}, also
 *       lazy ({@code *?}); a count is uniform over its range. An unbounded quantifier repeats at
 *       most {@value #UNBOUNDED_EXTRA} times more than its minimum: {@code *} is 0 to 8 times,
 *       {@code +} 1 to 9;
 *   <li>{@code ^} at the start and {@code $} at the end, which change nothing here.
 * </ul>
 *
 * <p>Everything else fails with an {@link IllegalArgumentException} naming the construct and its
 * position: back-references, lookarounds, possessive quantifiers, word boundaries, inline flags,
 * Unicode classes ({@code \p{...}}), intersections. Every value matches its pattern under {@link
 * Pattern#matches}.
 */
public final class Regexes {
  /** How many repetitions beyond its minimum an unbounded quantifier may make. */
  public static final int UNBOUNDED_EXTRA = 8;

  /** The longest fixed-length pattern drawn position by position from a table of sets. */
  private static final int MAX_FIXED = 4_096;

  /** How many random values a batch of a fixed-length pattern fetches at once. */
  private static final int BLOCK = 512;

  /** The largest count a quantifier may state, a guard against runaway strings. */
  public static final int MAX_COUNT = 1_000;

  private static final char[] PRINTABLE = range(' ', '~');
  private static final char[] DIGITS = range('0', '9');
  private static final char[] WORD =
      concat(range('a', 'z'), range('A', 'Z'), DIGITS, new char[] {'_'});
  private static final char[] SPACE = {' ', '\t', '\n', '\u000B', '\f', '\r'};

  private final String regex;
  private int at;

  private Regexes(String regex) {
    this.regex = regex;
  }

  /** One piece of a compiled pattern, appending what it draws. */
  public interface Node {
    /**
     * Appends one drawn string.
     *
     * @param random the source
     * @param out where to append
     */
    void draw(RandomSource random, StringBuilder out);

    /**
     * Appends the character set of each position this node always produces, if it produces a fixed
     * number of characters; patterns such as {@code [A-Z]{3}-\\d{4}} are then drawn into one array,
     * without a builder.
     *
     * @param positions where to append one set per position
     * @return {@code false} if the length varies (alternation, a ranged quantifier)
     */
    default boolean flatten(List<char[]> positions) {
      return false;
    }
  }

  /** A node that always appends one character of a set. */
  private static final class Chars implements Node {
    private final char[] set;

    Chars(char[] set) {
      this.set = set;
    }

    @Override
    public void draw(RandomSource random, StringBuilder out) {
      out.append(set.length == 1 ? set[0] : set[(int) random.nextBounded(set.length)]);
    }

    @Override
    public boolean flatten(List<char[]> positions) {
      positions.add(set);
      return true;
    }
  }

  /** Parts in order. */
  private static final class Sequence implements Node {
    private final Node[] parts;

    Sequence(Node[] parts) {
      this.parts = parts;
    }

    @Override
    public void draw(RandomSource random, StringBuilder out) {
      for (Node part : parts) {
        part.draw(random, out);
      }
    }

    @Override
    public boolean flatten(List<char[]> positions) {
      for (Node part : parts) {
        if (!part.flatten(positions)) {
          return false;
        }
      }
      return true;
    }
  }

  /** One node repeated a number of times in a range. */
  private static final class Repeat implements Node {
    private final Node atom;
    private final int min;
    private final int span;

    Repeat(Node atom, int min, int max) {
      this.atom = atom;
      this.min = min;
      this.span = max - min + 1;
    }

    @Override
    public void draw(RandomSource random, StringBuilder out) {
      int times = min + (span == 1 ? 0 : (int) random.nextBounded(span));
      for (int i = 0; i < times; i++) {
        atom.draw(random, out);
      }
    }

    @Override
    public boolean flatten(List<char[]> positions) {
      if (span != 1) {
        return false;
      }
      for (int i = 0; i < min; i++) {
        if (!atom.flatten(positions)) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * A pattern of fixed length: one character set per position, drawn straight into an array. It
   * consumes the same values as the tree it replaces (one per position with more than one
   * character), so both give the same strings.
   *
   * <p>A template holds the literals in place; only the other positions are written, each with its
   * set's rejection threshold held, and a batch reuses its templates for all its strings. Strings
   * are made from {@code char}s: for these short strings {@code new String(char[], int, int)} was
   * measured cheaper than the constructor from Latin-1 bytes and a charset (a batch of 100,000
   * {@code [A-Z]{3}-\\d{4}} in 2.9 ms instead of 3.3).
   */
  private static final class Fixed implements Node {
    /** The positions, literals written and the others zero. */
    private final char[] template;

    /** The index of each position with more than one character. */
    private final int[] drawn;

    /** The characters of each drawn position. */
    private final char[][] sets;

    /** Lemire's threshold of each drawn position's set size. */
    private final long[] thresholds;

    Fixed(List<char[]> positions) {
      int n = positions.size();
      this.template = new char[n];
      int count = 0;
      for (int i = 0; i < n; i++) {
        char[] set = positions.get(i);
        if (set.length == 1) {
          template[i] = set[0];
        } else {
          count++;
        }
      }
      this.drawn = new int[count];
      this.sets = new char[count][];
      this.thresholds = new long[count];
      for (int i = 0, d = 0; i < n; i++) {
        char[] set = positions.get(i);
        if (set.length > 1) {
          drawn[d] = i;
          sets[d] = set;
          thresholds[d] = Bounded.threshold(set.length);
          d++;
        }
      }
    }

    String draw(RandomSource random) {
      char[] out = template.clone();
      for (int d = 0; d < drawn.length; d++) {
        char[] set = sets[d];
        out[drawn[d]] = set[(int) Bounded.draw(random, set.length, thresholds[d])];
      }
      return new String(out);
    }

    /**
     * Fills {@code out[at, at + count)} as {@link Regexes#draws} describes, a block of strings at a
     * time, planned before any string is made (ADR 0006): the block's random values come from one
     * {@link RandomSource#nextLongs(long[], int, int, int, long[])} call and are mapped to
     * characters in one loop without a call, into copies of the template laid end to end; then each
     * string is made from its slice. A value that Lemire's method rejects (for sets of up to 95
     * characters, fewer than one in 10^7) shifts the values after it by one: from there the block
     * is drawn again the long way, as single strings would be.
     */
    void draws(RandomSource random, long[] seeds, Object[] out, int at, int count) {
      int length = template.length;
      int m = drawn.length;
      int perBlock = Math.max(1, Math.min(count, BLOCK / Math.max(1, Math.max(m, length))));
      long[] values = new long[perBlock * m];
      char[] text = new char[perBlock * length];
      for (int k = 0; k < perBlock; k++) {
        System.arraycopy(template, 0, text, k * length, length);
      }
      for (int start = 0; start < count; start += perBlock) {
        int n = Math.min(perBlock, count - start);
        random.nextLongs(seeds, start, n, m, values);
        if (seeds == null) {
          int rejected = map(values, text, 0, n);
          if (rejected >= 0) {
            redraw(random, values, text, rejected, n * m);
          }
        } else {
          for (int k = 0; k < n; k++) {
            if (map(values, text, k, 1) >= 0) {
              random.reseed(seeds[start + k]);
              redraw(random, values, text, k * m, k * m);
            }
          }
        }
        for (int k = 0; k < n; k++) {
          out[at + start + k] = new String(text, k * length, length);
        }
      }
    }

    /**
     * Maps the values of strings {@code [first, first + n)} of a block to their drawn positions,
     * each as {@link Bounded#draw(RandomSource)} maps its first value.
     *
     * @return the index in {@code values} of the first value Lemire's method rejects, or {@code -1}
     */
    private int map(long[] values, char[] text, int first, int n) {
      int length = template.length;
      int m = drawn.length;
      boolean rejected = false;
      // Position by position: the set, its size and threshold stay in registers for the block.
      for (int d = 0; d < m; d++) {
        char[] set = sets[d];
        long size = set.length;
        long threshold = thresholds[d];
        for (int k = first, v = first * m + d, t = first * length + drawn[d];
            k < first + n;
            k++, v += m, t += length) {
          long product = (values[v] >>> 32) * size;
          rejected |= (product & 0xFFFF_FFFFL) < threshold;
          text[t] = set[(int) (product >>> 32)];
        }
      }
      if (!rejected) {
        return -1;
      }
      int v = first * m;
      while (Bounded.map(values[v], sets[v % m].length, thresholds[v % m]) >= 0) {
        v++;
      }
      return v;
    }

    /**
     * Draws value {@code from} of a block again and the values after it up to {@code end}: from the
     * block's values after {@code from} while they last, then from the source, as one stream drawn
     * position by position. With {@code end == from}, draws one whole string from the source.
     */
    private void redraw(RandomSource random, long[] values, char[] text, int from, int end) {
      int m = drawn.length;
      int last = end == from ? from + m : end;
      int next = from + 1;
      for (int v = from; v < last; v++) {
        int d = v % m;
        char[] set = sets[d];
        long index;
        do {
          long bits = next < end ? values[next++] : random.nextLong();
          index = Bounded.map(bits, set.length, thresholds[d]);
        } while (index < 0);
        text[v / m * template.length + drawn[d]] = set[(int) index];
      }
    }

    @Override
    public void draw(RandomSource random, StringBuilder out) {
      out.append(draw(random));
    }
  }

  /**
   * Compiles a regular expression of the supported subset.
   *
   * @param regex the expression
   * @return the root node
   * @throws IllegalArgumentException if the expression is malformed or outside the subset; the
   *     message names the construct, its position and the subset
   */
  public static Node compile(String regex) {
    try {
      Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "regex \""
              + regex
              + "\" is malformed: "
              + e.getDescription()
              + " near index "
              + e.getIndex(),
          e);
    }
    Regexes parser = new Regexes(regex);
    if (parser.peek('^')) {
      parser.at++;
    }
    Node root = parser.alternation();
    if (parser.at < regex.length()) {
      throw parser.unsupported("'" + regex.charAt(parser.at) + "' here");
    }
    List<char[]> positions = new ArrayList<>();
    return root.flatten(positions) && positions.size() <= MAX_FIXED ? new Fixed(positions) : root;
  }

  /**
   * Draws one string matching a compiled pattern.
   *
   * @param random the source
   * @param root the compiled pattern
   * @return the string
   */
  public static String draw(RandomSource random, Node root) {
    if (root instanceof Fixed) {
      return ((Fixed) root).draw(random);
    }
    StringBuilder out = new StringBuilder();
    root.draw(random, out);
    return out.toString();
  }

  /**
   * Fills {@code out[at, at + count)} with strings matching a compiled pattern, restarting {@code
   * random} at {@code seeds[k]} before string {@code k} unless {@code seeds} is null: the same as
   * that many calls of {@link #draw(RandomSource, Node)}. A fixed-length pattern is drawn a block
   * of strings at a time.
   *
   * @param random the source
   * @param seeds one seed per string, or {@code null} to draw all from one stream
   * @param out the destination
   * @param at where the first string goes
   * @param count how many strings
   * @param root the compiled pattern
   */
  public static void draws(
      RandomSource random, long[] seeds, Object[] out, int at, int count, Node root) {
    if (root instanceof Fixed) {
      ((Fixed) root).draws(random, seeds, out, at, count);
      return;
    }
    for (int k = 0; k < count; k++) {
      if (seeds != null) {
        random.reseed(seeds[k]);
      }
      out[at + k] = draw(random, root);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // recursive descent: alternation > sequence > quantified atom

  private Node alternation() {
    List<Node> options = new ArrayList<>();
    options.add(sequence());
    while (peek('|')) {
      at++;
      options.add(sequence());
    }
    if (options.size() == 1) {
      return options.get(0);
    }
    Node[] all = options.toArray(new Node[0]);
    return (random, out) -> all[(int) random.nextBounded(all.length)].draw(random, out);
  }

  private Node sequence() {
    List<Node> parts = new ArrayList<>();
    while (at < regex.length() && !peek('|') && !peek(')')) {
      if (peek('$') && at == regex.length() - 1) {
        at++;
        break;
      }
      parts.add(quantified(atom()));
    }
    return parts.size() == 1 ? parts.get(0) : new Sequence(parts.toArray(new Node[0]));
  }

  private Node quantified(Node atom) {
    if (at >= regex.length()) {
      return atom;
    }
    int min;
    int max;
    char c = regex.charAt(at);
    if (c == '?') {
      min = 0;
      max = 1;
      at++;
    } else if (c == '*') {
      min = 0;
      max = UNBOUNDED_EXTRA;
      at++;
    } else if (c == '+') {
      min = 1;
      max = 1 + UNBOUNDED_EXTRA;
      at++;
    } else if (c == '{') {
      int close = regex.indexOf('}', at);
      String body = regex.substring(at + 1, close);
      int comma = body.indexOf(',');
      min = count(comma < 0 ? body : body.substring(0, comma));
      if (comma < 0) {
        max = min;
      } else if (comma == body.length() - 1) {
        max = min + UNBOUNDED_EXTRA;
      } else {
        max = count(body.substring(comma + 1));
      }
      at = close + 1;
    } else {
      return atom;
    }
    if (peek('+')) {
      throw unsupported("a possessive quantifier");
    }
    if (peek('?')) {
      at++; // lazy: the same strings match
    }
    if (peek('{') || peek('*')) {
      // java.util.regex reads "a{2}{3}" in its own way; the second was written out as text here.
      throw unsupported("a quantifier after a quantifier (make the first a group: (a{2}){3})");
    }
    if (min == 1 && max == 1) {
      return atom;
    }
    return new Repeat(atom, min, max);
  }

  private int count(String digits) {
    long value = Long.parseLong(digits.strip());
    if (value > MAX_COUNT) {
      throw new IllegalArgumentException(
          "regex \""
              + regex
              + "\": a quantifier may state at most "
              + MAX_COUNT
              + " repetitions, got "
              + value);
    }
    return (int) value;
  }

  private Node atom() {
    char c = regex.charAt(at);
    switch (c) {
      case '(':
        return group();
      case '[':
        return chars(bracket());
      case '.':
        at++;
        return chars(PRINTABLE);
      case '\\':
        return escape();
      case '^':
        throw unsupported("'^' after the start");
      case '$':
        throw unsupported("'$' before the end");
      default:
        if (Character.isHighSurrogate(c)
            && at + 1 < regex.length()
            && Character.isLowSurrogate(regex.charAt(at + 1))) {
          String pair = regex.substring(at, at + 2); // one code point, quantified as one
          at += 2;
          return (random, out) -> out.append(pair);
        }
        at++;
        return literal(c);
    }
  }

  private Node group() {
    at++;
    if (peek('?')) {
      if (regex.startsWith("?:", at)) {
        at += 2;
      } else if (regex.startsWith("?<", at)
          && at + 2 < regex.length()
          && Character.isLetter(regex.charAt(at + 2))) {
        at = regex.indexOf('>', at) + 1;
      } else if (regex.startsWith("?=", at)
          || regex.startsWith("?!", at)
          || regex.startsWith("?<=", at)
          || regex.startsWith("?<!", at)) {
        throw unsupported("a lookaround");
      } else {
        throw unsupported("a group with flags or '(?" + regex.charAt(at + 1) + "'");
      }
    }
    Node inner = alternation();
    at++; // ')': the JDK checked the balance
    return inner;
  }

  private Node escape() {
    char e = regex.charAt(at + 1);
    at += 2;
    char[] set = escapedClass(e);
    if (set != null) {
      return chars(set);
    }
    return literal(escapedChar(e));
  }

  /** The members of {@code \d}-style classes, or {@code null} for other escapes. */
  private char[] escapedClass(char e) {
    switch (e) {
      case 'd':
        return DIGITS;
      case 'w':
        return WORD;
      case 's':
        return SPACE;
      case 'D':
        return without(PRINTABLE, DIGITS);
      case 'W':
        return without(PRINTABLE, WORD);
      case 'S':
        return without(PRINTABLE, SPACE);
      default:
        return null;
    }
  }

  private char escapedChar(char e) {
    switch (e) {
      case 't':
        return '\t';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 'f':
        return '\f';
      default:
        if (Character.isDigit(e)) {
          throw unsupported("a back-reference '\\" + e + "'");
        }
        if (Character.isLetter(e)) {
          throw unsupported("the escape '\\" + e + "'");
        }
        return e; // an escaped metacharacter such as \. or \\
    }
  }

  private char[] bracket() {
    at++;
    boolean negated = peek('^');
    if (negated) {
      at++;
    }
    StringBuilder members = new StringBuilder();
    boolean first = true;
    while (first || !peek(']')) {
      first = false;
      char c = regex.charAt(at);
      if (c == '[' || regex.startsWith("&&", at)) {
        throw unsupported("a nested class or intersection");
      }
      if (Character.isSurrogate(c)) {
        throw unsupported("a character beyond U+FFFF in a class");
      }
      char low;
      if (c == '\\') {
        char e = regex.charAt(at + 1);
        char[] set = escapedClass(e);
        at += 2;
        if (set != null) {
          members.append(set);
          continue;
        }
        low = escapedChar(e);
      } else {
        low = c;
        at++;
      }
      if (peek('-') && at + 1 < regex.length() && regex.charAt(at + 1) != ']') {
        at++;
        char high = regex.charAt(at);
        if (high == '\\') {
          high = escapedChar(regex.charAt(at + 1));
          at += 2;
        } else {
          at++;
        }
        for (char x = low; x <= high; x++) {
          members.append(x);
        }
      } else {
        members.append(low);
      }
    }
    at++; // ']'
    char[] set = distinct(members.toString().toCharArray());
    if (negated) {
      set = without(PRINTABLE, set);
      if (set.length == 0) {
        throw unsupported("a negated class with no printable ASCII character left");
      }
    }
    return set;
  }

  // ---------------------------------------------------------------------------------------------

  private boolean peek(char c) {
    return at < regex.length() && regex.charAt(at) == c;
  }

  private IllegalArgumentException unsupported(String what) {
    return new IllegalArgumentException(
        "regex \""
            + regex
            + "\": "
            + what
            + " at index "
            + at
            + " is not supported; supported are literals, ., \\d \\w \\s (and \\D \\W \\S),"
            + " [classes], (groups), | and the quantifiers ? * + {n} {n,} {n,m}");
  }

  private static Node literal(char c) {
    return new Chars(new char[] {c});
  }

  private static Node chars(char[] set) {
    return new Chars(set);
  }

  private static char[] range(char from, char to) {
    char[] out = new char[to - from + 1];
    for (int i = 0; i < out.length; i++) {
      out[i] = (char) (from + i);
    }
    return out;
  }

  private static char[] concat(char[]... parts) {
    StringBuilder all = new StringBuilder();
    for (char[] part : parts) {
      all.append(part);
    }
    return all.toString().toCharArray();
  }

  private static char[] without(char[] from, char[] removed) {
    String gone = new String(removed);
    StringBuilder kept = new StringBuilder();
    for (char c : from) {
      if (gone.indexOf(c) < 0) {
        kept.append(c);
      }
    }
    return kept.toString().toCharArray();
  }

  /** The distinct characters in ascending order: a class's members, each drawn equally often. */
  private static char[] distinct(char[] chars) {
    char[] sorted = chars.clone();
    java.util.Arrays.sort(sorted);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        out.append(sorted[i]);
      }
    }
    return out.toString().toCharArray();
  }
}
