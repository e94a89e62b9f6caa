package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The call-site survey in {@code docs/coverage} counts a Datafaker call as covered when its mapping
 * names a forgery call; this test keeps those claims true: every {@code faker.method(} named by a
 * {@code direct} or {@code workaround} mapping, and every forgery call in the README's migration
 * table, is a public method of {@link Faker}.
 */
class MigrationTableTest {
  private static final Pattern CALL = Pattern.compile("faker\\.([a-zA-Z0-9]+)\\(");

  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  private static Set<String> fakerMethods() {
    Set<String> names = new TreeSet<>();
    for (Method m : Faker.class.getMethods()) {
      if (Modifier.isPublic(m.getModifiers()) && m.getDeclaringClass() == Faker.class) {
        names.add(m.getName());
      }
    }
    return names;
  }

  private static List<String> calls(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = CALL.matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @Test
  void everyMappedCallIsAFakerMethod() throws IOException {
    Set<String> methods = fakerMethods();
    List<String> lines =
        Files.readAllLines(ROOT.resolve("docs/coverage/mapping.tsv"), StandardCharsets.UTF_8);
    int mapped = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] cols = line.split("\t", -1);
      if (cols[2].equals("direct") || cols[2].equals("workaround")) {
        List<String> named = calls(cols[1]);
        assertThat(named).as("mapping of %s names a forgery call", cols[0]).isNotEmpty();
        assertThat(methods).as("mapping of %s", cols[0]).containsAll(named);
        mapped++;
      } else {
        assertThat(cols[2]).as("kind of %s", cols[0]).isEqualTo("none");
      }
    }
    assertThat(mapped).isGreaterThan(90);
  }

  @Test
  void everyForgeryCallInTheReadmeMigrationTableIsAFakerMethod() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("## Migrating from Datafaker");
    String table = readme.substring(start, readme.indexOf("\n## ", start + 1));
    List<String> named = new ArrayList<>();
    for (String row : table.split("\n")) {
      String[] cells = row.split("\\|");
      if (cells.length >= 3) {
        named.addAll(calls(cells[2]));
      }
    }
    assertThat(named).hasSizeGreaterThan(60);
    assertThat(fakerMethods()).containsAll(named);
  }
}
