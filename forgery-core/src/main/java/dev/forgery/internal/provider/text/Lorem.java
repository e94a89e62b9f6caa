package dev.forgery.internal.provider.text;

import dev.forgery.internal.data.Columns;
import dev.forgery.internal.data.Tables;
import dev.forgery.internal.random.RandomSource;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Sentences, paragraphs and texts of common words of the locale's language ({@code
 * <language>/lorem_words}, else the English words of {@code root}), drawn by their weights.
 *
 * <p>Words come from a table whose integer weights add up to exactly {@value #SLOTS}, so one word
 * is 13 random bits: a 64-bit draw yields four words, plus 12 spare bits that choose the length of
 * a sentence. Every word is stored pre-encoded with its trailing space as two little-endian longs,
 * so appending a word is two 8-byte stores into a byte buffer; a sentence becomes one {@code
 * String} copied once from that buffer. All text is Latin-1, one byte per character (English is
 * ASCII; French words such as {@code été} use Latin-1 letters).
 *
 * <p>Draws: a sentence of {@code k} words consumes {@code ceil(k / 4)} values (at least one); a
 * paragraph one value for its sentence count and then its sentences; a text one value for its
 * target length, then sentences, then at most one value to land its length inside the bounds.
 */
public final class Lorem {
  /** Table slots: the word weights add up to this, a power of two. */
  static final int SLOTS = 8192;

  private static final int WORD_BITS = 13;
  private static final int WORD_MASK = SLOTS - 1;

  /** Longest word the 16-byte encoding can hold together with its space. */
  private static final int MAX_WORD = 15;

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /**
   * Words per sentence for the no-argument forms, out of 4096 (the 12 spare bits of a sentence's
   * first draw): 3 to 12 words, most often 5 to 8, mean 6.9, close to Faker's 3 to 8.
   */
  private static final int[] SENTENCE_WORDS = {
    0, 0, 0, 170, 370, 570, 700, 700, 600, 430, 300, 160, 96,
  };

  /** Sentences per paragraph for the no-argument forms, 2 to 6, indexed by 8 bits. */
  private static final int[] PARAGRAPH_SENTENCES = {0, 0, 40, 70, 70, 50, 26};

  private final String[] words;
  private final short[] slotWord;

  /**
   * Word {@code i} as 16 bytes at {@code tokens[2i]} and {@code tokens[2i+1]}: the word, a space,
   * zero padding, and the word's length in the last byte. Keeping both halves and the length in one
   * cache line makes a word one table read; the length byte lands past the word's space, where the
   * next word or the end of the string covers it.
   */
  private final long[] tokens;

  private final byte[] length;
  private final byte[] sentenceWords;
  private final byte[] paragraphSentences;

  /** Word indices grouped by length: {@code byLength[l]} holds every word of {@code l} letters. */
  private final int[][] byLength;

  /** The index of the word {@code a}, the filler that lands a text on an exact length. */
  private final int article;

  Lorem(String[] words, int[] weights) {
    int n = words.length;
    this.words = words;
    this.slotWord = new short[SLOTS];
    this.tokens = new long[2 * n];
    this.length = new byte[n];
    int slot = 0;
    int[] counts = new int[MAX_WORD + 1];
    for (int i = 0; i < n; i++) {
      String w = words[i];
      if (w.isEmpty() || w.length() >= MAX_WORD) {
        throw new IllegalStateException("word length must be 1 to 14: '" + w + "'");
      }
      byte[] token = new byte[16];
      for (int c = 0; c < w.length(); c++) {
        char ch = w.charAt(c);
        if (ch < 0x21 || (ch > 0x7E && ch < 0xC0) || ch > 0xFF) {
          throw new IllegalStateException(
              "words must be printable ASCII or Latin-1 letters: '" + w + "'");
        }
        token[c] = (byte) ch;
      }
      token[w.length()] = ' ';
      token[15] = (byte) w.length();
      tokens[2 * i] = (long) LONGS.get(token, 0);
      tokens[2 * i + 1] = (long) LONGS.get(token, 8);
      length[i] = (byte) w.length();
      counts[w.length()]++;
      int weight = weights[i];
      for (int s = 0; s < weight; s++) {
        slotWord[slot++] = (short) i;
      }
    }
    if (slot != SLOTS) {
      throw new IllegalStateException("word weights must add up to " + SLOTS + ", got " + slot);
    }
    this.byLength = new int[MAX_WORD + 1][];
    for (int l = 0; l <= MAX_WORD; l++) {
      byLength[l] = new int[counts[l]];
      counts[l] = 0;
    }
    for (int i = 0; i < n; i++) {
      byLength[length[i]][counts[length[i]]++] = i;
    }
    int a = byLength[1].length == 0 ? -1 : byLength[1][0];
    for (int i = 0; i < n; i++) {
      if (words[i].equals("a")) {
        a = i;
      }
    }
    this.article = a;
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
   * Returns the shared word tables of a locale.
   *
   * @param locale a supported locale tag such as {@code en_US}
   * @return the shared instance
   */
  public static Lorem of(String locale) {
    return Tables.cached(
        "lorem:" + locale,
        key -> {
          Columns table = Columns.of(locale + "/lorem_words");
          return new Lorem(table.first(), table.secondAsInts());
        });
  }

  /**
   * Draws one word as it appears in the list (lower case except for proper nouns like {@code I}).
   *
   * @param random consumes one value
   * @return a word
   */
  public String word(RandomSource random) {
    return words[slotWord[(int) (random.nextLong() & WORD_MASK)]];
  }

  /**
   * Draws a sentence of 3 to 12 words (most often 5 to 8): a capital first letter, single spaces
   * and a final period.
   *
   * @param random the source
   * @param buffer scratch space owned by the caller's thread
   * @return the sentence
   */
  public String sentence(RandomSource random, Buffer buffer) {
    long bits = random.nextLong();
    int words = sentenceWords[(int) (bits >>> 52)];
    byte[] buf = buffer.capacity(16 * words + 16);
    int end = writeSentence(random, bits, words, buf, 0);
    return new String(buf, 0, end, StandardCharsets.ISO_8859_1);
  }

  /**
   * Draws a sentence of exactly {@code words} words.
   *
   * @param random the source
   * @param words the word count, at least 1
   * @param buffer scratch space owned by the caller's thread
   * @return the sentence
   */
  public String sentence(RandomSource random, int words, Buffer buffer) {
    byte[] buf = buffer.capacity(16 * words + 16);
    int end = writeSentence(random, random.nextLong(), words, buf, 0);
    return new String(buf, 0, end, StandardCharsets.ISO_8859_1);
  }

  /**
   * Writes one sentence at {@code start}; {@code buf} must have room for 16 bytes per word plus 16.
   * The first four words come from {@code bits}, later ones from fresh draws.
   *
   * @return the end of the sentence (just past its period)
   */
  private int writeSentence(RandomSource random, long bits, int words, byte[] buf, int start) {
    int pos = start;
    for (int i = 0; i < words; i++) {
      if ((i & 3) == 0 && i != 0) {
        bits = random.nextLong();
      }
      int t = slotWord[(int) (bits & WORD_MASK)] << 1;
      bits >>>= WORD_BITS;
      long high = tokens[t + 1];
      LONGS.set(buf, pos, tokens[t]);
      LONGS.set(buf, pos + 8, high);
      pos += (int) (high >>> 56) + 1;
    }
    buf[pos - 1] = '.';
    capitalize(buf, start);
    return pos;
  }

  /**
   * Draws a paragraph of 2 to 6 sentences separated by single spaces.
   *
   * @param random the source
   * @param buffer scratch space owned by the caller's thread
   * @return the paragraph
   */
  public String paragraph(RandomSource random, Buffer buffer) {
    int sentences = paragraphSentences[(int) (random.nextLong() >>> 56)];
    return paragraph(random, sentences, buffer);
  }

  /**
   * Draws a paragraph of exactly {@code sentences} sentences, each of 3 to 12 words.
   *
   * @param random the source
   * @param sentences the sentence count, at least 1
   * @param buffer scratch space owned by the caller's thread
   * @return the paragraph
   */
  public String paragraph(RandomSource random, int sentences, Buffer buffer) {
    int pos = 0;
    for (int s = 0; s < sentences; s++) {
      long bits = random.nextLong();
      int words = sentenceWords[(int) (bits >>> 52)];
      byte[] buf = buffer.capacity(pos + 16 * words + 17);
      if (s != 0) {
        buf[pos++] = ' ';
      }
      pos = writeSentence(random, bits, words, buf, pos);
    }
    return new String(buffer.bytes(), 0, pos, StandardCharsets.ISO_8859_1);
  }

  /**
   * Draws a text of whole sentences whose length lies between {@code minChars} and {@code
   * maxChars}, both inclusive. The target length is uniform in that range; sentences are filled
   * word by word up to it, and a last word of fitting length is chosen when the text would
   * otherwise fall short. Words are never cut, except that a text of one character is the word
   * {@code "I"} without its period, since nothing else fits.
   *
   * @param random the source
   * @param minChars the minimum length, {@code >= 0}
   * @param maxChars the maximum length, {@code >= minChars}
   * @param buffer scratch space owned by the caller's thread
   * @return the text
   */
  public String text(RandomSource random, int minChars, int maxChars, Buffer buffer) {
    int target = minChars + (int) random.nextBounded((long) maxChars - minChars + 1);
    if (target <= 1) {
      return target == 0 ? "" : "I";
    }
    byte[] buf = buffer.capacity(target + 32);
    // pos is the length of the text so far, which always ends with a period once non-empty;
    // lastStart is where its last word begins, sentenceStart whether that word opens a sentence.
    int pos = 0;
    int lastStart = 0;
    boolean full = false;
    while (!full) {
      long bits = random.nextLong();
      int words = sentenceWords[(int) (bits >>> 52)];
      for (int i = 0; i < words; i++) {
        if ((i & 3) == 0 && i != 0) {
          bits = random.nextLong();
        }
        int w = slotWord[(int) (bits & WORD_MASK)];
        bits >>>= WORD_BITS;
        int at = i == 0 ? (pos == 0 ? 0 : pos + 1) : pos;
        if (at + length[w] + 1 > target) {
          full = true;
          break;
        }
        if (i == 0 && pos != 0) {
          buf[pos] = ' ';
        } else if (i != 0) {
          buf[pos - 1] = ' ';
        }
        LONGS.set(buf, at, tokens[2 * w]);
        LONGS.set(buf, at + 8, tokens[2 * w + 1]);
        lastStart = at;
        pos = at + length[w] + 1;
        buf[pos - 1] = '.';
        if (i == 0) {
          capitalize(buf, at);
        }
      }
    }
    if (pos < minChars) {
      pos = fill(random, buf, pos, lastStart, minChars, maxChars);
    }
    return new String(buf, 0, pos, StandardCharsets.ISO_8859_1);
  }

  /** Lands a short text inside the bounds: one more word of the right length, or a swap. */
  private int fill(
      RandomSource random, byte[] buf, int pos, int lastStart, int minChars, int maxChars) {
    long bits = random.nextLong();
    if (pos == 0) {
      // Nothing fit the target: one word of length minChars - 1 .. maxChars - 1 and a period.
      int w = pick(bits, Math.max(1, minChars - 1), maxChars - 1);
      if (w < 0) {
        return cut(buf, 0, minChars, maxChars);
      }
      put(buf, 0, w);
      capitalize(buf, 0);
      return length[w] + 1;
    }
    if (maxChars - pos - 1 >= 1) {
      // Append " word" before the period.
      int w = pick(bits, Math.max(1, minChars - pos - 1), maxChars - pos - 1);
      if (w < 0) {
        return cut(buf, pos, minChars, maxChars);
      }
      buf[pos - 1] = ' ';
      put(buf, pos, w);
      return pos + length[w] + 1;
    }
    // Exactly one character short: replace the last word by one a letter longer, or by one a
    // letter shorter followed by the one-letter word "a".
    int last = pos - 1 - lastStart;
    boolean opens = lastStart == 0 || buf[lastStart - 2] == '.';
    int w = pick(bits, last + 1, last + 1);
    if (w >= 0) {
      put(buf, lastStart, w);
    } else {
      w = pick(bits, last - 1, last - 1);
      if (w < 0 || article < 0) {
        return cut(buf, pos, minChars, maxChars);
      }
      put(buf, lastStart, w);
      buf[lastStart + last - 1] = ' ';
      put(buf, lastStart + last, article);
    }
    if (opens) {
      capitalize(buf, lastStart);
    }
    return pos + 1;
  }

  /**
   * The last resort for vocabularies that lack words of the needed lengths (en_US has every length
   * from 1 to 14, so it never gets here): pad with the letter {@code a} and end with a period,
   * cutting into words rather than missing the bounds.
   */
  private static int cut(byte[] buf, int pos, int minChars, int maxChars) {
    int end = Math.max(minChars, Math.min(pos, maxChars));
    for (int i = Math.max(0, pos - 1); i < end; i++) {
      buf[i] = 'a';
    }
    if (end >= 2) {
      if (buf[end - 2] == ' ') {
        buf[end - 2] = 'a';
      }
      buf[end - 1] = '.';
    }
    capitalize(buf, 0);
    return end;
  }

  /** Writes a word and its period at {@code at}; the buffer has 16 bytes of room past the text. */
  private void put(byte[] buf, int at, int w) {
    LONGS.set(buf, at, tokens[2 * w]);
    LONGS.set(buf, at + 8, tokens[2 * w + 1]);
    buf[at + length[w]] = '.';
  }

  /**
   * Picks a word whose length is the shortest available in {@code [min, max]}, uniformly among
   * words of that length, or returns -1 if no length in the range has words.
   */
  private int pick(long bits, int min, int max) {
    for (int l = Math.max(1, min); l <= Math.min(max, MAX_WORD); l++) {
      int[] candidates = byLength[l];
      if (candidates.length != 0) {
        return candidates[RandomSource.index(bits >>> 32, candidates.length)];
      }
    }
    return -1;
  }

  /**
   * Capitalises the letter at {@code at}: ASCII {@code a} to {@code z}, and the Latin-1 small
   * letters {@code à} to {@code þ} (but not {@code ÷}), whose capitals are 32 below them too.
   */
  private static void capitalize(byte[] buf, int at) {
    int first = buf[at] & 0xFF;
    if ((first >= 'a' && first <= 'z') || (first >= 0xE0 && first != 0xF7 && first != 0xFF)) {
      buf[at] = (byte) (first - ('a' - 'A'));
    }
  }

  /**
   * Scratch bytes for building text, owned by one thread for the length of one call or batch, so
   * that a batch of 100,000 sentences allocates only the strings it returns.
   */
  public static final class Buffer {
    private byte[] bytes = new byte[256];

    /**
     * Returns the buffer, grown to at least {@code needed} bytes, keeping its contents.
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
  }
}
