package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Japanese text in ja_JP: the words of Faker's Japanese list run together without spaces, each
 * sentence ends with {@code 。}, and lengths are counted in characters. The judges here are also
 * ja_JP's text judges in {@link RegistryContractTest}: a sentence must split into known words, in
 * the asked number, which is checked by trying every split, not by knowing how it was written.
 */
class JaJpTextTest {
  /** The Japanese words, shared by Japanese-speaking locales. */
  static final Set<String> WORDS = LocaleTables.values("ja", "lorem_unspaced_words.txt");

  /** Kanji, hiragana, katakana (with the long-vowel mark) and the full stop and comma. */
  private static final Pattern SCRIPT =
      Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー。、]*");

  private static final int LONGEST = WORDS.stream().mapToInt(String::length).max().orElseThrow();

  /** Puts ja_JP's judges of {@code word}, {@code sentence}, {@code paragraph} and {@code text}. */
  static void judges(Map<String, RegistryContractTest.Judge> j) {
    j.put("word", (v, a) -> WORDS.contains(v));
    j.put(
        "sentence",
        (v, a) ->
            sentence(
                (String) v,
                RegistryContractTest.integer(a, 0, 3),
                a.isEmpty() ? 12 : RegistryContractTest.integer(a, 0, 0)));
    j.put(
        "paragraph",
        (v, a) -> {
          int sentences = sentenceCount((String) v);
          return a.isEmpty()
              ? sentences >= 2 && sentences <= 6
              : sentences == RegistryContractTest.integer(a, 0, 0);
        });
    j.put(
        "text",
        (v, a) ->
            text(
                (String) v,
                RegistryContractTest.integer(a, 0, 50),
                RegistryContractTest.integer(a, 1, 200)));
  }

  /** Japanese script only, no space, no Latin letter. */
  static boolean script(String s) {
    return SCRIPT.matcher(s).matches();
  }

  /** One sentence: known words run together, between {@code min} and {@code max} of them, 。. */
  static boolean sentence(String s, int min, int max) {
    if (!script(s) || !s.endsWith("。") || s.indexOf('。') != s.length() - 1) {
      return false;
    }
    Set<Integer> counts = splits(s.substring(0, s.length() - 1));
    return counts.stream().anyMatch(c -> c >= min && c <= max);
  }

  /** The number of sentences run together, or -1 if any is not a sentence of known words. */
  static int sentenceCount(String s) {
    if (s.isEmpty() || !s.endsWith("。")) {
      return -1;
    }
    String[] sentences = s.split("(?<=。)");
    for (String sentence : sentences) {
      if (!sentence(sentence, 1, 10_000)) {
        return -1;
      }
    }
    return sentences.length;
  }

  /**
   * A text of length {@code min} to {@code max} in characters: whole sentences, or a one-character
   * word for a text of one character, or nothing.
   */
  static boolean text(String s, int min, int max) {
    if (s.length() < min || s.length() > max || !script(s)) {
      return false;
    }
    return s.isEmpty() || (s.length() == 1 ? WORDS.contains(s) : sentenceCount(s) >= 1);
  }

  /** Every number of known words {@code s} can be split into (empty if none). */
  private static Set<Integer> splits(String s) {
    List<Set<Integer>> at = new ArrayList<>();
    for (int i = 0; i <= s.length(); i++) {
      at.add(new HashSet<>());
    }
    at.get(0).add(0);
    for (int i = 0; i < s.length(); i++) {
      if (at.get(i).isEmpty()) {
        continue;
      }
      for (int l = 1; l <= LONGEST && i + l <= s.length(); l++) {
        if (WORDS.contains(s.substring(i, i + l))) {
          for (int c : at.get(i)) {
            at.get(i + l).add(c + 1);
          }
        }
      }
    }
    return at.get(s.length());
  }

  @Test
  void wordsAreJapanese() {
    List<String> words = new Faker("ja_JP", 17L).words(5_000);
    assertThat(words).allMatch(WORDS::contains).allMatch(JaJpTextTest::script);
    assertThat(new HashSet<>(words)).hasSizeGreaterThan(200);
    assertThat(words).anyMatch(w -> w.matches("\\p{IsHan}+")).anyMatch(w -> w.contains("ー"));
  }

  @Test
  void sentencesRunTheirWordsTogetherAndEndWithTheFullStop() {
    Faker faker = new Faker("ja_JP", 18L);
    for (String s : faker.sentences(2_000)) {
      assertThat(sentence(s, 3, 12)).as(s).isTrue();
      assertThat(s).doesNotContain(" ", ".").doesNotMatch(".*[A-Za-z].*");
    }
    for (String s : faker.sentences(200, 7)) {
      assertThat(sentence(s, 7, 7)).as(s).isTrue();
    }
    assertThat(faker.sentence(1)).matches("[^。]+。");
  }

  @Test
  void paragraphsAreSentencesOneAfterAnother() {
    Faker faker = new Faker("ja_JP", 19L);
    for (String p : faker.paragraphs(500)) {
      assertThat(sentenceCount(p)).as(p).isBetween(2, 6);
      assertThat(p).doesNotContain(" ");
    }
    for (String p : faker.paragraphs(100, 4)) {
      assertThat(sentenceCount(p)).as(p).isEqualTo(4);
    }
  }

  @Property(tries = 2000)
  void textsLandInsideTheirBoundsInCharacters(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 300) int min,
      @ForAll @IntRange(min = 0, max = 40) int width) {
    for (String t : new Faker("ja_JP", seed).texts(5, min, min + width)) {
      assertThat(text(t, min, min + width)).as("[%s] in %d..%d", t, min, min + width).isTrue();
    }
  }

  @Property(tries = 500)
  void exactLengthsAreHit(@ForAll long seed, @ForAll @IntRange(min = 0, max = 200) int length) {
    String t = new Faker("ja_JP", seed).text(length, length);
    assertThat(text(t, length, length)).as("[%s]", t).isTrue();
  }

  @Test
  void theTextProvidersAndSchemasGiveTheSameJapaneseText() {
    Faker faker = new Faker("ja_JP", 20L);
    assertThat(faker.provider("sentence").next(300)).allMatch(s -> sentence((String) s, 3, 12));
    assertThat(faker.provider("text", 10, 40).next(300)).allMatch(t -> text((String) t, 10, 40));
    assertThat(new Faker("ja_JP", 5L).texts(50, 30, 60))
        .isEqualTo(new Faker("ja_JP", 5L).provider("text", 30, 60).next(50));
  }

  @Test
  void slugsAndDomainNamesStayInLatinLetters() {
    Faker faker = new Faker("ja_JP", 21L);
    assertThat(faker.slugs(200)).allMatch(s -> s.matches("[a-z]+(-[a-z]+)+"));
    assertThat(faker.domainNames(200)).allMatch(d -> d.matches("[a-z0-9.-]+"));
  }

  @Test
  void rowIDependsOnlyOnTheSeedAndI() {
    Schema schema =
        Schema.builder(new Faker("ja_JP", 0L))
            .field("title", "sentence")
            .field("body", "paragraph")
            .field("bio", "text", 20, 60)
            .build();
    List<Map<String, Object>> all = new Faker("ja_JP", 22L).records(300, schema);
    assertThat(new Faker("ja_JP", 22L).records(schema, 120, 180)).isEqualTo(all.subList(120, 180));
    assertThat(all)
        .allMatch(r -> sentence((String) r.get("title"), 3, 12))
        .allMatch(r -> sentenceCount((String) r.get("body")) >= 2)
        .allMatch(r -> text((String) r.get("bio"), 20, 60));
    assertThat(new Faker("ja_JP", 23L).records(300, schema)).isNotEqualTo(all);
  }

  @Test
  void theJudgesRejectWhatIsNotJapaneseText() {
    assertThat(sentence("Lorem ipsum.", 1, 12)).isFalse();
    assertThat(sentence("葉 雪。", 1, 12)).as("a space").isFalse();
    assertThat(sentence("葉雪", 1, 12)).as("no full stop").isFalse();
    assertThat(sentence("葉雪。", 3, 12)).as("too few words").isFalse();
    assertThat(sentence("葉雪。", 2, 2)).isTrue();
    assertThat(text("葉雪。月。", 5, 5)).isTrue();
    assertThat(text("葉雪。月。", 6, 9)).isFalse();
  }
}
