import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes en_US {@code countries.txt} and the German {@code de/countries.txt}: one {@code CODE;Name}
 * line per ISO 3166-1 country, sorted by alpha-2 code, with the en_US and German names of Unicode
 * CLDR (umpirsky/country-list). The German names live in the language folder {@code de}, shared by
 * every German-speaking locale. Only codes that
 * datasets/country-codes lists as ISO 3166-1 alpha-2 are kept, so CLDR-only regions such as
 * {@code XK} are left out.
 *
 * <p>Usage: {@code java tools/data/Countries.java <shared-data-dir> <resources-dir>
 * [<umpirsky-it-country.csv>]}
 */
public final class Countries {
  public static void main(String[] args) throws IOException {
    Path in = Path.of(args[0], "countries");
    List<String> iso = Files.readAllLines(in.resolve("country-codes.csv"), StandardCharsets.UTF_8);
    List<String> header = csv(iso.get(0));
    int alpha2 = header.indexOf("ISO3166-1-Alpha-2");
    Set<String> codes = new TreeSet<>();
    for (String line : iso.subList(1, iso.size())) {
      List<String> cols = csv(line);
      if (cols.size() > alpha2 && cols.get(alpha2).length() == 2) {
        codes.add(cols.get(alpha2));
      }
    }
    // en_US names for en_US; German names for every German-speaking locale (the language folder).
    write(codes, in.resolve("country_names_en_US.csv"), Path.of(args[1], "en_US"));
    write(codes, in.resolve("country_names_de.csv"), Path.of(args[1], "de"));
    write(codes, in.resolve("country_names_es.csv"), Path.of(args[1], "es"));
    write(codes, in.resolve("country_names_ja.csv"), Path.of(args[1], "ja"));
    if (args.length > 2) {
      // Italian names: data/it/country.csv of umpirsky/country-list at commit 4d8f87526c89, the
      // commit the other languages come from (not among the shared sources).
      write(codes, Path.of(args[2]), Path.of(args[1], "it"));
    }
  }

  private static void write(Set<String> codes, Path csv, Path out) throws IOException {
    Files.createDirectories(out);
    List<String> names = Files.readAllLines(csv, StandardCharsets.UTF_8);
    Map<String, String> rows = new TreeMap<>();
    for (String line : names.subList(1, names.size())) {
      List<String> cols = csv(line);
      if (cols.size() == 2 && codes.contains(cols.get(0))) {
        rows.put(cols.get(0), cols.get(1));
      }
    }
    StringBuilder sb = new StringBuilder();
    rows.forEach((code, name) -> sb.append(code).append(';').append(name).append('\n'));
    Files.writeString(out.resolve("countries.txt"), sb, StandardCharsets.UTF_8);
    Set<String> unnamed = new TreeSet<>(codes);
    unnamed.removeAll(rows.keySet());
    System.out.println(out + "/countries.txt: " + rows.size() + " countries; ISO codes without a name: " + unnamed);
  }

  /** Splits one RFC 4180 line. */
  static List<String> csv(String line) {
    List<String> cols = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cur.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cols.add(cur.toString());
        cur.setLength(0);
      } else if (c != '\uFEFF') {
        cur.append(c);
      }
    }
    cols.add(cur.toString());
    return cols;
  }
}
