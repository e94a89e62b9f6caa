import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a language's word table from the {@code word_list} of a Faker lorem table, each word once,
 * in the list's order, equally weighted (the lists give no frequencies): weights adding up to 8192,
 * so a word takes 13 random bits.
 *
 * <ul>
 *   <li>For a language written with spaces, {@code lorem_words.txt}: the single words of Latin
 *       script and Latin-1 letters (what forgery's text writers copy as bytes), shorter than 15
 *       letters.
 *   <li>With {@code --unspaced}, for Japanese, {@code lorem_unspaced_words.txt}: the words written
 *       in kanji, hiragana and katakana only (and the long-vowel mark), shorter than 15 characters.
 *       Japanese text runs its words together and ends sentences with {@code 。}; slugs, URLs and
 *       domain names keep reading {@code lorem_words}, which for Japanese is the English list of
 *       {@code root}, since they need Latin letters.
 * </ul>
 *
 * <p>The input is a Faker lorem table as JSON, as the shared source data keeps them ({@code
 * fallback/faker/lorem_*.json}) or as {@code fetched/lorem_it_IT.json} holds the Italian one.
 *
 * <p>Usage: {@code java tools/data/LoremWords.java [--unspaced] <faker-lorem-json>
 * <language-folder>}, e.g. {@code java tools/data/LoremWords.java
 * ../shared/data/fallback/faker/lorem_de_DE.json forgery-core/src/main/resources/dev/forgery/data/de},
 * {@code java tools/data/LoremWords.java tools/data/fetched/lorem_it_IT.json
 * forgery-core/src/main/resources/dev/forgery/data/it} or {@code java tools/data/LoremWords.java
 * --unspaced ../shared/data/fallback/faker/lorem_ja_JP.json
 * forgery-core/src/main/resources/dev/forgery/data/ja}. The French list is written by {@code
 * FrenchLocale.java} in the same way.
 */
public final class LoremWords {
  private static final Pattern LATIN = Pattern.compile("[\\p{IsLatin}]+");
  private static final Pattern JAPANESE =
      Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー]+");

  public static void main(String[] args) throws IOException {
    boolean unspaced = args[0].equals("--unspaced");
    int first = unspaced ? 1 : 0;
    String text = Files.readString(Path.of(args[first]), StandardCharsets.UTF_8);
    int start = text.indexOf('[', text.indexOf("\"word_list\""));
    int end = text.indexOf(']', start);
    Matcher m = Pattern.compile("\"([^\"]*)\"").matcher(text.substring(start, end));
    Set<String> seen = new HashSet<>();
    List<String> words = new ArrayList<>();
    while (m.find()) {
      String word = m.group(1).strip();
      boolean script =
          unspaced
              ? JAPANESE.matcher(word).matches()
              : LATIN.matcher(word).matches() && word.chars().allMatch(c -> c < 256);
      if (script && word.length() < 15 && seen.add(word)) {
        words.add(word);
      }
    }
    List<String> weighted = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      weighted.add(words.get(i) + '\t' + (8192 / words.size() + (i < 8192 % words.size() ? 1 : 0)));
    }
    Path out = Path.of(args[first + 1]);
    Files.createDirectories(out);
    Files.writeString(
        out.resolve(unspaced ? "lorem_unspaced_words.txt" : "lorem_words.txt"),
        String.join("\n", weighted) + "\n",
        StandardCharsets.UTF_8);
  }
}
