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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts the German sources into forgery's de_DE tables ({@code value<TAB>weight}).
 *
 * <ul>
 *   <li>{@code first_names.txt}: newborn first names of the Berlin, Köln, Leipzig and München
 *       registries, both sexes summed, weighted by their count over all given-name positions;
 *   <li>{@code last_names.txt}: the German surname list of Datafaker's {@code de.yml} (no
 *       frequencies or ranks exist in it, so every name weighs 1), without fragments of two
 *       letters or fewer;
 *   <li>{@code postcodes.txt}: {@code plz;city;Bundesland} rows of GeoNames for the cities of
 *       15,000 people or more, weighted by population (see {@link #postcodes});
 *   <li>{@code streets.txt}: the German street names of Datafaker's {@code de.yml}, with the
 *       abbreviation {@code Str.} written out ({@code Bahnhofstraße}, {@code Kölner Straße});
 *   <li>{@code address_format.txt}: the DIN 5008 layout ({@code Hauptstraße 12, 10115 Berlin})
 *       and German house numbers; {@code regions.txt}: each Bundesland with its ISO 3166-2:DE code;
 *   <li>{@code company_suffixes.txt}, {@code free_email_domains.txt}, {@code name_prefixes.txt},
 *       {@code iban_countries.txt}: short lists written here, with approximate shares.
 * </ul>
 *
 * <p>Usage: {@code java tools/data/GermanLocale.java <shared-data-dir> <resources-dir>}
 */
public final class GermanLocale {
  private static final Map<String, String> STATES =
      Map.of(
          "Bavaria", "Bayern",
          "Thuringia", "Thüringen",
          "Lower Saxony", "Niedersachsen",
          "Saxony-Anhalt", "Sachsen-Anhalt",
          "Saxony", "Sachsen",
          "Mecklenburg-Western Pomerania", "Mecklenburg-Vorpommern",
          "Land Berlin", "Berlin");

  public static void main(String[] args) throws IOException {
    Path in = Path.of(args[0]);
    Path out = Path.of(args[1], "de_DE");
    Files.createDirectories(out);
    firstNames(in.resolve("de_DE/de_first_names_city_registries_aggregate.csv"), out);
    String yml = Files.readString(in.resolve("fallback/datafaker/de.yml"));
    lastNames(yml, out);
    streets(yml, out);
    postcodes(
        in.resolve("de_DE/geonames_postal_codes_de.csv"),
        in.resolve("geo/geonames_cities15000_2016_slim.csv"),
        out);
    write(
        out.resolve("address_format.txt"),
        List.of(
            "street_line={street} {number}",
            "address={street_line}, {postcode} {city}",
            "number_common_max=59",
            "number_max=199",
            "number_suffix_one_in=16",
            "number_suffixes=a,b,c,d"));
    write(
        out.resolve("regions.txt"),
        List.of(
            "Baden-Württemberg;BW",
            "Bayern;BY",
            "Berlin;BE",
            "Brandenburg;BB",
            "Bremen;HB",
            "Hamburg;HH",
            "Hessen;HE",
            "Mecklenburg-Vorpommern;MV",
            "Niedersachsen;NI",
            "Nordrhein-Westfalen;NW",
            "Rheinland-Pfalz;RP",
            "Saarland;SL",
            "Sachsen;SN",
            "Sachsen-Anhalt;ST",
            "Schleswig-Holstein;SH",
            "Thüringen;TH"));
    write(
        out.resolve("company_suffixes.txt"),
        List.of(
            "GmbH\t60",
            "UG (haftungsbeschränkt)\t10",
            "GmbH & Co. KG\t12",
            "e.K.\t8",
            "KG\t5",
            "AG\t5"));
    List<String> freeMail =
        List.of(
            "gmx.de\t25",
            "web.de\t24",
            "gmail.com\t22",
            "t-online.de\t12",
            "outlook.de\t5",
            "yahoo.de\t4",
            "freenet.de\t4",
            "mail.de\t2",
            "posteo.de\t2");
    write(out.resolve("free_email_domains.txt"), freeMail);
    // Addresses at companies' own domains are not modelled for Germany: every address is free mail.
    write(out.resolve("email_domains.txt"), freeMail);
    write(out.resolve("iban_countries.txt"), List.of("DE\t1"));
    write(out.resolve("company_and.txt"), List.of("und"));
    // Salutations as on German letters: Herr and Frau about equally, academic titles rarer.
    write(
        out.resolve("name_prefixes.txt"),
        List.of("Herr\t475", "Frau\t475", "Dr.\t40", "Prof.\t10"));
  }

  private static void firstNames(Path csv, Path out) throws IOException {
    Map<String, Long> counts = new TreeMap<>();
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      if (f[0].isBlank() || !Character.isUpperCase(f[0].charAt(0)) || !latin1(f[0])) {
        continue;
      }
      counts.merge(f[0].strip(), Long.parseLong(f[2]), Long::sum);
    }
    List<Map.Entry<String, Long>> rows = new ArrayList<>(counts.entrySet());
    rows.sort(Map.Entry.<String, Long>comparingByValue().reversed());
    List<String> text = new ArrayList<>();
    for (Map.Entry<String, Long> e : rows) {
      text.add(e.getKey() + '\t' + e.getValue());
    }
    write(out.resolve("first_names.txt"), text);
  }

  private static List<String> list(String yml, String key) {
    Matcher m = Pattern.compile("\\n\\s*" + key + ": \\[([^\\]]*)\\]").matcher(yml);
    if (!m.find()) {
      throw new IllegalStateException("no list " + key);
    }
    List<String> values = new ArrayList<>();
    for (String v : m.group(1).split(",")) {
      values.add(v.strip());
    }
    return values;
  }

  private static void lastNames(String yml, Path out) throws IOException {
    Set<String> names = new TreeSet<>();
    for (String name : list(yml, "last_name")) {
      if (name.length() > 2 && latin1(name) && !name.equals("Scc") && !name.equals("Van") && !name.equals("Von")) {
        names.add(name);
      }
    }
    List<String> text = new ArrayList<>();
    for (String name : names) {
      text.add(name + "\t1");
    }
    write(out.resolve("last_names.txt"), text);
  }

  private static void streets(String yml, Path out) throws IOException {
    Set<String> streets = new TreeSet<>();
    for (String street : list(yml, "street_root")) {
      String full =
          street.replaceAll("([a-zäöüß])str\\.$", "$1straße").replaceAll("Str\\.$", "Straße");
      streets.add(full);
    }
    List<String> text = new ArrayList<>();
    for (String street : streets) {
      text.add(street + "\t1");
    }
    write(out.resolve("streets.txt"), text);
  }

  /**
   * GeoNames' main names of cities that are not their German names; every other city of the table
   * is named as on its post.
   */
  private static final Map<String, String> GERMAN_NAMES =
      Map.of(
          "Munich", "München",
          "Cologne", "Köln",
          "Nuremberg", "Nürnberg",
          "Hanover", "Hannover",
          "Brunswick", "Braunschweig");

  /**
   * Keeps the GeoNames postcodes of the places that are cities of 15,000 people or more, each row
   * weighted by its city's population shared among the city's postcodes: addresses come out in
   * proportion to where people live, and no large-customer postcode (a company or an authority
   * named as the place) gets in.
   */
  private static void postcodes(Path csv, Path cities, Path out) throws IOException {
    Map<String, Long> population = new TreeMap<>();
    List<String> cityLines = Files.readAllLines(cities, StandardCharsets.UTF_8);
    for (String line : cityLines.subList(1, cityLines.size())) {
      String[] f = csv(line);
      if (f[6].equals("DE")) {
        population.merge(GERMAN_NAMES.getOrDefault(f[1], f[1]), Long.parseLong(f[9]), Long::max);
      }
    }
    Map<String, String> rows = new TreeMap<>();
    Map<String, Integer> postcodes = new TreeMap<>();
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = csv(line);
      String plz = f[1];
      String place = f[2].strip();
      String state = STATES.getOrDefault(f[3].strip(), f[3].strip());
      if (plz.matches("[0-9]{5}")
          && population.containsKey(place)
          && !state.isEmpty()
          && rows.putIfAbsent(plz + ';' + place, plz + ';' + place + ';' + state) == null) {
        postcodes.merge(place, 1, Integer::sum);
      }
    }
    List<String> text = new ArrayList<>();
    for (String row : rows.values()) {
      String place = row.split(";")[1];
      text.add(row + '\t' + Math.max(1, population.get(place) / postcodes.get(place)));
    }
    write(out.resolve("postcodes.txt"), text);
  }

  /**
   * Tells whether a name is Latin-1, the text the name tables' byte layout holds: names such as
   * Turkish {@code Yiğit} are left out (their share is printed).
   */
  private static boolean latin1(String name) {
    return name.chars().allMatch(c -> c < 256);
  }

  /** Splits a CSV line whose fields may be quoted and hold commas. */
  private static String[] csv(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields.toArray(new String[0]);
  }

  private static void write(Path file, List<String> lines) throws IOException {
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }
}
