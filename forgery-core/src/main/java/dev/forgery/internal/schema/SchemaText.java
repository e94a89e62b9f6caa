package dev.forgery.internal.schema;

import dev.forgery.internal.random.RandomSource;

/**
 * The schema's {@code text} type until a text provider exists: placeholder prose of an exact,
 * uniformly chosen length, built from a fixed list of common English words.
 *
 * <p>Kept in one class so that the {@code text} type can later draw from the text provider by
 * changing only {@link #text}.
 */
public final class SchemaText {
  private static final String[] WORDS = {
    "a",
    "about",
    "after",
    "again",
    "all",
    "also",
    "always",
    "and",
    "another",
    "any",
    "area",
    "back",
    "because",
    "before",
    "between",
    "book",
    "both",
    "build",
    "business",
    "call",
    "can",
    "case",
    "change",
    "child",
    "city",
    "come",
    "company",
    "could",
    "country",
    "day",
    "different",
    "do",
    "down",
    "during",
    "each",
    "early",
    "end",
    "even",
    "every",
    "family",
    "far",
    "feel",
    "few",
    "find",
    "first",
    "follow",
    "food",
    "form",
    "friend",
    "from",
    "game",
    "get",
    "give",
    "good",
    "government",
    "great",
    "group",
    "grow",
    "hand",
    "hard",
    "have",
    "head",
    "help",
    "here",
    "high",
    "home",
    "house",
    "how",
    "idea",
    "important",
    "into",
    "just",
    "keep",
    "kind",
    "know",
    "large",
    "last",
    "late",
    "lead",
    "learn",
    "leave",
    "life",
    "light",
    "line",
    "little",
    "live",
    "local",
    "long",
    "look",
    "make",
    "many",
    "market",
    "mean",
    "might",
    "money",
    "month",
    "more",
    "most",
    "move",
    "much",
    "music",
    "name",
    "need",
    "never",
    "new",
    "next",
    "night",
    "number",
    "office",
    "often",
    "old",
    "only",
    "open",
    "order",
    "other",
    "over",
    "own",
    "paper",
    "part",
    "people",
    "place",
    "plan",
    "play",
    "point",
    "power",
    "program",
    "public",
    "question",
    "read",
    "real",
    "report",
    "right",
    "room",
    "run",
    "same",
    "school",
    "seem",
    "service",
    "set",
    "show",
    "side",
    "small",
    "some",
    "start",
    "state",
    "still",
    "story",
    "study",
    "system",
    "take",
    "team",
    "tell",
    "than",
    "that",
    "their",
    "then",
    "there",
    "these",
    "thing",
    "think",
    "through",
    "time",
    "today",
    "together",
    "turn",
    "under",
    "until",
    "use",
    "very",
    "want",
    "water",
    "way",
    "week",
    "well",
    "what",
    "when",
    "where",
    "while",
    "word",
    "work",
    "world",
    "would",
    "write",
    "year",
    "young"
  };

  private SchemaText() {}

  /**
   * Returns sentences of words, exactly {@code length} characters long, where {@code length} is
   * uniform in {@code [minChars, maxChars]}. The text never ends in a space.
   *
   * @param random the generator
   * @param minChars shortest length, {@code >= 0}
   * @param maxChars longest length, {@code >= minChars}
   * @return the text
   */
  public static String text(RandomSource random, int minChars, int maxChars) {
    int length = (int) (minChars + random.nextBounded((long) maxChars - minChars + 1));
    StringBuilder sb = new StringBuilder(length + 16);
    boolean capital = true;
    int wordsInSentence = 0;
    while (sb.length() < length) {
      long bits = random.nextLong();
      String word = WORDS[RandomSource.index(bits >>> 32, WORDS.length)];
      if (capital) {
        sb.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
        capital = false;
      } else {
        sb.append(word);
      }
      wordsInSentence++;
      // End a sentence after 4 to 15 words.
      if (wordsInSentence >= 4 && (bits & 0xF) < wordsInSentence - 3) {
        sb.append('.');
        capital = true;
        wordsInSentence = 0;
      }
      sb.append(' ');
    }
    sb.setLength(length);
    if (length > 0 && sb.charAt(length - 1) == ' ') {
      sb.setCharAt(length - 1, '.');
    }
    return sb.toString();
  }
}
