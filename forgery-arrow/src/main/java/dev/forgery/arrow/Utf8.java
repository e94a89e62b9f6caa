package dev.forgery.arrow;

import java.nio.charset.StandardCharsets;

/** Encodes text as UTF-8, refusing a string that is not valid Unicode text. */
final class Utf8 {
  private Utf8() {}

  /**
   * Returns the UTF-8 bytes of a string.
   *
   * @param text the text
   * @return its UTF-8 form
   * @throws IllegalArgumentException if the text has an unpaired surrogate, which has no UTF-8 form
   *     ({@code String.getBytes} would silently write {@code ?} for it)
   */
  static byte[] encode(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          throw new IllegalArgumentException(
              "unpaired surrogate U+"
                  + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT)
                  + " at index "
                  + i
                  + ": not valid Unicode text, so it has no UTF-8 form");
        }
      }
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
