package dev.forgery.internal.provider.text;

import dev.forgery.internal.random.RandomSource;

/**
 * Japanese text: words run together with no space between them, each sentence ends with the full
 * stop {@code 。}, and the sentences of a paragraph or text follow one another with no space either.
 * There are no capitals. The words are kanji, hiragana and katakana (with the long-vowel mark
 * {@code ー}); lengths are counted in characters, each one {@code char}.
 *
 * <p>The draws are those of {@link SpacedLorem}, value for value: the same words per sentence and
 * sentences per paragraph, four words per 64-bit draw, one value for a text's target length and at
 * most one to land it inside the bounds. Only the joining differs.
 */
final class UnspacedLorem extends Lorem {
  /** The Japanese full stop, the end of every sentence. */
  static final char FULL_STOP = '。';

  /**
   * Checks the words.
   *
   * @param words words of 1 to 14 characters of Japanese script, at least one of them a single
   *     character (which lands a text on any length)
   * @param weights one weight per word, adding up to {@value Lorem#SLOTS}
   * @throws IllegalStateException if a word is empty, too long or not Japanese script, the weights
   *     add up wrong or no word is one character long
   */
  UnspacedLorem(String[] words, int[] weights) {
    super(japanese(words), weights);
    if (byLength[1].length == 0) {
      throw new IllegalStateException("words written without spaces need a one-character word");
    }
  }

  /** Checks that every word is kanji, hiragana or katakana. */
  private static String[] japanese(String[] words) {
    for (String w : words) {
      for (int c = 0; c < w.length(); c++) {
        char ch = w.charAt(c);
        Character.UnicodeScript script = Character.UnicodeScript.of(ch);
        if (script != Character.UnicodeScript.HAN
            && script != Character.UnicodeScript.HIRAGANA
            && script != Character.UnicodeScript.KATAKANA
            && ch != 'ー') {
          throw new IllegalStateException(
              "words written without spaces must be kanji, hiragana or katakana: '" + w + "'");
        }
      }
    }
    return words;
  }

  /**
   * Writes a sentence of words run together, ending with {@code 。}.
   *
   * @param random the source of the words after the fourth
   * @param bits the draw the first four words come from
   * @param words the word count, at least 1
   * @param buffer scratch space owned by the caller's thread
   * @return the sentence
   */
  @Override
  String sentence(RandomSource random, long bits, int words, Buffer buffer) {
    char[] buf = buffer.chars(MAX_WORD * words + 1);
    int end = writeSentence(random, bits, words, buf, 0);
    return new String(buf, 0, end);
  }

  /**
   * Writes one sentence at {@code start}; {@code buf} must have room for {@value Lorem#MAX_WORD}
   * characters per word plus one. The first four words come from {@code bits}, later ones from
   * fresh draws.
   *
   * @return the end of the sentence (just past its {@code 。})
   */
  private int writeSentence(RandomSource random, long bits, int words, char[] buf, int start) {
    int pos = start;
    for (int i = 0; i < words; i++) {
      bits = wordBits(random, bits, i);
      String w = this.words[slot(bits)];
      bits >>>= WORD_BITS;
      w.getChars(0, w.length(), buf, pos);
      pos += w.length();
    }
    buf[pos] = FULL_STOP;
    return pos + 1;
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
    char[] buf = buffer.chars(0);
    int pos = 0;
    for (int s = 0; s < sentences; s++) {
      long bits = random.nextLong();
      int words = sentenceWords[(int) (bits >>> 52)];
      buf = buffer.chars(pos + MAX_WORD * words + 1);
      pos = writeSentence(random, bits, words, buf, pos);
    }
    return new String(buf, 0, pos);
  }

  /**
   * Draws a text of whole sentences whose length in characters lies between {@code minChars} and
   * {@code maxChars}, both inclusive. The target length is uniform in that range; sentences are
   * filled word by word up to it, and when the text would fall short, words of fitting length
   * (one-character words if need be) are added to its last sentence. Words are never cut; a text of
   * one character is a one-character word without its {@code 。}.
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
      return target == 0 ? "" : words[pick(random.nextLong(), 1, 1)];
    }
    char[] buf = buffer.chars(target + MAX_WORD + 1);
    // pos is the length of the text so far, which always ends with 。 once non-empty; a word
    // that continues a sentence goes where that 。 is, one that opens a sentence after it.
    int pos = 0;
    boolean full = false;
    while (!full) {
      long bits = random.nextLong();
      int words = sentenceWords[(int) (bits >>> 52)];
      for (int i = 0; i < words; i++) {
        bits = wordBits(random, bits, i);
        String w = this.words[slot(bits)];
        bits >>>= WORD_BITS;
        int at = i == 0 ? pos : pos - 1;
        if (at + w.length() + 1 > target) {
          full = true;
          break;
        }
        w.getChars(0, w.length(), buf, at);
        pos = at + w.length();
        buf[pos++] = FULL_STOP;
      }
    }
    if (pos < minChars) {
      pos = fill(random.nextLong(), buf, pos, minChars, maxChars);
    }
    return new String(buf, 0, pos);
  }

  /**
   * Lands a short text inside the bounds: a word of the length still missing before the last {@code
   * 。} (or opening the text, if nothing fit), else one-character words until one fits. Every round
   * adds at least a character and the range never empties, since a one-character word always fits
   * while the text is short of {@code minChars <= maxChars}.
   */
  private int fill(long bits, char[] buf, int pos, int minChars, int maxChars) {
    int at = pos == 0 ? 0 : pos - 1;
    while (at == 0 || at + 1 < minChars) {
      int w = pick(bits, minChars - at - 1, maxChars - at - 1);
      if (w < 0) {
        w = pick(bits, 1, 1);
      }
      words[w].getChars(0, length[w], buf, at);
      at += length[w];
      bits = Long.rotateLeft(bits, WORD_BITS);
    }
    buf[at] = FULL_STOP;
    return at + 1;
  }
}
