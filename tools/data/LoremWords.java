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
 * Writes a language's {@code lorem_words.txt} from the {@code word_list} of a Faker lorem table:
 * the single words of Latin script and Latin-1 letters (what forgery's text writers copy as bytes),
 * shorter than 15 letters, each once, in the list's order, equally weighted (the lists give no
 * frequencies): weights adding up to 8192, so a word takes 13 random bits.
 *
 * <p>Usage: {@code java tools/data/LoremWords.java <faker-lorem-json> <language-folder>}, e.g.
 * {@code java tools/data/LoremWords.java ../shared/data/fallback/faker/lorem_de_DE.json
 * forgery-core/src/main/resources/dev/forgery/data/de}. The French list is written by {@code
 * FrenchLocale.java} in the same way.
 */
public final class LoremWords {
  public static void main(String[] args) throws IOException {
    String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    int start = text.indexOf('[', text.indexOf("\"word_list\""));
    int end = text.indexOf(']', start);
    Matcher m = Pattern.compile("\"([^\"]*)\"").matcher(text.substring(start, end));
    Set<String> seen = new HashSet<>();
    List<String> words = new ArrayList<>();
    while (m.find()) {
      String word = m.group(1).strip();
      if (word.matches("[\\p{IsLatin}]+")
          && word.chars().allMatch(c -> c < 256)
          && word.length() < 15
          && seen.add(word)) {
        words.add(word);
      }
    }
    List<String> weighted = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      weighted.add(words.get(i) + '\t' + (8192 / words.size() + (i < 8192 % words.size() ? 1 : 0)));
    }
    Path out = Path.of(args[1]);
    Files.createDirectories(out);
    Files.writeString(
        out.resolve("lorem_words.txt"), String.join("\n", weighted) + "\n", StandardCharsets.UTF_8);
  }
}
