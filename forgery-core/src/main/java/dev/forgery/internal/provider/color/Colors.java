package dev.forgery.internal.provider.color;

import dev.forgery.internal.Digits;
import dev.forgery.internal.data.Tables;
import dev.forgery.internal.random.RandomSource;
import java.nio.charset.StandardCharsets;

/**
 * The 140 classic CSS named colours (the X11/HTML set that every browser knows) with their real
 * sRGB values, and random colours written as CSS hex or {@code rgb()} notation.
 */
public final class Colors {
  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  private final String[] names;
  private final String[] hexes;
  private final String[] withHex;

  private Colors(String[] lines) {
    names = new String[lines.length];
    hexes = new String[lines.length];
    withHex = lines.clone();
    for (int i = 0; i < lines.length; i++) {
      int space = lines[i].indexOf(' ');
      names[i] = lines[i].substring(0, space);
      hexes[i] = lines[i].substring(space + 1);
    }
  }

  /**
   * Returns the shared colour table of a locale.
   *
   * @param locale a supported locale tag such as {@code en_US}
   * @return the shared instance
   */
  public static Colors of(String locale) {
    return Tables.cached("colors:" + locale, key -> new Colors(Tables.list(locale + "/colors")));
  }

  /**
   * Draws a CSS colour name, every name equally likely.
   *
   * @param random consumes one value
   * @return a name such as {@code "DarkSlateGray"}
   */
  public String name(RandomSource random) {
    return names[index(random)];
  }

  /**
   * Draws a CSS colour name followed by a space and its value.
   *
   * @param random consumes one value
   * @return a string such as {@code "DarkSlateGray #2f4f4f"}
   */
  public String nameWithHex(RandomSource random) {
    return withHex[index(random)];
  }

  private int index(RandomSource random) {
    return RandomSource.index(random.nextLong() >>> 32, names.length);
  }

  /**
   * Draws a uniformly random colour as {@code #rrggbb} in lower case.
   *
   * @param random consumes one value
   * @return a colour such as {@code "#1a2b3c"}
   */
  public static String hex(RandomSource random) {
    long bits = random.nextLong() >>> 40;
    byte[] out = new byte[7];
    out[0] = '#';
    for (int i = 6; i >= 1; i--) {
      out[i] = HEX[(int) bits & 0xF];
      bits >>>= 4;
    }
    return new String(out, StandardCharsets.ISO_8859_1);
  }

  /**
   * Draws a uniformly random colour as {@code rgb(r, g, b)}: decimal channels 0 to 255, a comma and
   * one space between them, no spaces inside the parentheses.
   *
   * @param random consumes one value
   * @return a colour such as {@code "rgb(26, 43, 60)"}
   */
  public static String rgb(RandomSource random) {
    long bits = random.nextLong() >>> 40;
    byte[] out = new byte[18];
    out[0] = 'r';
    out[1] = 'g';
    out[2] = 'b';
    out[3] = '(';
    int pos = Digits.decimal(out, 4, (int) (bits >>> 16) & 0xFF);
    out[pos++] = ',';
    out[pos++] = ' ';
    pos = Digits.decimal(out, pos, (int) (bits >>> 8) & 0xFF);
    out[pos++] = ',';
    out[pos++] = ' ';
    pos = Digits.decimal(out, pos, (int) bits & 0xFF);
    out[pos++] = ')';
    return new String(out, 0, pos, StandardCharsets.ISO_8859_1);
  }
}
