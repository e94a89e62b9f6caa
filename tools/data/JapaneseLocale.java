import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Converts the Japanese sources into forgery's ja_JP tables ({@code value<TAB>weight}).
 *
 * <ul>
 *   <li>{@code last_names.txt}: the 1,999 most common surnames in kanji, weighted by their
 *       estimated number of bearers (shuheilocale/japanese-personal-name-dataset, MIT);
 *       {@code last_names_latin.txt}: the same surnames romanised as in that list ({@code satou}),
 *       same weights, for email addresses and domain names;
 *   <li>{@code first_names.txt}: the given names of Datafaker's {@code ja.yml} (Apache-2.0) and
 *       Faker's {@code person/ja_JP} (MIT), in kanji or kana as written. No frequency table of
 *       Japanese given names is at hand (the shared popular-name lists give readings and spellings,
 *       not counts), so every name weighs 1; {@code first_names_latin.txt}: the romanised readings
 *       of the popular male and female name lists (same dataset), every reading weighing 1;
 *   <li>{@code name_format.txt}: family name first, a space between ({@code 山田 太郎}), the form of
 *       Japanese registration forms that keep the two names apart;
 *   <li>{@code postcodes.txt}: {@code postcode;prefecture;municipality;town} rows of Japan Post's
 *       postcode data (kufu/jpostcode-data, MIT; Japan Post claims no copyright on it), at most
 *       {@link #TOWNS_PER_MUNICIPALITY} towns per municipality, weighted by population (see {@link
 *       #populations});
 *   <li>{@code regions.txt}: the 47 prefectures with their ISO 3166-2:JP codes (localgovjp, CC0);
 *   <li>{@code phone_patterns.txt}: mobile and fixed-line numbers in Japanese domestic notation;
 *   <li>{@code company_formats.txt}, {@code company_categories.txt}, {@code free_email_domains.txt}
 *       and {@code email_domains.txt}: short lists written here, with approximate shares.
 * </ul>
 *
 * <p>Usage: {@code java tools/data/JapaneseLocale.java <shared-data-dir> <jpostcode-data-dir>
 * <resources-dir>}, where the second directory is the {@code data/json} folder of
 * kufu/jpostcode-data at commit e68e3ad2f843d62ff402a62d58ab4d3106d02bd8.
 */
public final class JapaneseLocale {
  /** How many towns of each municipality are kept: enough for variety, a small table. */
  static final int TOWNS_PER_MUNICIPALITY = 6;

  /**
   * The weight of a municipality with no GeoNames city of 15,000 people or more near its office:
   * a town or village of fewer than 15,000 people.
   */
  static final long SMALL_MUNICIPALITY = 5_000;

  public static void main(String[] args) throws IOException {
    Path in = Path.of(args[0]);
    Path postal = Path.of(args[1]);
    Path out = Path.of(args[2], "ja_JP");
    Files.createDirectories(out);
    lastNames(in.resolve("ja_JP/jp_last_names_top2000.csv"), out);
    firstNames(in, out);
    write(out.resolve("name_format.txt"), List.of("order={last} {first}"));
    Map<String, String> prefectures = regions(in.resolve("ja_JP/jp_prefectures_localgovjp.csv"), out);
    Map<String, Long> population =
        populations(
            in.resolve("ja_JP/jp_municipalities_localgovjp.csv"),
            in.resolve("geo/geonames_cities15000_2016_slim.csv"));
    postcodes(postal, prefectures, population, out);
    phones(out);
    // Legal forms as written in company names: 株式会社 before the name (前株) or after it (後株)
    // about equally; 有限会社 (no new ones since 2006, many still trading) and 合同会社 rarer.
    // Editorial shares out of 100.
    write(
        out.resolve("company_formats.txt"),
        List.of(
            "株式会社{last}{category}\t35",
            "{last}{category}株式会社\t35",
            "有限会社{last}{category}\t18",
            "合同会社{last}{category}\t10",
            "{last}{category}合同会社\t2"));
    write(
        out.resolve("company_categories.txt"),
        List.of(
            "水産", "農林", "鉱業", "建設", "食品", "印刷", "電気", "ガス", "情報", "通信", "運輸", "銀行",
            "保険", "商事", "工業", "製作所", "物産", "不動産", "電機", "製薬"));
    // Free mail as used in Japan: Gmail and Yahoo! JAPAN first, then the carriers' mobile mail
    // (docomo, au, SoftBank) and iCloud, Outlook. Editorial shares out of 100.
    List<String> freeMail =
        List.of(
            "gmail.com\t34",
            "yahoo.co.jp\t24",
            "icloud.com\t10",
            "docomo.ne.jp\t9",
            "ezweb.ne.jp\t6",
            "au.com\t4",
            "softbank.ne.jp\t5",
            "i.softbank.jp\t3",
            "outlook.jp\t3",
            "hotmail.co.jp\t2");
    write(out.resolve("free_email_domains.txt"), freeMail);
    // As for Germany, company domains are not modelled: every address is free mail.
    write(out.resolve("email_domains.txt"), freeMail);
  }

  private static void lastNames(Path csv, Path out) throws IOException {
    List<String> kanji = new ArrayList<>();
    Map<String, Long> latin = new TreeMap<>();
    for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
      String[] f = line.split(",", -1);
      if (f.length < 4 || f[0].isBlank()) {
        continue;
      }
      long count = Long.parseLong(f[1].strip());
      kanji.add(f[0].strip() + '\t' + count);
      latin.merge(f[3].strip().toLowerCase(java.util.Locale.ROOT), count, Long::sum);
    }
    write(out.resolve("last_names.txt"), kanji);
    write(out.resolve("last_names_latin.txt"), weighted(latin));
  }

  private static void firstNames(Path in, Path out) throws IOException {
    Set<String> names = new LinkedHashSet<>();
    String yml = Files.readString(in.resolve("fallback/datafaker/ja.yml"));
    Matcher m = Pattern.compile("\\n\\s*first_name: \\[([^\\]]*)\\]").matcher(yml);
    if (!m.find()) {
      throw new IllegalStateException("no first_name list in ja.yml");
    }
    for (String v : m.group(1).split(",")) {
      names.add(v.replace("\"", "").replace(" ", "").strip());
    }
    String json = Files.readString(in.resolve("fallback/faker/person_ja_JP.json"));
    // The pairs are [kanji, katakana, romaji] triples; the kanji (or kana) form is the first.
    Matcher pairs = Pattern.compile("\\[\\s*\"([^\"]+)\",\\s*\"[^\"]+\",\\s*\"[^\"]+\"\\s*\\]").matcher(json);
    while (pairs.find()) {
      names.add(pairs.group(1));
    }
    names.remove("");
    List<String> text = new ArrayList<>();
    for (String name : names) {
      text.add(name + "\t1");
    }
    write(out.resolve("first_names.txt"), text);
    Map<String, Long> readings = new TreeMap<>();
    for (String file :
        List.of("ja_JP/jp_first_names_male_popular.csv", "ja_JP/jp_first_names_female_popular.csv")) {
      for (String line : Files.readAllLines(in.resolve(file), StandardCharsets.UTF_8)) {
        String[] f = line.split(",", -1);
        String romaji = f.length > 1 ? f[1].strip().toLowerCase(java.util.Locale.ROOT) : "";
        if (romaji.matches("[a-z]+")) {
          readings.put(romaji, 1L);
        }
      }
    }
    write(out.resolve("first_names_latin.txt"), weighted(readings));
  }

  /** Writes {@code prefecture;code} lines and returns the code of every prefecture. */
  private static Map<String, String> regions(Path csv, Path out) throws IOException {
    Map<String, String> codes = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    List<String> header = List.of(csv(lines.get(0)));
    int pref = header.indexOf("pref");
    int iso = header.indexOf("ISO3166-2");
    List<String> text = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = csv(line);
      String code = f[iso].replace("JP-", "");
      codes.put(f[pref], code);
      text.add(f[pref] + ';' + code);
    }
    write(out.resolve("regions.txt"), text);
    return codes;
  }

  /**
   * Estimates the population of every municipality ({@code prefecture;municipality}, wards of
   * designated cities written as Japan Post writes them, {@code 札幌市中央区}). Each GeoNames city of
   * 15,000 people or more is given to the municipality whose office is nearest (within {@code 8
   * km}); a designated city's total is then shared evenly among its wards, and Tokyo's 23 special
   * wards are one such group (GeoNames has one {@code Tokyo} point for all of them). A municipality
   * that no GeoNames city falls to weighs {@link #SMALL_MUNICIPALITY}.
   */
  static Map<String, Long> populations(Path municipalities, Path cities) throws IOException {
    List<String> lines = Files.readAllLines(municipalities, StandardCharsets.UTF_8);
    List<String> header = List.of(csv(lines.get(0).replace("\uFEFF", "")));
    int pref = header.indexOf("pref");
    int cid = header.indexOf("cid");
    int city = header.indexOf("city");
    int lat = header.indexOf("lat");
    int lng = header.indexOf("lng");
    List<String> names = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    List<double[]> offices = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = csv(line);
      String name = f[city].strip();
      int space = name.indexOf(' ');
      String group;
      if (space > 0) {
        group = f[pref] + ';' + name.substring(0, space);
      } else if (f[pref].equals("東京都") && Integer.parseInt(f[cid]) < 13200) {
        group = "東京都;区部";
      } else {
        group = f[pref] + ';' + name;
      }
      names.add(f[pref] + ';' + name.replace(" ", ""));
      groups.add(group);
      offices.add(new double[] {Double.parseDouble(f[lat]), Double.parseDouble(f[lng])});
    }
    Map<String, Long> groupPopulation = new TreeMap<>();
    List<String> cityLines = Files.readAllLines(cities, StandardCharsets.UTF_8);
    for (String line : cityLines.subList(1, cityLines.size())) {
      String[] f = csv(line);
      if (!f[6].equals("JP")) {
        continue;
      }
      double la = Double.parseDouble(f[3]);
      double lo = Double.parseDouble(f[4]);
      int best = -1;
      double bestKm = 8;
      for (int i = 0; i < offices.size(); i++) {
        double km = km(la, lo, offices.get(i)[0], offices.get(i)[1]);
        if (km < bestKm) {
          bestKm = km;
          best = i;
        }
      }
      if (best >= 0) {
        groupPopulation.merge(groups.get(best), Long.parseLong(f[9]), Long::sum);
      }
    }
    Map<String, Integer> members = new TreeMap<>();
    for (int i = 0; i < names.size(); i++) {
      // A designated city's own row (札幌市) has no postcodes of its own: only its wards count.
      if (!names.get(i).equals(groups.get(i)) || groups.stream().filter(groups.get(i)::equals).count() == 1) {
        members.merge(groups.get(i), 1, Integer::sum);
      }
    }
    Map<String, Long> population = new TreeMap<>();
    for (int i = 0; i < names.size(); i++) {
      Long total = groupPopulation.get(groups.get(i));
      population.put(
          names.get(i),
          total == null ? SMALL_MUNICIPALITY : Math.max(SMALL_MUNICIPALITY, total / members.get(groups.get(i))));
    }
    return population;
  }

  /** Great-circle distance in km. */
  private static double km(double lat1, double lon1, double lat2, double lon2) {
    double p = Math.PI / 180;
    double a =
        0.5
            - Math.cos((lat2 - lat1) * p) / 2
            + Math.cos(lat1 * p) * Math.cos(lat2 * p) * (1 - Math.cos((lon2 - lon1) * p)) / 2;
    return 12742 * Math.asin(Math.sqrt(a));
  }

  /** What a town name must not contain to be written before a chome-ban-go number. */
  private static final Pattern NOT_A_TOWN =
      Pattern.compile("[（）()０-９0-9、～・「」]|丁目|番地|地割|以下に掲載がない場合|一円|の次に");

  /**
   * Keeps, per municipality, the first {@link #TOWNS_PER_MUNICIPALITY} towns in postcode order
   * whose names can take a chome-ban-go number (no parenthesised ranges, no numbers of their own),
   * leaving out companies' own postcodes; each kept row weighs an equal share of the municipality's
   * population.
   */
  private static void postcodes(
      Path dir, Map<String, String> prefectures, Map<String, Long> population, Path out)
      throws IOException {
    Map<String, List<String>> towns = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    Set<String> seen = new LinkedHashSet<>();
    for (Path file : files) {
      Map<String, String> object = new TreeMap<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        Matcher m = FIELD.matcher(line);
        if (m.find()) {
          object.put(m.group(1), m.group(2) == null ? "" : m.group(2));
        } else if (line.strip().startsWith("}") && object.containsKey("postcode")) {
          row(object, prefectures, towns, seen);
          object = new TreeMap<>();
        }
      }
    }
    List<String> text = new ArrayList<>();
    int unweighted = 0;
    for (Map.Entry<String, List<String>> e : towns.entrySet()) {
      Long people = population.get(e.getKey());
      if (people == null) {
        // Japan Post writes a district's towns and villages with the district (阿蘇郡産山村).
        people = population.get(e.getKey().replaceFirst(";.*郡", ";"));
      }
      if (people == null) {
        unweighted++;
        people = SMALL_MUNICIPALITY;
      }
      long share = Math.max(1, people / e.getValue().size());
      for (String row : e.getValue()) {
        text.add(row + '\t' + share);
      }
    }
    text.sort(null);
    System.out.println(
        "postcodes: " + text.size() + " rows, " + towns.size() + " municipalities, "
            + unweighted + " not in localgovjp (weighed as small)");
    write(out.resolve("postcodes.txt"), text);
  }

  private static final Pattern FIELD = Pattern.compile("^\\s*\"([a-z_]+)\": (?:\"([^\"]*)\"|null|[0-9]+)");

  private static void row(
      Map<String, String> o,
      Map<String, String> prefectures,
      Map<String, List<String>> towns,
      Set<String> seen) {
    String town = o.getOrDefault("town", "");
    if (!o.getOrDefault("office_name", "").isEmpty()
        || town.isEmpty()
        || NOT_A_TOWN.matcher(town).find()
        || !prefectures.containsKey(o.get("prefecture"))) {
      return;
    }
    String code = o.get("postcode");
    String postcode = code.substring(0, 3) + '-' + code.substring(3);
    String municipality = o.get("prefecture") + ';' + o.get("city");
    String row = postcode + ';' + o.get("prefecture") + ';' + o.get("city") + ';' + town;
    List<String> kept = towns.computeIfAbsent(municipality, k -> new ArrayList<>());
    if (kept.size() < TOWNS_PER_MUNICIPALITY && seen.add(postcode)) {
      kept.add(row);
    }
  }

  /**
   * Phone numbers in domestic notation with hyphens. Mobiles (070, 080, 090) take about 60% and
   * fixed lines of the largest cities the rest; the first digit after each area code is one that
   * the numbering plan gives to subscribers (2-9, and for Sapporo not 4 or 9), so every number is
   * valid for JP per libphonenumber (every pattern was checked with 3,000 fillings). Japan keeps no range for fiction, so validity is what the patterns promise.
   */
  private static void phones(Path out) throws IOException {
    List<String> lines = new ArrayList<>();
    // Weights out of 72,000 (divisible by the 9 or 8 first digits of a prefix): 090 30%, 080 20%,
    // 070 10%, fixed lines 40% shared by the areas' weights.
    for (String mobile : List.of("090", "080", "070")) {
      int weight = mobile.equals("090") ? 2400 : mobile.equals("080") ? 1600 : 800;
      for (int d = 1; d <= 9; d++) {
        lines.add(mobile + '-' + d + "###-####\t" + weight);
      }
    }
    // Tokyo (03) and Osaka (06) have 4-digit local parts; the others are 3 + 4.
    Map<String, Integer> areas = new LinkedHashMap<>();
    areas.put("03", 40);
    areas.put("06", 25);
    areas.put("045", 12);
    areas.put("052", 10);
    areas.put("011", 7);
    areas.put("092", 6);
    areas.put("078", 5);
    areas.put("075", 5);
    areas.put("022", 4);
    int areaWeights = areas.values().stream().mapToInt(Integer::intValue).sum();
    for (Map.Entry<String, Integer> a : areas.entrySet()) {
      String area = a.getKey();
      String local = area.length() == 2 ? "###-####" : "##-####";
      int digits = area.equals("011") ? 6 : 8;
      long weight = Math.round(28_800.0 * a.getValue() / areaWeights / digits);
      for (int d = 2; d <= 9; d++) {
        // Sapporo's 011-4 and 011-9 blocks are not assigned (libphonenumber 9.0.43 rejects them).
        if (!(area.equals("011") && (d == 4 || d == 9))) {
          lines.add(area + '-' + d + local + '\t' + weight);
        }
      }
    }
    write(out.resolve("phone_patterns.txt"), lines);
  }

  private static List<String> weighted(Map<String, Long> counts) {
    List<Map.Entry<String, Long>> rows = new ArrayList<>(counts.entrySet());
    rows.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    List<String> text = new ArrayList<>();
    for (Map.Entry<String, Long> e : rows) {
      text.add(e.getKey() + '\t' + e.getValue());
    }
    return text;
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
