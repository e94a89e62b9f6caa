import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the en_US county table {@code counties.txt}: one line per county or county equivalent of
 * the 50 states and DC, {@code Cook County<TAB>weight}, heaviest first.
 *
 * <p>Names are written as the Census Bureau writes them: {@code Cook County}, {@code Orleans
 * Parish} (Louisiana), {@code Kenai Peninsula Borough}, {@code Bethel Census Area}, {@code Juneau
 * City and Borough} and {@code Anchorage Municipality} (Alaska), {@code Richmond city} (the
 * independent cities of Virginia, Baltimore and St. Louis), {@code Carson City} and {@code District
 * of Columbia}. A name shared by counties of several states ({@code Washington County}, 30 of them)
 * is one line whose weight is their sum.
 *
 * <p>Sources: the county of every ZIP code is GeoNames' second-level division of that ZIP (the
 * first GeoNames row of the ZIP, as in {@code zip_codes.txt}); names are spelled as in the
 * dariusk/corpora county list where both sources have the county ({@code St. Johns}, {@code
 * LaRue}, {@code De Baca}), which alone would not do: it stops short of the end of the alphabet in
 * most states (no {@code Washington}, {@code Wayne} or {@code York} counties) and lacks Honolulu,
 * Denver, the five counties of New York City and the independent cities. Editorial: the suffix
 * rules above, the Alaska names by FIPS code, and Connecticut's nine planning regions (which
 * GeoNames uses for most of its ZIP codes) mapped to the eight counties that addresses still name.
 * Two GeoNames spellings of an independent city ({@code City of Richmond}, {@code Norfolk (city)})
 * are both written {@code Richmond city}, {@code Norfolk city}.
 *
 * <p>Weights: a county weighs what its ZIP codes weigh in {@code zip_codes.txt} (an estimate of the
 * people they serve, see {@code Addresses.java}), so counties come out as the counties of the
 * addresses the ZIP table gives. New York City is the exception: its five counties share what the
 * ZIP table gives them by their 2010 census populations (see {@link #newYorkCity}). A county of the
 * corpora list that no ZIP names gets the weight of one ZIP code outside the large cities.
 *
 * <p>Usage: {@code java tools/data/Counties.java <shared-data-dir> <resources-dir>} (run after
 * {@code Addresses.java}: it reads the weights of {@code zip_codes.txt} from the resources).
 */
public final class Counties {
  /** Alaska's boroughs and census areas by FIPS county code, as the Census Bureau names them. */
  private static final Map<String, String> ALASKA =
      Map.ofEntries(
          Map.entry("013", "Aleutians East Borough"),
          Map.entry("016", "Aleutians West Census Area"),
          Map.entry("020", "Anchorage Municipality"),
          Map.entry("050", "Bethel Census Area"),
          Map.entry("060", "Bristol Bay Borough"),
          Map.entry("063", "Chugach Census Area"),
          Map.entry("066", "Copper River Census Area"),
          Map.entry("068", "Denali Borough"),
          Map.entry("070", "Dillingham Census Area"),
          Map.entry("090", "Fairbanks North Star Borough"),
          Map.entry("100", "Haines Borough"),
          Map.entry("105", "Hoonah-Angoon Census Area"),
          Map.entry("110", "Juneau City and Borough"),
          Map.entry("122", "Kenai Peninsula Borough"),
          Map.entry("130", "Ketchikan Gateway Borough"),
          Map.entry("150", "Kodiak Island Borough"),
          Map.entry("158", "Kusilvak Census Area"),
          Map.entry("164", "Lake and Peninsula Borough"),
          Map.entry("170", "Matanuska-Susitna Borough"),
          Map.entry("180", "Nome Census Area"),
          Map.entry("185", "North Slope Borough"),
          Map.entry("188", "Northwest Arctic Borough"),
          Map.entry("195", "Petersburg Borough"),
          Map.entry("198", "Prince of Wales-Hyder Census Area"),
          Map.entry("220", "Sitka City and Borough"),
          Map.entry("230", "Skagway Municipality"),
          // The Skagway-Hoonah-Angoon census area was split in 2007; its one ZIP left in GeoNames
          // is Yakutat's.
          Map.entry("232", "Yakutat City and Borough"),
          Map.entry("240", "Southeast Fairbanks Census Area"),
          Map.entry("275", "Wrangell City and Borough"),
          Map.entry("282", "Yakutat City and Borough"),
          Map.entry("290", "Yukon-Koyukuk Census Area"));

  /** Connecticut's planning regions, to the county that holds most of each. */
  private static final Map<String, String> CONNECTICUT =
      Map.of(
          "Capitol Region", "Hartford",
          "Connecticut Metropolitan", "Fairfield",
          "Western Connecticut", "Fairfield",
          "Lower Connecticut River Valley", "Middlesex",
          "Naugatuck Valley", "New Haven",
          "South Central Regional", "New Haven",
          "Northeastern Connecticut", "Windham",
          "Northwest Hills", "Litchfield",
          "Southeastern Connecticut", "New London");

  /** What a county name ends with; checked on every line written. */
  private static final Pattern SHAPE =
      Pattern.compile(
          ".+ (County|Parish|Borough|Census Area|Municipality|City and Borough|city)"
              + "|Carson City|District of Columbia");

  public static void main(String[] args) throws IOException {
    Path in = Path.of(args[0], "en_US");
    Path out = Path.of(args[1], "en_US");
    Map<String, Long> zipWeights = zipWeights(out.resolve("zip_codes.txt"));
    Map<String, String> stateCodes = new HashMap<>();
    Map<String, String[]> firstRow = new TreeMap<>();
    List<String> lines =
        Files.readAllLines(in.resolve("geonames_postal_codes_us.csv"), StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] cols = line.split(",", -1);
      stateCodes.putIfAbsent(cols[3], cols[4]);
      if (zipWeights.containsKey(cols[1])) {
        firstRow.putIfAbsent(cols[1], cols);
      }
    }
    if (firstRow.size() != zipWeights.size()) {
      throw new IllegalStateException(
          "zip_codes.txt has " + zipWeights.size() + " ZIPs, GeoNames " + firstRow.size());
    }
    Map<String, String> spelling = corpora(in, stateCodes);
    Map<String, Long> byState = new TreeMap<>();
    for (String[] cols : firstRow.values()) {
      // The state of zip_codes.txt, which corrects one GeoNames row.
      String state = cols[4].equals("MO") && cols[1].equals("72643") ? "AR" : cols[4];
      byState.merge(
          state + ';' + name(state, cols[5], cols[6], spelling), zipWeights.get(cols[1]), Long::sum);
    }
    newYorkCity(byState);
    // Counties no ZIP names weigh as much as one ZIP outside the large cities, whose weight is the
    // most common one.
    Map<Long, Integer> counts = new HashMap<>();
    zipWeights.values().forEach(w -> counts.merge(w, 1, Integer::sum));
    long oneZip =
        counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    List<String> added = new ArrayList<>();
    for (Map.Entry<String, String> e : spelling.entrySet()) {
      String state = e.getKey().substring(0, 2);
      String county = withSuffix(state, e.getValue());
      if (byState.putIfAbsent(state + ';' + county, oneZip) == null) {
        added.add(state + ' ' + county);
      }
    }
    Map<String, Long> weights = new TreeMap<>();
    byState.forEach((k, w) -> weights.merge(k.substring(3), w, Long::sum));
    List<Map.Entry<String, Long>> rows = new ArrayList<>(weights.entrySet());
    rows.sort(
        Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()));
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, Long> row : rows) {
      if (!SHAPE.matcher(row.getKey()).matches()) {
        throw new IllegalStateException("not a county name: " + row.getKey());
      }
      sb.append(row.getKey()).append('\t').append(row.getValue()).append('\n');
    }
    Files.writeString(out.resolve("counties.txt"), sb, StandardCharsets.UTF_8);
    System.out.println(
        "counties.txt: "
            + rows.size()
            + " names for "
            + byState.size()
            + " counties; added from the corpora list without a ZIP: "
            + added);
  }

  /**
   * Shares what the ZIP table gives New York City's five counties among them by their 2010 census
   * populations (public domain). The ZIP table gives the city's whole population to the ZIPs
   * GeoNames calls {@code New York}, which are Manhattan's, and only a ZIP's share each to those it
   * calls Brooklyn, Bronx, Staten Island or by a Queens neighbourhood; without this, Manhattan
   * would weigh five times its people and Brooklyn a tenth of its own.
   */
  static void newYorkCity(Map<String, Long> byState) {
    Map<String, Long> census2010 =
        Map.of(
            "NY;Bronx County", 1_385_108L,
            "NY;Kings County", 2_504_700L,
            "NY;New York County", 1_585_873L,
            "NY;Queens County", 2_230_722L,
            "NY;Richmond County", 468_730L);
    long total = 0;
    long people = 0;
    for (Map.Entry<String, Long> e : census2010.entrySet()) {
      Long weight = byState.get(e.getKey());
      if (weight == null) {
        throw new IllegalStateException("no ZIP in " + e.getKey());
      }
      total += weight;
      people += e.getValue();
    }
    for (Map.Entry<String, Long> e : census2010.entrySet()) {
      byState.put(e.getKey(), Math.round((double) total * e.getValue() / people));
    }
  }

  /** The weight of every ZIP of {@code zip_codes.txt} ({@code ZIP;City;ST<TAB>weight}). */
  static Map<String, Long> zipWeights(Path zipCodes) throws IOException {
    Map<String, Long> out = new HashMap<>();
    for (String line : Files.readAllLines(zipCodes, StandardCharsets.UTF_8)) {
      int tab = line.indexOf('\t');
      out.put(line.substring(0, line.indexOf(';')), Long.parseLong(line.substring(tab + 1)));
    }
    return out;
  }

  /**
   * The corpora county names, {@code ST;key} to the name: the spelling to use where GeoNames has
   * the same county under another spelling.
   */
  static Map<String, String> corpora(Path in, Map<String, String> stateCodes) throws IOException {
    String json = Files.readString(in.resolve("corpora_us_counties.json"), StandardCharsets.UTF_8);
    Map<String, String> out = new TreeMap<>();
    Matcher state = Pattern.compile("\"([A-Za-z ]+)\":\\s*\\[([^\\]]*)\\]").matcher(json);
    while (state.find()) {
      String code = stateCodes.get(state.group(1));
      if (code == null) {
        throw new IllegalStateException("unknown state " + state.group(1));
      }
      Matcher county = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)+)\"").matcher(state.group(2));
      while (county.find()) {
        String name = unescape(county.group(1));
        if (!name.equals("Unorganized")) { // Alaska's unorganized borough is no county equivalent
          out.put(code + ';' + key(name), name);
        }
      }
    }
    return out;
  }

  /** JSON's {@code \}{@code uXXXX} escapes, the only ones the corpora list uses. */
  static String unescape(String s) {
    // One or more backslashes: the list escapes the escape of Doña Ana's "ñ".
    Matcher m = Pattern.compile("\\\\+u([0-9a-fA-F]{4})").matcher(s);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, String.valueOf((char) Integer.parseInt(m.group(1), 16)));
    }
    return m.appendTail(sb).toString();
  }

  /** A spelling-blind key: lower case, letters only, "Saint" as "St.". */
  static String key(String name) {
    return name.toLowerCase(Locale.ROOT)
        .replace("saint ", "st ")
        .replaceAll(" (parish|borough|county)$", "")
        .replaceAll("[^a-zñ]", "");
  }

  /** The Census name of GeoNames' county {@code province} (FIPS {@code code}) in {@code state}. */
  static String name(String state, String province, String code, Map<String, String> spelling) {
    if (state.equals("AK")) {
      String name = ALASKA.get(code);
      if (name == null) {
        throw new IllegalStateException("no Alaska name for FIPS " + code + " " + province);
      }
      return name;
    }
    if (state.equals("DC")) {
      return "District of Columbia";
    }
    if (province.equals("Carson City (city)")) {
      return "Carson City";
    }
    Matcher city = Pattern.compile("City of (.+)|(.+) \\(city\\)?").matcher(province);
    if (city.matches()) {
      return (city.group(1) != null ? city.group(1) : city.group(2)) + " city";
    }
    String county = province;
    if (state.equals("CT")) {
      county = CONNECTICUT.getOrDefault(province, province);
    } else if (province.equals("City and County of San Francisco")) {
      county = "San Francisco";
    }
    county = spelling.getOrDefault(state + ';' + key(county), county);
    return withSuffix(state, county.replaceAll(" (Parish|County)$", ""));
  }

  /** A county's name with its state's word for county: Parish in Louisiana, Borough in Alaska. */
  static String withSuffix(String state, String county) {
    switch (state) {
      case "LA":
        return county + " Parish";
      case "AK":
        // The corpora list has only Alaska's boroughs.
        return county + " Borough";
      default:
        return county + " County";
    }
  }
}
