import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the en_US address tables: {@code zip_codes.txt}, {@code states.txt} and {@code
 * streets.txt}.
 *
 * <p>{@code zip_codes.txt} has one line per ZIP code of the 50 states and DC in the GeoNames postal
 * code file ({@code ZIP;Place;ST<TAB>weight}, sorted by ZIP), so that the ZIP, city and state of
 * one address always belong together. GeoNames has no population, so the weight of a ZIP is an
 * estimate of the people it serves: a place that is one of the 1,000 largest US cities (ACS 2016,
 * dariusk/corpora) shares that city's population equally among its ZIP codes; every other ZIP gets
 * an equal share of the rest of the 2016 US population (323 million). Military APO/FPO codes and
 * the territories are left out.
 *
 * <p>Street names are the 1993 census list of the most common US street names, in rank order,
 * weighted {@code 1 / (rank + 10)} (Zipf with an offset, so Main is common, about 2.4%, without
 * dominating). Suffixes are the common USPS Publication 28 standard abbreviations with editorial
 * weights; every abbreviation is checked against the Publication 28 list. {@code streets.txt} holds
 * every name with every suffix ({@code Maple Ave<TAB>weight}, weight = product, heaviest first), so
 * that a street is one draw at run time.
 *
 * <p>Usage: {@code java tools/data/Addresses.java <shared-data-dir> <resources-dir>}
 */
public final class Addresses {
  private static final long US_POPULATION_2016 = 323_000_000L;

  public static void main(String[] args) throws IOException {
    Path in = Path.of(args[0], "en_US");
    Path out = Path.of(args[1], "en_US");
    Files.createDirectories(out);
    zipCodes(in, out);
    streets(streetNames(in), suffixes(in), out);
  }

  static void zipCodes(Path in, Path out) throws IOException {
    List<String> lines =
        Files.readAllLines(in.resolve("geonames_postal_codes_us.csv"), StandardCharsets.UTF_8);
    Map<String, String[]> byZip = new TreeMap<>();
    Map<String, String> stateNames = new TreeMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cols = line.split(",", -1);
      String zip = cols[1];
      String place = cols[2].trim();
      String stateName = cols[3];
      String state = cols[4];
      if (state.length() != 2 || state.equals("MH") || zip.length() != 5 || place.isEmpty()) {
        continue;
      }
      if (place.startsWith("APO ") || place.startsWith("FPO ") || place.startsWith("DPO ")) {
        continue;
      }
      if (zip.equals("72643") && state.equals("MO")) {
        // GeoNames puts Lead Hill in Missouri; the town and its ZIP are in Boone County, Arkansas.
        state = "AR";
      }
      byZip.putIfAbsent(zip, new String[] {zip, place, state});
      stateNames.putIfAbsent(state, stateName);
    }
    // Top-1000 cities by population; match on (normalised name, state).
    String json =
        Files.readString(in.resolve("corpora_us_cities_top1000.json"), StandardCharsets.UTF_8);
    Matcher m =
        Pattern.compile(
                "\"city\":\\s*\"([^\"]+)\",\\s*\"state\":\\s*\"([^\"]+)\",\\s*\"population\":\\s*(\\d+)")
            .matcher(json);
    Map<String, String> stateCodes = new HashMap<>();
    stateNames.forEach((code, name) -> stateCodes.put(name, code));
    Map<String, Long> population = new LinkedHashMap<>();
    while (m.find()) {
      String code = stateCodes.get(m.group(2));
      if (code == null) {
        continue;
      }
      population.merge(key(m.group(1), code), Long.parseLong(m.group(3)), Long::sum);
    }
    Map<String, Integer> zipsPerCity = new HashMap<>();
    for (String[] row : byZip.values()) {
      String k = key(row[1], row[2]);
      if (population.containsKey(k)) {
        zipsPerCity.merge(k, 1, Integer::sum);
      }
    }
    long matchedPopulation = 0;
    int matchedZips = 0;
    for (Map.Entry<String, Integer> e : zipsPerCity.entrySet()) {
      matchedPopulation += population.get(e.getKey());
      matchedZips += e.getValue();
    }
    long other = (US_POPULATION_2016 - matchedPopulation) / (byZip.size() - matchedZips);
    StringBuilder sb = new StringBuilder(byZip.size() * 28);
    for (String[] row : byZip.values()) {
      String k = key(row[1], row[2]);
      Integer n = zipsPerCity.get(k);
      long weight = n == null ? other : population.get(k) / n;
      sb.append(row[0]).append(';').append(row[1]).append(';').append(row[2]);
      sb.append('\t').append(weight).append('\n');
    }
    Files.writeString(out.resolve("zip_codes.txt"), sb, StandardCharsets.UTF_8);
    StringBuilder states = new StringBuilder();
    stateNames.forEach((code, name) -> states.append(code).append(';').append(name).append('\n'));
    Files.writeString(out.resolve("states.txt"), states, StandardCharsets.UTF_8);
    System.out.println(
        "zip_codes.txt: "
            + byZip.size()
            + " ZIPs; "
            + zipsPerCity.size()
            + " of "
            + population.size()
            + " top cities matched over "
            + matchedZips
            + " ZIPs ("
            + matchedPopulation
            + " people); other ZIPs weigh "
            + other
            + "; states: "
            + stateNames.size());
  }

  /** Normalises a city name for matching: case, "St." versus "Saint", suffixes after - or /. */
  static String key(String city, String state) {
    String c = city.toLowerCase(Locale.ROOT);
    int cut = c.indexOf('-');
    if (cut < 0) {
      cut = c.indexOf('/');
    }
    if (cut > 0 && !c.startsWith("winston") && !c.startsWith("wilkes")) {
      c = c.substring(0, cut);
    }
    c = c.replace("st. ", "saint ").replace("ft. ", "fort ");
    if (c.endsWith(" city") && !c.equals("new york city")) {
      // "Boise City" in the census list is "Boise" in GeoNames; keep real "... City" names below.
      String bare = c.substring(0, c.length() - 5);
      if (bare.equals("boise") || bare.equals("nashville")) {
        c = bare;
      }
    }
    return c.trim() + "," + state;
  }

  static Map<String, Long> streetNames(Path in) throws IOException {
    Map<String, Long> names = new LinkedHashMap<>();
    List<String> lines =
        Files.readAllLines(in.resolve("census1993_common_street_names.csv"), StandardCharsets.UTF_8);
    int rank = 0;
    for (String line : lines.subList(1, lines.size())) {
      String name = line.replace("\uFEFF", "").trim();
      if (name.isEmpty()) {
        continue;
      }
      rank++;
      long weight = Math.round(1_000_000.0 / (rank + 10));
      names.put(name, weight);
    }
    return names;
  }

  static Map<String, Long> suffixes(Path in) throws IOException {
    Map<String, String> pub28 = new HashMap<>();
    for (String line :
        Files.readAllLines(in.resolve("usps_street_suffixes_pub28.csv"), StandardCharsets.UTF_8)) {
      String[] cols = line.replace("\uFEFF", "").split(",");
      if (cols.length == 2) {
        pub28.put(cols[1].trim(), cols[0].trim());
      }
    }
    // Editorial weights, roughly the shares seen in US address files: St, Ave, Rd and Dr lead.
    Map<String, Integer> weights = new LinkedHashMap<>();
    weights.put("ST", 240);
    weights.put("AVE", 150);
    weights.put("RD", 140);
    weights.put("DR", 140);
    weights.put("LN", 80);
    weights.put("CT", 60);
    weights.put("WAY", 45);
    weights.put("BLVD", 30);
    weights.put("PL", 30);
    weights.put("CIR", 30);
    weights.put("TRL", 12);
    weights.put("PKWY", 10);
    weights.put("TER", 10);
    weights.put("LOOP", 8);
    weights.put("HWY", 8);
    weights.put("PIKE", 3);
    weights.put("RUN", 2);
    weights.put("PATH", 2);
    Map<String, Long> out = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, Integer> e : weights.entrySet()) {
      if (!pub28.containsKey(e.getKey())) {
        missing.add(e.getKey());
      }
      String abbr = e.getKey().charAt(0) + e.getKey().substring(1).toLowerCase(Locale.ROOT);
      out.put(abbr, (long) e.getValue());
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException("not USPS Publication 28 abbreviations: " + missing);
    }
    return out;
  }

  static void streets(Map<String, Long> names, Map<String, Long> suffixes, Path out)
      throws IOException {
    List<Map.Entry<String, Long>> rows = new ArrayList<>();
    for (Map.Entry<String, Long> name : names.entrySet()) {
      for (Map.Entry<String, Long> suffix : suffixes.entrySet()) {
        rows.add(Map.entry(name.getKey() + ' ' + suffix.getKey(), name.getValue() * suffix.getValue()));
      }
    }
    rows.sort(
        Map.Entry.<String, Long>comparingByValue(java.util.Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()));
    StringBuilder sb = new StringBuilder(rows.size() * 20);
    for (Map.Entry<String, Long> row : rows) {
      sb.append(row.getKey()).append('\t').append(row.getValue()).append('\n');
    }
    Files.writeString(out.resolve("streets.txt"), sb, StandardCharsets.UTF_8);
    System.out.println("streets.txt: " + rows.size() + " streets");
  }
}
