package dev.forgery.internal.provider.text;

import dev.forgery.internal.random.RandomSource;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Text of a language written with spaces between words: English (the {@code root} words), German,
 * French, Spanish, Italian. A sentence opens with a capital and ends with a period, sentences are
 * separated by single spaces.
 *
 * <p>Every word is stored pre-encoded with its trailing space as two little-endian longs, so
 * appending a word is two 8-byte stores into a byte buffer; a sentence becomes one {@code String}
 * copied once from that buffer. All text is Latin-1, one byte per character (English is ASCII;
 * French words such as {@code été} use Latin-1 letters).
 */
final class SpacedLorem extends Lorem {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /**
   * Word {@code i} as 16 bytes at {@code tokens[2i]} and {@code tokens[2i+1]}: the word, a space,
   * zero padding, and the word's length in the last byte. Keeping both halves and the length in one
   * cache line makes a word one table read; the length byte lands past the word's space, where the
   * next word or the end of the string covers it.
   */
  private final long[] tokens;

  /** The index of the word {@code a}, the filler that lands a text on an exact length. */
  private final int article;

  /**
   * Encodes the words.
   *
   * @param words words of 1 to 14 printable ASCII or Latin-1 letters
   * @param weights one weight per word, adding up to {@value Lorem#SLOTS}
   * @throws IllegalStateException if a word is empty, too long or not Latin-1, or the weights add
   *     up wrong
   */
  SpacedLorem(String[] words, int[] weights) {
    super(latin1(words), weights);
    int n = words.length;
    this.tokens = new long[2 * n];
    for (int i = 0; i < n; i++) {
      String w = words[i];
      byte[] token = new byte[16];
      for (int c = 0; c < w.length(); c++) {
        token[c] = (byte) w.charAt(c);
      }
      token[w.length()] = ' ';
      token[15] = (byte) w.length();
      tokens[2 * i] = (long) LONGS.get(token, 0);
      tokens[2 * i + 1] = (long) LONGS.get(token, 8);
    }
    int a = byLength[1].length == 0 ? -1 : byLength[1][0];
    for (int i = 0; i < n; i++) {
      if (words[i].equals("a")) {
        a = i;
      }
    }
    this.article = a;
  }

  /** Checks that every word is printable ASCII or Latin-1 letters, one byte per character. */
  private static String[] latin1(String[] words) {
    for (String w : words) {
      for (int c = 0; c < w.length(); c++) {
        char ch = w.charAt(c);
        if (ch < 0x21 || (ch > 0x7E && ch < 0xC0) || ch > 0xFF) {
          throw new IllegalStateException(
              "words must be printable ASCII or Latin-1 letters: '" + w + "'");
        }
      }
    }
    return words;
  }

  /**
   * Writes a sentence with a capital first letter, single spaces and a final period.
   *
   * @param random the source of the words after the fourth
   * @param bits the draw the first four words come from
   * @param words the word count, at least 1
   * @param buffer scratch space owned by the caller's thread
   * @return the sentence
   */
  @Override
  String sentence(RandomSource random, long bits, int words, Buffer buffer) {
    byte[] buf = buffer.capacity(16 * words + 16);
    int end = writeSentence(random, bits, words, buf, 0);
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
      bits = wordBits(random, bits, i);
      int t = slot(bits) << 1;
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
   * Draws a paragraph of exactly {@code sentences} sentences, each of 3 to 12 words.
   *
   * @param random the source
   * @param sentences the sentence count, at least 1
   * @param buffer scratch space owned by the caller's thread
   * @return the paragraph
   */
  @Override
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
  @Override
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
        bits = wordBits(random, bits, i);
        int w = slot(bits);
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
   * Capitalises the letter at {@code at}: ASCII {@code a} to {@code z}, and the Latin-1 small
   * letters {@code à} to {@code þ} (but not {@code ÷}), whose capitals are 32 below them too.
   */
  private static void capitalize(byte[] buf, int at) {
    int first = buf[at] & 0xFF;
    if ((first >= 'a' && first <= 'z') || (first >= 0xE0 && first != 0xF7 && first != 0xFF)) {
      buf[at] = (byte) (first - ('a' - 'A'));
    }
  }
}
