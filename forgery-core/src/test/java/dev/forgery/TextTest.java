package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class TextTest {
  @Property(tries = 3000)
  void textsLandInsideTheirBoundsWithoutCuttingWords(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 400) int a,
      @ForAll @IntRange(min = 0, max = 60) int width) {
    int min = a;
    int max = a + width;
    for (String t : new Faker("en_US", seed).texts(5, min, max)) {
      assertThat(t.length()).as("[%s]", t).isBetween(min, max);
      if (t.length() >= 2) {
        assertThat(ProvidersContractTest.sentenceCount(t)).as("[%s]", t).isPositive();
      }
    }
  }

  @Property(tries = 500)
  void exactLengthsAreHit(@ForAll long seed, @ForAll @IntRange(min = 0, max = 300) int length) {
    String t = new Faker("en_US", seed).text(length, length);
    assertThat(t).hasSize(length);
    if (length >= 2) {
      assertThat(ProvidersContractTest.sentenceCount(t)).as("[%s]", t).isPositive();
    }
  }

  @Test
  void tinyTextsAreWhatFits() {
    Faker faker = new Faker("en_US", 1L);
    assertThat(faker.text(0, 0)).isEmpty();
    assertThat(faker.text(1, 1)).isEqualTo("I");
    assertThat(faker.text(2, 2)).matches("[AI]\\.");
    assertThat(faker.texts(100, 3, 3)).allSatisfy(t -> assertThat(t).matches("[A-Z][a-zA-Z]\\."));
    assertThat(new HashSet<>(faker.texts(1_000, 3, 3))).hasSizeGreaterThan(10);
  }

  @Property(tries = 300)
  void sentencesHaveExactlyTheRequestedWords(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 60) int words) {
    for (String s : new Faker("en_US", seed).sentences(10, words)) {
      assertThat(ProvidersContractTest.isSentence(s, words, words)).as(s).isTrue();
    }
  }

  @Property(tries = 200)
  void paragraphsHaveExactlyTheRequestedSentences(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int sentences) {
    for (String p : new Faker("en_US", seed).paragraphs(5, sentences)) {
      assertThat(ProvidersContractTest.sentenceCount(p)).as(p).isEqualTo(sentences);
    }
  }

  @Test
  void noArgumentFormsVaryNaturally() {
    Map<Integer, Integer> lengths = new HashMap<>();
    List<String> sentences = new Faker("en_US", 2L).sentences(20_000);
    for (String s : sentences) {
      lengths.merge(s.split(" ").length, 1, Integer::sum);
    }
    assertThat(lengths.keySet()).containsExactlyInAnyOrder(3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    double meanWords = sentences.stream().mapToInt(s -> s.split(" ").length).average().orElse(0);
    assertThat(meanWords).isBetween(6.6, 7.2);
    assertThat(new HashSet<>(sentences)).hasSizeGreaterThan(19_990);
    Map<Integer, Integer> counts = new HashMap<>();
    for (String p : new Faker("en_US", 2L).paragraphs(5_000)) {
      counts.merge(ProvidersContractTest.sentenceCount(p), 1, Integer::sum);
    }
    assertThat(counts.keySet()).containsExactlyInAnyOrder(2, 3, 4, 5, 6);
    Set<Integer> textLengths = new HashSet<>();
    for (String t : new Faker("en_US", 2L).texts(5_000)) {
      textLengths.add(t.length());
    }
    assertThat(textLengths).hasSizeGreaterThan(140);
  }

  @Test
  void wordsFollowEnglishFrequency() {
    Map<String, Integer> counts = new HashMap<>();
    int n = 200_000;
    for (String w : new Faker("en_US", 3L).words(n)) {
      counts.merge(w, 1, Integer::sum);
    }
    // "the" holds 444 of 8192 slots (5.4%), as in running English text; rare words 5 slots.
    assertThat(counts.get("the") / (double) n).isBetween(0.050, 0.058);
    assertThat(counts.get("the")).isGreaterThan(counts.get("of"));
    assertThat(counts.get("of")).isGreaterThan(10 * counts.getOrDefault("yourself", 0));
    assertThat(counts).hasSize(971);
  }

  @Test
  void goldenSentencesPinTheOutput() {
    Faker faker = new Faker("en_US", 42L);
    assertThat(faker.sentence()).isEqualTo("Democrat western his give boy draw into worker.");
    assertThat(faker.sentence()).isEqualTo("Weight natural hit and to country.");
  }

  @Test
  void longSentencesAndTextsGrowTheBuffer() {
    Faker faker = new Faker("en_US", 4L);
    assertThat(ProvidersContractTest.isSentence(faker.sentence(500), 500, 500)).isTrue();
    assertThat(faker.text(5_000, 5_000)).hasSize(5_000);
    assertThat(ProvidersContractTest.sentenceCount(faker.paragraph(100))).isEqualTo(100);
    List<String> mixed = faker.texts(3, 2_000, 3_000);
    assertThat(mixed).allSatisfy(t -> assertThat(t.length()).isBetween(2_000, 3_000));
  }

  @Test
  void badArgumentsAreRejectedClearly() {
    Faker faker = new Faker("en_US", 1L);
    assertThatThrownBy(() -> faker.sentences(3, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("words must be >= 1, got 0");
    assertThatThrownBy(() -> faker.sentence(2_000_000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("words must be <= 1000000");
    assertThatThrownBy(() -> faker.paragraph(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sentences must be >= 1, got 0");
    assertThatThrownBy(() -> faker.paragraphs(2, 2_000_000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sentences must be <= 1000000");
    assertThatThrownBy(() -> faker.texts(3, -1, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minChars must be >= 0, got -1");
    assertThatThrownBy(() -> faker.text(10, 9))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minChars must be <= maxChars, got minChars=10 and maxChars=9");
    assertThatThrownBy(() -> faker.text(0, Integer.MAX_VALUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxChars must be <= 100000000");
    assertThatThrownBy(() -> faker.sentences(-1, 3)).hasMessageContaining("n must be >= 0");
    assertThatThrownBy(() -> faker.paragraphs(-1, 3)).hasMessageContaining("n must be >= 0");
    assertThatThrownBy(() -> faker.texts(-1, 3, 4)).hasMessageContaining("n must be >= 0");
  }
}
