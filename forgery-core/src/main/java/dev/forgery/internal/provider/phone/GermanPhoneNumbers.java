package dev.forgery.internal.provider.phone;

import dev.forgery.internal.random.RandomSource;

/**
 * German telephone numbers in the blocks the Bundesnetzagentur keeps for film, radio and
 * television: {@code 030 23125 000} to {@code 999} in Berlin, {@code 040 66969} in Hamburg, {@code
 * 069 90009} in Frankfurt am Main, {@code 0221 4710} in Köln and {@code 089 99998} in München.
 *
 * <p>These numbers are valid for region DE by libphonenumber's rules yet are never given to a
 * subscriber. As with the US fiction range, the price is variety: five blocks of 1,000 numbers; the
 * formats vary on top (national with or without a space, with a slash or parentheses, and
 * international). Every number takes one random value.
 */
public final class GermanPhoneNumbers {
  /** Area code (without the trunk 0) and the fictional block's subscriber prefix. */
  private static final String[][] BLOCKS = {
    {"30", "23125"}, {"40", "66969"}, {"69", "90009"}, {"221", "4710"}, {"89", "99998"},
  };

  /** Format templates: {@code A} is the area code, {@code B} the block, the three digits follow. */
  private static final String[] FORMATS = {
    "0A B", "0A B ", "0A/B", "(0A) B", "+49 A B", "+49 A B ", "+49AB", "0A-B",
  };

  /** {@code PREFIXES[format * blocks + block]}: everything before the last three digits. */
  private static final String[] PREFIXES = new String[FORMATS.length * BLOCKS.length];

  static {
    for (int f = 0; f < FORMATS.length; f++) {
      for (int b = 0; b < BLOCKS.length; b++) {
        PREFIXES[f * BLOCKS.length + b] =
            FORMATS[f].replace("A", BLOCKS[b][0]).replace("B", BLOCKS[b][1]);
      }
    }
  }

  /** The shared instance: the blocks are fixed by the regulator, not data. */
  public static final GermanPhoneNumbers INSTANCE = new GermanPhoneNumbers();

  private GermanPhoneNumbers() {}

  /**
   * Draws a number of a fictional block in one of the common German formats.
   *
   * @param random consumes one value
   * @return a number such as {@code "030 23125417"} or {@code "+49 89 99998 012"}
   */
  public String phoneNumber(RandomSource random) {
    long bits = random.nextLong();
    int prefix = RandomSource.index(bits >>> 32, PREFIXES.length);
    int line = RandomSource.index(bits & 0xFFFF_FFFFL, 1000);
    return PREFIXES[prefix]
        + (char) ('0' + line / 100)
        + (char) ('0' + line / 10 % 10)
        + (char) ('0' + line % 10);
  }
}
