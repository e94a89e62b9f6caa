import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Converts the British sources into forgery's en_GB tables ({@code value<TAB>weight}).
 *
 * <ul>
 *   <li>{@code first_names.txt}: ONS baby names for England and Wales, births 1996-2024, both
 *       sexes summed; older generations from ONS's decennial top-100 lists 1904-1994, whose ranks
 *       are turned into counts by the rank-to-count curve of the 1996-2024 list of the same sex,
 *       scaled to ten birth years (see {@link #firstNames});
 *   <li>{@code last_names.txt}: the ONS-derived UK surname frequencies (sdglinkage), weighted in
 *       parts per hundred thousand, spelled as in Faker's en_GB list where it has the name ({@code
 *       O'Neill}, {@code McDonald}), otherwise with {@code Mc} and {@code O'} restored;
 *   <li>{@code postcodes.txt}: {@code postcode;place;country} rows of GeoNames' outward codes for
 *       the places of 15,000 people or more, each with four inward codes generated to the Royal
 *       Mail pattern (a digit and two letters of {@code ABDEFGHJLNPQRSTUWXYZ}), weighted by
 *       population (see {@link #postcodes});
 *   <li>{@code streets.txt}: composed from the commonest British street names and British street
 *       types (the ones of libpostal's English list that Royal Mail addresses use), see {@link
 *       #streets};
 *   <li>{@code countries.txt}: the en_GB names of Unicode CLDR (umpirsky/country-list,
 *       {@code tools/data/fetched/country_names_en_GB.csv}), for ISO 3166-1 codes only;
 *   <li>{@code address_format.txt}, {@code regions.txt} (the four countries of the UK with their
 *       ISO 3166-2:GB codes), {@code phone_patterns.txt} (Ofcom's numbers for drama that
 *       libphonenumber accepts), {@code company_suffixes.txt}, {@code free_email_domains.txt},
 *       {@code name_prefixes.txt}, {@code iban_countries.txt}: short lists written here.
 * </ul>
 *
 * <p>Usage: {@code java tools/data/BritishLocale.java <shared-data-dir> <resources-dir>}
 */
public final class BritishLocale {
  private static final Pattern NAME = Pattern.compile("[A-Z][a-z]+(?:[-'][A-Z][a-z]+)*");

  public static void main(String[] args) throws IOException {
    Path in = Path.of(args[0]);
    Path out = Path.of(args[1], "en_GB");
    Files.createDirectories(out);
    firstNames(
        in.resolve("en_GB/ons_baby_names_ew_aggregate_1996_2024.csv"),
        in.resolve("en_GB/ons_top100_baby_names_ew_1904_2024_decennial.csv"),
        out);
    lastNames(
        in.resolve("en_GB/ons_surnames_uk_freq_sdglinkage.csv"),
        in.resolve("en_GB/faker_person_en_GB.json"),
        out);
    postcodes(
        in.resolve("en_GB/geonames_postal_codes_gb_outward.csv"),
        in.resolve("geo/geonames_cities15000_2016_slim.csv"),
        out);
    streets(out);
    countries(
        in.resolve("countries/country-codes.csv"),
        Path.of("tools/data/fetched/country_names_en_GB.csv"),
        out);
    write(
        out.resolve("address_format.txt"),
        List.of(
            "street_line={number} {street}",
            "address={street_line}, {city} {postcode}",
            "number_common_max=60",
            "number_max=250",
            "number_suffix_one_in=40",
            "number_suffixes=A,B"));
    write(
        out.resolve("regions.txt"),
        List.of("England;ENG", "Scotland;SCT", "Wales;WLS", "Northern Ireland;NIR"));
    phonePatterns(out);
    write(
        out.resolve("company_suffixes.txt"),
        List.of("Ltd\t70", "Limited\t12", "PLC\t6", "LLP\t8", "& Co\t4"));
    List<String> freeMail =
        List.of(
            "gmail.com\t34",
            "hotmail.co.uk\t16",
            "outlook.com\t10",
            "yahoo.co.uk\t9",
            "icloud.com\t8",
            "btinternet.com\t7",
            "live.co.uk\t4",
            "sky.com\t4",
            "googlemail.com\t3",
            "aol.com\t2",
            "virginmedia.com\t2",
            "talktalk.net\t1");
    write(out.resolve("free_email_domains.txt"), freeMail);
    // Addresses at companies' own domains are not modelled for the UK: every address is free mail.
    write(out.resolve("email_domains.txt"), freeMail);
    write(out.resolve("iban_countries.txt"), List.of("GB\t1"));
    write(out.resolve("company_and.txt"), List.of("and"));
    write(
        out.resolve("name_prefixes.txt"),
        List.of("Mr\t45", "Mrs\t20", "Ms\t14", "Miss\t12", "Dr\t8", "Prof\t1"));
  }

  /**
   * First names of England and Wales. The 1996-2024 list has counts; the decennial top-100 lists of
   * 1904 to 1994 have ranks only. A name at rank {@code r} of a decennial list of one sex is given
   * the count of the name at rank {@code r} of the 1996-2024 list of that sex, times 10/29 (a
   * decade of births against the 29 years of the counted list), so older adults' names (Margaret,
   * David) appear as well as children's (Oliver, Amelia).
   */
  private static void firstNames(Path counted, Path decennial, Path out) throws IOException {
    Map<String, Long> counts = new TreeMap<>();
    Map<String, List<Long>> bySex = new HashMap<>();
    List<String> lines = Files.readAllLines(counted, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      long births = Long.parseLong(f[2]);
      bySex.computeIfAbsent(f[1], k -> new ArrayList<>()).add(births);
      if (NAME.matcher(f[0]).matches() && latin1(f[0])) {
        counts.merge(f[0], births, Long::sum);
      }
    }
    for (List<Long> sex : bySex.values()) {
      sex.sort((a, b) -> Long.compare(b, a));
    }
    lines = Files.readAllLines(decennial, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      int year = Integer.parseInt(f[0]);
      String name = f[3].strip();
      if (year < 1996 && NAME.matcher(name).matches()) {
        long births = bySex.get(f[1]).get(Integer.parseInt(f[2]) - 1) * 10 / 29;
        counts.merge(name, births, Long::sum);
      }
    }
    writeSorted(out.resolve("first_names.txt"), counts);
  }

  /**
   * UK surnames: the sdglinkage frequencies are lowercase without punctuation, so spellings are
   * restored from Faker's en_GB list where it has the name, else {@code mc} becomes {@code Mc}
   * with a capital after it, and a name listed twice that starts with {@code o} (the apostrophe
   * variant merged into it) becomes {@code O'}; duplicates are summed.
   */
  private static void lastNames(Path csv, Path fakerJson, Path out) throws IOException {
    Map<String, String> spelled = new HashMap<>();
    String json = Files.readString(fakerJson, StandardCharsets.UTF_8);
    int start = json.indexOf("\"last_names\"");
    int end = json.indexOf('}', start);
    java.util.regex.Matcher m =
        Pattern.compile("\"([^\"]+)\":").matcher(json.substring(start + 13, end));
    while (m.find()) {
      spelled.put(m.group(1).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""), m.group(1));
    }
    Map<String, Double> freq = new LinkedHashMap<>();
    Set<String> twice = new HashSet<>();
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      if (freq.containsKey(f[0])) {
        twice.add(f[0]);
      }
      freq.merge(f[0], Double.parseDouble(f[1]), Double::sum);
    }
    Map<String, Long> counts = new TreeMap<>();
    for (Map.Entry<String, Double> e : freq.entrySet()) {
      String raw = e.getKey();
      String name = spelled.get(raw);
      if (name == null) {
        name = capital(raw);
        if (raw.startsWith("mc") && raw.length() > 3) {
          name = "Mc" + capital(raw.substring(2));
        } else if (raw.startsWith("o") && twice.contains(raw) && raw.length() > 3) {
          name = "O'" + capital(raw.substring(1));
        }
      }
      counts.merge(name, Math.max(1, Math.round(e.getValue() * 100_000)), Long::sum);
    }
    writeSorted(out.resolve("last_names.txt"), counts);
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** The letters Royal Mail uses in the inward code: all but C, I, K, M, O and V. */
  private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

  /** Inward codes generated per outward code and place. */
  private static final int INWARD_PER_ROW = 4;

  /**
   * Keeps the GeoNames outward codes whose place is a city or town of 15,000 people or more (so
   * that the place is one people recognise, and weights follow population), drops the Crown
   * dependencies (no UK country), and completes each with {@value #INWARD_PER_ROW} inward codes
   * generated to the Royal Mail pattern {@code 9AA}. The inward codes are drawn here, once, from
   * a hash of the outward code and place, so the table is reproducible; a real postcode unit may
   * or may not exist with that inward code (GeoNames' full-unit file is not in the sources).
   */
  private static void postcodes(Path csv, Path cities, Path out) throws IOException {
    Map<String, List<double[]>> towns = new TreeMap<>();
    List<String> cityLines = Files.readAllLines(cities, StandardCharsets.UTF_8);
    for (String line : cityLines.subList(1, cityLines.size())) {
      String[] f = Csv.split(line);
      if (f[6].equals("GB")) {
        towns
            .computeIfAbsent(f[1], k -> new ArrayList<>())
            .add(
                new double[] {
                  Double.parseDouble(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[9])
                });
      }
    }
    Map<String, String> rows = new TreeMap<>();
    Map<String, Long> population = new TreeMap<>();
    Map<String, Integer> perPlace = new TreeMap<>();
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = Csv.split(line);
      String outward = f[1].strip();
      String place = f[2].strip();
      String country = f[3].strip();
      // The town of that name near the district (within about 20 km): Horsham in Worcestershire
      // is a village, not the West Sussex town of 50,000.
      long people = 0;
      for (double[] town : towns.getOrDefault(place, List.of())) {
        if (Math.abs(town[0] - Double.parseDouble(f[9])) < 0.2
            && Math.abs(town[1] - Double.parseDouble(f[10])) < 0.3) {
          people = Math.max(people, (long) town[2]);
        }
      }
      if (outward.matches("[A-Z]{1,2}[0-9][0-9A-Z]?")
          && people > 0
          && !country.isEmpty()
          && rows.putIfAbsent(outward + ';' + place, country) == null) {
        population.merge(place, people, Long::max);
        perPlace.merge(place, INWARD_PER_ROW, Integer::sum);
      }
    }
    List<String> text = new ArrayList<>();
    for (Map.Entry<String, String> row : rows.entrySet()) {
      String[] key = row.getKey().split(";");
      long weight = Math.max(1, population.get(key[1]) / perPlace.get(key[1]));
      long hash = mix(row.getKey().hashCode());
      Set<String> seen = new HashSet<>();
      while (seen.size() < INWARD_PER_ROW) {
        hash = mix(hash);
        long bits = hash >>> 1;
        String inward =
            "" + (char) ('0' + bits % 10)
                + INWARD_LETTERS.charAt((int) (bits / 10 % 20))
                + INWARD_LETTERS.charAt((int) (bits / 200 % 20));
        if (seen.add(inward)) {
          text.add(key[0] + ' ' + inward + ';' + key[1] + ';' + row.getValue() + '\t' + weight);
        }
      }
    }
    write(out.resolve("postcodes.txt"), text);
  }

  /** SplitMix64's finaliser, to derive inward codes from a row's hash. */
  private static long mix(long z) {
    z = (z + 0x9E3779B97F4A7C15L) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 30)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * No British street table with frequencies is in the sources (OS Open Roads has only download
   * scripts), so streets are composed: the commonest street names of the UK, weighted by rank,
   * and a tail of common first words (trees, places, monarchs, landmarks) with the British street
   * types, weighted by how common the type is.
   */
  private static void streets(Path out) throws IOException {
    List<String> top =
        List.of(
            "High Street", "Station Road", "Main Street", "Park Road", "Church Road",
            "Church Street", "London Road", "Victoria Road", "Green Lane", "Manor Road",
            "Church Lane", "Park Avenue", "The Avenue", "The Crescent", "Queens Road", "New Road",
            "Grange Road", "Kings Road", "Kingsway", "Windsor Road", "Highfield Road", "Mill Lane",
            "Alexandra Road", "York Road", "Main Road", "Broadway", "King Street", "The Green",
            "Springfield Road", "George Street", "Park Lane", "Victoria Street", "Albert Road",
            "Queensway", "New Street", "Queen Street", "West Street", "North Street",
            "Manchester Road", "The Grove", "Richmond Road", "Grove Road", "South Street",
            "School Lane", "The Drive", "North Road", "Stanley Road", "Chester Road", "Mill Road");
    Map<String, Long> weights = new TreeMap<>();
    for (int i = 0; i < top.size(); i++) {
      weights.put(top.get(i), 2_000L / (i + 2));
    }
    List<String> words =
        List.of(
            "Oak", "Elm", "Ash", "Beech", "Birch", "Cedar", "Willow", "Chestnut", "Holly",
            "Hawthorn", "Maple", "Rowan", "Meadow", "Orchard", "Brook", "River", "Bridge", "Castle",
            "Abbey", "Chapel", "Farm", "Hill", "Forest", "Heath", "Windmill", "Spring", "Well",
            "Rose", "Cherry", "Primrose", "Albert", "Victoria", "Queen", "King", "Prince", "Duke",
            "Windsor", "Cambridge", "Oxford", "York", "Lancaster", "Warwick", "Stanley",
            "Grosvenor", "Clarence", "Wellington", "Nelson", "Trafalgar", "Marlborough",
            "Shakespeare", "Milton", "Byron", "Tennyson", "Kent", "Devon", "Cornwall", "Sussex",
            "Norfolk", "Essex", "Surrey", "Highfield", "Fairfield", "Springfield", "Westfield",
            "Greenfield", "Mayfield", "Church", "Station", "School", "Mill", "Park", "Manor",
            "Grange", "Green", "North", "South", "East", "West", "Market");
    Map<String, Integer> types = new LinkedHashMap<>();
    String[] typeWeights = {
      "Road:30", "Street:15", "Lane:12", "Close:12", "Avenue:8", "Drive:8", "Way:5", "Gardens:4",
      "Crescent:4", "Grove:3", "Place:3", "Terrace:3", "Court:3", "Walk:2", "Mews:1", "Rise:1",
      "View:1", "Row:1", "Square:1"
    };
    for (String t : typeWeights) {
      String[] p = t.split(":");
      types.put(p[0], Integer.parseInt(p[1]));
    }
    for (String word : words) {
      for (Map.Entry<String, Integer> type : types.entrySet()) {
        if (!word.equals(type.getKey())) {
          weights.putIfAbsent(word + ' ' + type.getKey(), (long) type.getValue());
        }
      }
    }
    writeSorted(out.resolve("streets.txt"), weights);
  }

  /** Ofcom's numbers for drama that libphonenumber accepts as valid for GB, national and +44. */
  private static void phonePatterns(Path out) throws IOException {
    // Area code, drama block, weight (roughly the population the area serves).
    String[][] blocks = {
      {"20", "7946 0###", "30"},
      {"121", "496 0###", "8"},
      {"161", "496 0###", "8"},
      {"113", "496 0###", "6"},
      {"141", "496 0###", "6"},
      {"151", "496 0###", "5"},
      {"114", "496 0###", "4"},
      {"117", "496 0###", "4"},
      {"131", "496 0###", "4"},
      {"116", "496 0###", "3"},
      {"118", "496 0###", "3"},
      {"191", "498 0###", "4"},
      {"29", "2018 0###", "4"},
      {"28", "9649 6###", "4"},
    };
    List<String> text = new ArrayList<>();
    for (String[] b : blocks) {
      int w = Integer.parseInt(b[2]);
      text.add("0" + b[0] + " " + b[1] + "\t" + w * 3);
      text.add("+44 " + b[0] + " " + b[1] + "\t" + w);
    }
    write(out.resolve("phone_patterns.txt"), text);
  }

  /** The en_GB names of CLDR for the ISO 3166-1 codes, as {@code CODE;Name} sorted by code. */
  private static void countries(Path codesCsv, Path names, Path out) throws IOException {
    Set<String> codes = new HashSet<>();
    List<String> iso = Files.readAllLines(codesCsv, StandardCharsets.UTF_8);
    List<String> header = List.of(Csv.split(iso.get(0)));
    int alpha2 = header.indexOf("ISO3166-1-Alpha-2");
    for (String line : iso.subList(1, iso.size())) {
      String[] cols = Csv.split(line);
      if (cols.length > alpha2 && cols[alpha2].length() == 2) {
        codes.add(cols[alpha2]);
      }
    }
    Map<String, String> rows = new TreeMap<>();
    List<String> lines = Files.readAllLines(names, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] cols = Csv.split(line);
      if (cols.length == 2 && codes.contains(cols[0])) {
        rows.put(cols[0], cols[1]);
      }
    }
    List<String> text = new ArrayList<>();
    rows.forEach((code, name) -> text.add(code + ';' + name));
    write(out.resolve("countries.txt"), text);
  }

  private static boolean latin1(String name) {
    return name.chars().allMatch(c -> c < 256);
  }

  /** Writes {@code value<TAB>weight} lines, the heaviest first, ties by value. */
  static void writeSorted(Path file, Map<String, Long> counts) throws IOException {
    List<Map.Entry<String, Long>> rows = new ArrayList<>(counts.entrySet());
    rows.sort(Map.Entry.<String, Long>comparingByValue().reversed());
    List<String> text = new ArrayList<>();
    for (Map.Entry<String, Long> e : rows) {
      text.add(e.getKey() + '\t' + e.getValue());
    }
    write(file, text);
  }

  static void write(Path file, List<String> lines) throws IOException {
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  /** Splits a CSV line whose fields may be quoted and hold commas. */
  static final class Csv {
    static String[] split(String line) {
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
  }
}
