package dev.forgery.internal.provider.text;

/** Argument checks for the text providers, with messages that name the argument. */
public final class TextChecks {
  private TextChecks() {}

  /**
   * Checks a word count.
   *
   * @param words the number of words per sentence
   * @return {@code words}
   * @throws IllegalArgumentException if {@code words < 1}
   */
  public static int words(int words) {
    if (words < 1) {
      throw new IllegalArgumentException("words must be >= 1, got " + words);
    }
    if (words > 1_000_000) {
      throw new IllegalArgumentException("words must be <= 1000000, got " + words);
    }
    return words;
  }

  /**
   * Checks a sentence count.
   *
   * @param sentences the number of sentences per paragraph
   * @return {@code sentences}
   * @throws IllegalArgumentException if {@code sentences < 1}
   */
  public static int sentences(int sentences) {
    if (sentences < 1) {
      throw new IllegalArgumentException("sentences must be >= 1, got " + sentences);
    }
    if (sentences > 1_000_000) {
      throw new IllegalArgumentException("sentences must be <= 1000000, got " + sentences);
    }
    return sentences;
  }

  /**
   * Checks text length bounds.
   *
   * @param minChars the minimum length
   * @param maxChars the maximum length
   * @throws IllegalArgumentException if {@code minChars < 0} or {@code minChars > maxChars}
   */
  public static void chars(int minChars, int maxChars) {
    if (minChars < 0) {
      throw new IllegalArgumentException("minChars must be >= 0, got " + minChars);
    }
    if (minChars > maxChars) {
      throw new IllegalArgumentException(
          "minChars must be <= maxChars, got minChars=" + minChars + " and maxChars=" + maxChars);
    }
    if (maxChars > 100_000_000) {
      throw new IllegalArgumentException("maxChars must be <= 100000000, got " + maxChars);
    }
  }
}
