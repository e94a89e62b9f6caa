package dev.forgery.internal.provider.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forgery.internal.random.SplitMix64;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class LoremTest {
  /**
   * Every length from 1 to 14, but mostly 14-letter words, so texts often end one letter short
   * after a 14-letter word, where no 15-letter word exists and "a" has to help.
   */
  private static final String[] FULL = {
    "a",
    "be",
    "the",
    "word",
    "words",
    "better",
    "between",
    "whatever",
    "something",
    "difference",
    "information",
    "relationship",
    "environmental",
    "administration",
  };

  private static final SpacedLorem LONG_WORDS =
      new SpacedLorem(FULL, new int[] {10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 8062});

  /** Only lengths 1, 2 and 14: some lengths cannot be reached with whole words. */
  private static final SpacedLorem SPARSE =
      new SpacedLorem(new String[] {"a", "be", "administration"}, new int[] {1000, 1000, 6192});

  @Property(tries = 3000)
  void exactLengthsUseWholeWordsWhenEveryLengthExists(
      @ForAll long seed, @ForAll @IntRange(min = 2, max = 120) int length) {
    String text = LONG_WORDS.text(new SplitMix64(seed), length, length, new Lorem.Buffer());
    assertThat(text).hasSize(length).endsWith(".");
    Set<String> words = Set.of(FULL);
    for (String sentence : text.substring(0, text.length() - 1).split("\\. ")) {
      assertThat(Character.isUpperCase(sentence.charAt(0))).as(text).isTrue();
      for (String word : sentence.split(" ")) {
        String lower = Character.toLowerCase(word.charAt(0)) + word.substring(1);
        assertThat(words).as(text).contains(lower);
      }
    }
  }

  @Property(tries = 1000)
  void sparseVocabulariesStillLandInsideTheBounds(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 80) int min,
      @ForAll @IntRange(min = 0, max = 5) int width) {
    String text = SPARSE.text(new SplitMix64(seed), min, min + width, new Lorem.Buffer());
    assertThat(text.length()).as(text).isBetween(min, min + width);
    assertThat(Character.isUpperCase(text.charAt(0))).as(text).isTrue();
    if (text.length() >= 2) {
      assertThat(text).endsWith(".").doesNotContain("  ");
    }
  }

  @Test
  void badVocabulariesAreRefused() {
    assertThatThrownBy(() -> new SpacedLorem(new String[] {"a"}, new int[] {8191}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("8192");
    assertThatThrownBy(() -> new SpacedLorem(new String[] {"abcdefghijklmnop"}, new int[] {8192}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("length");
    // Beyond Latin-1 (\u0153uvre) or not a letter (a no-break space) is refused.
    assertThatThrownBy(() -> new SpacedLorem(new String[] {"\u0153uvre"}, new int[] {8192}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Latin-1");
    assertThatThrownBy(() -> new SpacedLorem(new String[] {"a\u00a0b"}, new int[] {8192}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Latin-1");
  }

  @Test
  void latin1WordsAreKeptAndCapitalisedAtTheStartOfASentence() {
    Lorem lorem = new SpacedLorem(new String[] {"\u00e9t\u00e9"}, new int[] {8192});
    String sentence = lorem.sentence(new SplitMix64(1L), 3, new Lorem.Buffer());
    assertThat(sentence).isEqualTo("\u00c9t\u00e9 \u00e9t\u00e9 \u00e9t\u00e9.");
  }

  @Test
  void wordsWrittenWithoutSpacesMustBeJapaneseAndIncludeAOneCharacterWord() {
    assertThatThrownBy(
            () -> new UnspacedLorem(new String[] {"\u96ea", "snow"}, new int[] {1, 8191}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("kanji, hiragana or katakana");
    assertThatThrownBy(() -> new UnspacedLorem(new String[] {"\u96ea\u304c"}, new int[] {8192}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("one-character word");
  }

  /** Only words of one and of fourteen characters: long texts must be landed with short ones. */
  private static final UnspacedLorem KANJI =
      new UnspacedLorem(new String[] {"\u96ea", "\u30a2".repeat(14)}, new int[] {100, 8092});

  @Property(tries = 1000)
  void japaneseTextsLandInsideTheBoundsWithWholeWords(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 80) int min,
      @ForAll @IntRange(min = 0, max = 5) int width) {
    String text = KANJI.text(new SplitMix64(seed), min, min + width, new Lorem.Buffer());
    assertThat(text.length()).as(text).isBetween(min, min + width);
    assertThat(text).matches("(?:(?:\u96ea|\u30a2{14})+\u3002)*|\u96ea");
  }
}
