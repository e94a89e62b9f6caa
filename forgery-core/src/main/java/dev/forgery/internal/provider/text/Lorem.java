package dev.forgery.internal.provider.text;

import dev.forgery.internal.data.Columns;
import dev.forgery.internal.data.Tables;
import dev.forgery.internal.random.RandomSource;

/**
 * Words, sentences, paragraphs and texts of common words of the locale's language, drawn by their
 * weights, in the way the language is written: with spaces between words ({@link SpacedLorem}, the
 * table {@code <language>/lorem_words}, else the English words of {@code root}), or run together
 * with {@code 。} ending each sentence ({@link UnspacedLorem}, Japanese, the table {@code
 * ja/lorem_unspaced_words}).
 *
 * <p>Both read the same seed model. Words come from a table whose integer weights add up to exactly
 * {@value #SLOTS}, so one word is 13 random bits: a 64-bit draw yields four words, plus 12 spare
 * bits that choose the length of a sentence. A sentence of {@code k} words consumes {@code ceil(k /
 * 4)} values (at least one); a paragraph one value for its sentence count and then its sentences; a
 * text one value for its target length, then sentences, then at most one value to land its length
 * inside the bounds. Lengths are counted in characters, {@link String#length()}: every letter
 * forgery writes, Latin-1 or Japanese, is one {@code char}.
 */
public abstract sealed class Lorem permits SpacedLorem, UnspacedLorem {
  /** Table slots: the word weights add up to this, a power of two. */
  static final int SLOTS = 8192;

  /** Random bits per word. */
  static final int WORD_BITS = 13;

  /** The low {@value #WORD_BITS} bits of a draw, a slot. */
  static final int WORD_MASK = SLOTS - 1;

  /** Words are shorter than this, so a word and its separator fit in 16 bytes. */
  static final int MAX_WORD = 15;

  /**
   * Words per sentence for the no-argument forms, out of 4096 (the 12 spare bits of a sentence's
   * first draw): 3 to 12 words, most often 5 to 8, mean 6.9, close to Faker's 3 to 8.
   */
  private static final int[] SENTENCE_WORDS = {
    0, 0, 0, 170, 370, 570, 700, 700, 600, 430, 300, 160, 96,
  };

  /** Sentences per paragraph for the no-argument forms, 2 to 6, indexed by 8 bits. */
  private static final int[] PARAGRAPH_SENTENCES = {0, 0, 40, 70, 70, 50, 26};

  /** The words, in table order. */
  final String[] words;

  /** The word of each of the {@value #SLOTS} slots. */
  final short[] slotWord;

  /** The length of each word. */
  final byte[] length;

  /** Words per sentence by the 12 spare bits of a sentence's first draw. */
  final byte[] sentenceWords;

  /** Sentences per paragraph by the top 8 bits of a paragraph's first draw. */
  final byte[] paragraphSentences;

  /** Word indices grouped by length: {@code byLength[l]} holds every word of {@code l} letters. */
  final int[][] byLength;

  /**
   * Builds the slot table and the words by length.
   *
   * @param words words of 1 to 14 characters, already checked for the subclass's script
   * @param weights one weight per word, adding up to {@value #SLOTS}
   * @throws IllegalStateException if a word is empty or too long, or the weights add up wrong
   */
  Lorem(String[] words, int[] weights) {
    int n = words.length;
    this.words = words;
    this.slotWord = new short[SLOTS];
    this.length = new byte[n];
    int[] counts = new int[MAX_WORD + 1];
    long total = 0;
    for (int i = 0; i < n; i++) {
      String w = words[i];
      if (w.isEmpty() || w.length() >= MAX_WORD) {
        throw new IllegalStateException("word length must be 1 to 14: '" + w + "'");
      }
      length[i] = (byte) w.length();
      counts[w.length()]++;
      total += weights[i];
    }
    if (total != SLOTS) {
      throw new IllegalStateException("word weights must add up to " + SLOTS + ", got " + total);
    }
    int slot = 0;
    for (int i = 0; i < n; i++) {
      for (int s = 0; s < weights[i]; s++) {
        slotWord[slot++] = (short) i;
      }
    }
    this.byLength = new int[MAX_WORD + 1][];
    for (int l = 0; l <= MAX_WORD; l++) {
      byLength[l] = new int[counts[l]];
      counts[l] = 0;
    }
    for (int i = 0; i < n; i++) {
      byLength[length[i]][counts[length[i]]++] = i;
    }
    this.sentenceWords = expand(SENTENCE_WORDS, 4096);
    this.paragraphSentences = expand(PARAGRAPH_SENTENCES, 256);
  }

  private static byte[] expand(int[] weights, int total) {
    byte[] table = new byte[total];
    int slot = 0;
    for (int value = 0; value < weights.length; value++) {
      for (int i = 0; i < weights[value]; i++) {
        table[slot++] = (byte) value;
      }
    }
    if (slot != total) {
      throw new AssertionError("weights must add up to " + total + ", got " + slot);
    }
    return table;
  }

  /**
   * Returns the shared word tables of a locale: its language's words written without spaces if it
   * has them ({@code lorem_unspaced_words}, Japanese), else the words written with spaces.
   *
   * @param locale a supported locale tag such as {@code en_US}
   * @return the shared instance
   */
  public static Lorem of(String locale) {
    return Tables.cached(
        "lorem:" + locale,
        key -> {
          if (Tables.has(locale + "/lorem_unspaced_words")) {
            Columns table = Columns.of(locale + "/lorem_unspaced_words");
            return new UnspacedLorem(table.first(), table.secondAsInts());
          }
          Columns table = Columns.of(locale + "/lorem_words");
          return new SpacedLorem(table.first(), table.secondAsInts());
        });
  }

  /**
   * Draws one word as it appears in the list (lower case except for proper nouns like {@code I}).
   *
   * @param random consumes one value
   * @return a word
   */
  public final String word(RandomSource random) {
    return words[slot(random.nextLong())];
  }

  /**
   * Draws a sentence of 3 to 12 words (most often 5 to 8), ending with the language's full stop.
   *
   * @param random the source
   * @param buffer scratch space owned by the caller's thread
   * @return the sentence
   */
  public final String sentence(RandomSource random, Buffer buffer) {
    long bits = random.nextLong();
    return sentence(random, bits, sentenceWords[(int) (bits >>> 52)], buffer);
  }

  /**
   * Draws a sentence of exactly {@code words} words.
   *
   * @param random the source
   * @param words the word count, at least 1
   * @param buffer scratch space owned by the caller's thread
   * @return the sentence
   */
  public final String sentence(RandomSource random, int words, Buffer buffer) {
    return sentence(random, random.nextLong(), words, buffer);
  }

  /**
   * Writes a sentence of {@code words} words as the language is written.
   *
   * @param random the source of the words after the fourth
   * @param bits the draw the first four words come from
   * @param words the word count, at least 1
   * @param buffer scratch space owned by the caller's thread
   * @return the sentence
   */
  abstract String sentence(RandomSource random, long bits, int words, Buffer buffer);

  /**
   * Draws a paragraph of 2 to 6 sentences.
   *
   * @param random the source
   * @param buffer scratch space owned by the caller's thread
   * @return the paragraph
   */
  public final String paragraph(RandomSource random, Buffer buffer) {
    return paragraph(random, paragraphSentences[(int) (random.nextLong() >>> 56)], buffer);
  }

  /**
   * Draws a paragraph of exactly {@code sentences} sentences, each of 3 to 12 words.
   *
   * @param random the source
   * @param sentences the sentence count, at least 1
   * @param buffer scratch space owned by the caller's thread
   * @return the paragraph
   */
  public abstract String paragraph(RandomSource random, int sentences, Buffer buffer);

  /**
   * Draws a text of whole sentences whose length in characters ({@link String#length()}) lies
   * between {@code minChars} and {@code maxChars}, both inclusive. The target length is uniform in
   * that range; sentences are filled word by word up to it, and a last word of fitting length is
   * chosen when the text would otherwise fall short.
   *
   * @param random the source
   * @param minChars the minimum length, {@code >= 0}
   * @param maxChars the maximum length, {@code >= minChars}
   * @param buffer scratch space owned by the caller's thread
   * @return the text
   */
  public abstract String text(RandomSource random, int minChars, int maxChars, Buffer buffer);

  /**
   * Returns the bits that choose word {@code i} of a sentence: the draw a sentence starts with
   * serves its first four words, and every fourth word after them takes a fresh draw. Each word
   * uses the low {@link #WORD_BITS} bits ({@link #slot}), which the caller then shifts out. This is
   * the seed model of every writer's sentences, spaced or not.
   *
   * @param random the source of the fresh draws
   * @param bits what is left of the current draw
   * @param i the word's position in its sentence
   * @return the bits for word {@code i}
   */
  static long wordBits(RandomSource random, long bits, int i) {
    return (i & 3) == 0 && i != 0 ? random.nextLong() : bits;
  }

  /**
   * Returns the word that the low {@link #WORD_BITS} bits of {@code bits} choose.
   *
   * @param bits from {@link #wordBits}
   * @return the word's index in {@link #words}
   */
  final int slot(long bits) {
    return slotWord[(int) (bits & WORD_MASK)];
  }

  /**
   * Picks a word whose length is the shortest available in {@code [min, max]}, uniformly among
   * words of that length, or returns -1 if no length in the range has words.
   */
  final int pick(long bits, int min, int max) {
    for (int l = Math.max(1, min); l <= Math.min(max, MAX_WORD); l++) {
      int[] candidates = byLength[l];
      if (candidates.length != 0) {
        return candidates[RandomSource.index(bits >>> 32, candidates.length)];
      }
    }
    return -1;
  }

  /**
   * Scratch space for building text, owned by one thread for the length of one call or batch, so
   * that a batch of 100,000 sentences allocates only the strings it returns: bytes for text of
   * Latin-1 letters, characters for Japanese.
   */
  public static final class Buffer {
    private byte[] bytes = new byte[256];
    private char[] chars;

    /** Makes an empty buffer; it grows as texts need. */
    public Buffer() {}

    /**
     * Returns the bytes, grown to at least {@code needed}, keeping their contents.
     *
     * @param needed the required length
     * @return the backing array
     */
    byte[] capacity(int needed) {
      byte[] b = bytes;
      if (b.length < needed) {
        b = java.util.Arrays.copyOf(b, Math.max(needed, b.length * 2));
        bytes = b;
      }
      return b;
    }

    byte[] bytes() {
      return bytes;
    }

    /**
     * Returns the characters, grown to at least {@code needed}, keeping their contents.
     *
     * @param needed the required length
     * @return the backing array
     */
    char[] chars(int needed) {
      char[] c = chars;
      if (c == null || c.length < needed) {
        c =
            c == null
                ? new char[Math.max(needed, 256)]
                : java.util.Arrays.copyOf(c, Math.max(needed, c.length * 2));
        chars = c;
      }
      return c;
    }
  }
}
