import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts the French sources into forgery's fr_FR tables ({@code value<TAB>weight}) and the
 * French-language tables of {@code fr/}.
 *
 * <ul>
 *   <li>{@code first_names.txt}: INSEE's Fichier des prénoms, both sexes summed, weighted by the
 *       births of 1946-2005 plus those of 2000-2022 (the people alive today, the years 2000-2005
 *       counted twice), written with capitals at the start of each part ({@code Jean-Pierre});
 *   <li>{@code last_names.txt}: INSEE's Fichier des noms de famille, weighted by the births of
 *       1941-2000; INSEE writes them in capitals without accents, so they are written {@code Le
 *       Gall}, {@code Da Silva}, {@code Lefevre} (accents cannot be restored from the data);
 *   <li>{@code postcodes.txt}: {@code code postal;commune;région} rows of GeoNames for the communes
 *       of 15,000 people or more (matched by name within about 20 km), weighted by population
 *       shared among each commune's postcodes; the city-wide codes 75000, 69000 and 13000, which
 *       no address in Paris, Lyon or Marseille carries, are left out;
 *   <li>{@code streets.txt}: composed from the commonest French street names and street types
 *       (see {@link #streets});
 *   <li>{@code fr/countries.txt}: the French names of Unicode CLDR (umpirsky/country-list), for
 *       ISO 3166-1 codes only, shared by every French-speaking locale;
 *   <li>{@code fr/lorem_words.txt}: the common French words of Faker's {@code fr_FR} lorem
 *       provider (1,462 entries), single Latin-1 words only, equally weighted (the list has no
 *       frequencies), the weights adding up to 8192 as the word tables need;
 *   <li>{@code address_format.txt}, {@code regions.txt} (the thirteen metropolitan régions with
 *       their ISO 3166-2:FR codes), {@code phone_patterns.txt} (the numbers ARCEP keeps for
 *       fiction that libphonenumber accepts), {@code company_suffixes.txt}, {@code
 *       free_email_domains.txt}, {@code name_prefixes.txt}, {@code iban_countries.txt}: short
 *       lists written here.
 * </ul>
 *
 * <p>Usage: {@code java tools/data/FrenchLocale.java <shared-data-dir> <resources-dir>}
 */
public final class FrenchLocale {
  /** The ISO 3166-2:FR codes of the metropolitan régions, by their GeoNames (French) names. */
  private static final Map<String, String> REGIONS = new TreeMap<>();

  static {
    REGIONS.put("Auvergne-Rhône-Alpes", "ARA");
    REGIONS.put("Bourgogne-Franche-Comté", "BFC");
    REGIONS.put("Bretagne", "BRE");
    REGIONS.put("Centre-Val de Loire", "CVL");
    REGIONS.put("Corse", "20R");
    REGIONS.put("Grand Est", "GES");
    REGIONS.put("Hauts-de-France", "HDF");
    REGIONS.put("Île-de-France", "IDF");
    REGIONS.put("Normandie", "NOR");
    REGIONS.put("Nouvelle-Aquitaine", "NAQ");
    REGIONS.put("Occitanie", "OCC");
    REGIONS.put("Pays de la Loire", "PDL");
    REGIONS.put("Provence-Alpes-Côte d'Azur", "PAC");
  }

  public static void main(String[] args) throws IOException {
    Path in = Path.of(args[0]);
    Path out = Path.of(args[1], "fr_FR");
    Path language = Path.of(args[1], "fr");
    Files.createDirectories(out);
    Files.createDirectories(language);
    firstNames(in.resolve("fr_FR/insee_prenoms_aggregate_1900_2022.csv"), out);
    lastNames(in.resolve("fr_FR/insee_noms_famille_1891_2000_top.csv"), out);
    postcodes(
        in.resolve("fr_FR/geonames_postal_codes_fr.csv"),
        in.resolve("geo/geonames_cities15000_2016_slim.csv"),
        out);
    streets(out);
    countries(
        in.resolve("countries/country-codes.csv"),
        in.resolve("countries/country_names_fr.csv"),
        language);
    lorem(in.resolve("fallback/faker/lorem_fr_FR.json"), language);
    write(
        out.resolve("address_format.txt"),
        List.of(
            "street_line={number} {street}",
            "address={street_line}, {postcode} {city}",
            "number_common_max=60",
            "number_max=250",
            "number_suffix_one_in=25",
            "number_suffixes= bis, ter"));
    List<String> regions = new ArrayList<>();
    REGIONS.forEach((name, code) -> regions.add(name + ';' + code));
    write(out.resolve("regions.txt"), regions);
    // ARCEP keeps one block of 10,000 numbers per geographic zone for fiction; the mobile block
    // (06 39 98) is not accepted by libphonenumber, so it is left out.
    List<String> phones = new ArrayList<>();
    for (String block : List.of("1 99 00", "2 61 91", "3 53 01", "4 65 71", "5 36 49")) {
      phones.add("0" + block + " ## ##\t3");
      phones.add("+33 " + block + " ## ##\t1");
    }
    write(out.resolve("phone_patterns.txt"), phones);
    write(
        out.resolve("company_suffixes.txt"),
        List.of("SARL\t35", "SAS\t30", "SASU\t10", "EURL\t10", "SA\t10", "SNC\t2"));
    List<String> freeMail =
        List.of(
            "gmail.com\t30",
            "orange.fr\t16",
            "hotmail.fr\t12",
            "yahoo.fr\t8",
            "free.fr\t8",
            "laposte.net\t6",
            "outlook.fr\t5",
            "sfr.fr\t5",
            "wanadoo.fr\t4",
            "icloud.com\t3",
            "live.fr\t2",
            "bbox.fr\t1");
    write(out.resolve("free_email_domains.txt"), freeMail);
    // Addresses at companies' own domains are not modelled for France: every address is free mail.
    write(out.resolve("email_domains.txt"), freeMail);
    write(out.resolve("iban_countries.txt"), List.of("FR\t1"));
    write(out.resolve("company_and.txt"), List.of("et"));
    write(out.resolve("name_prefixes.txt"), List.of("M.\t48", "Mme\t46", "Dr\t5", "Pr\t1"));
  }

  private static void firstNames(Path csv, Path out) throws IOException {
    Map<String, Long> counts = new TreeMap<>();
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      long births = Long.parseLong(f[3]) + Long.parseLong(f[4]);
      String name = title(f[0]);
      if (births > 0 && latin1(name) && name.length() > 1) {
        counts.merge(name, births, Long::sum);
      }
    }
    writeSorted(out.resolve("first_names.txt"), counts);
  }

  private static void lastNames(Path csv, Path out) throws IOException {
    Map<String, Long> counts = new TreeMap<>();
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      long births = Long.parseLong(f[2]);
      String name = title(f[0]);
      if (births > 0 && name.length() > 1) {
        counts.merge(name, births, Long::sum);
      }
    }
    writeSorted(out.resolve("last_names.txt"), counts);
  }

  /** {@code JEAN-PIERRE} to {@code Jean-Pierre}, {@code LE GALL} to {@code Le Gall}. */
  static String title(String upper) {
    StringBuilder sb = new StringBuilder(upper.length());
    boolean start = true;
    for (char c : upper.strip().toLowerCase(Locale.ROOT).toCharArray()) {
      sb.append(start ? Character.toUpperCase(c) : c);
      start = c == '-' || c == ' ' || c == '\'';
    }
    return sb.toString();
  }

  private static void postcodes(Path csv, Path cities, Path out) throws IOException {
    Map<String, List<double[]>> towns = new TreeMap<>();
    List<String> cityLines = Files.readAllLines(cities, StandardCharsets.UTF_8);
    for (String line : cityLines.subList(1, cityLines.size())) {
      String[] f = csv(line);
      if (f[6].equals("FR")) {
        towns
            .computeIfAbsent(f[1], k -> new ArrayList<>())
            .add(
                new double[] {
                  Double.parseDouble(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[9])
                });
      }
    }
    Set<String> cityWide = Set.of("75000", "69000", "13000");
    Map<String, String> rows = new TreeMap<>();
    Map<String, Long> population = new TreeMap<>();
    Map<String, Integer> perPlace = new TreeMap<>();
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = csv(line);
      String code = f[1].strip();
      // An arrondissement ("Marseille 08") is part of its commune, which addresses name.
      String place = f[2].strip().replaceFirst("^(Paris|Lyon|Marseille) [0-9]{2}$", "$1");
      String region = f[3].strip();
      long people = 0;
      for (double[] town : towns.getOrDefault(place, List.of())) {
        if (Math.abs(town[0] - Double.parseDouble(f[9])) < 0.2
            && Math.abs(town[1] - Double.parseDouble(f[10])) < 0.3) {
          people = Math.max(people, (long) town[2]);
        }
      }
      String key = code + ';' + place + ';' + region;
      if (code.matches("[0-9]{5}")
          && !cityWide.contains(code)
          && people > 0
          && REGIONS.containsKey(region)
          && rows.putIfAbsent(key, place) == null) {
        population.merge(place, people, Long::max);
        perPlace.merge(place, 1, Integer::sum);
      }
    }
    List<String> text = new ArrayList<>();
    for (Map.Entry<String, String> row : rows.entrySet()) {
      String place = row.getValue();
      text.add(row.getKey() + '\t' + Math.max(1, population.get(place) / perPlace.get(place)));
    }
    write(out.resolve("postcodes.txt"), text);
  }

  /**
   * No French street table with frequencies is in the sources (the Base Adresse Nationale is not),
   * so streets are composed: the commonest street names of France, weighted by rank, and a tail of
   * the usual dedications (people, places, trees, dates) with the street types, weighted by how
   * common the type is.
   */
  private static void streets(Path out) throws IOException {
    List<String> top =
        List.of(
            "rue de l'Église", "place de l'Église", "Grande Rue", "rue du Moulin",
            "place de la Mairie", "rue du Château", "rue des Écoles", "rue de la Gare",
            "rue de la Mairie", "rue Principale", "rue du Stade", "rue de la Fontaine",
            "rue Pasteur", "rue Victor Hugo", "rue des Jardins", "rue Jean Jaurès",
            "rue de la République", "rue de la Paix", "avenue de la République",
            "rue du Général de Gaulle", "avenue du Général de Gaulle", "rue Gambetta",
            "rue Jean Moulin", "rue Voltaire", "rue de Verdun", "rue Carnot", "rue des Lilas",
            "rue des Tilleuls", "rue Émile Zola", "rue du 8 Mai 1945", "rue du 11 Novembre",
            "rue Anatole France", "rue Jules Ferry", "rue de la Liberté", "boulevard Gambetta",
            "avenue Jean Jaurès", "boulevard Victor Hugo", "rue du Général Leclerc", "rue Foch",
            "rue Georges Clemenceau", "rue de Paris", "rue du Pont", "rue des Acacias",
            "rue des Roses", "rue du Port", "rue Saint-Martin", "chemin du Moulin",
            "impasse des Lilas", "allée des Tilleuls", "route de Paris");
    Map<String, Long> weights = new TreeMap<>();
    for (int i = 0; i < top.size(); i++) {
      weights.put(top.get(i), 2_000L / (i + 2));
    }
    List<String> names =
        List.of(
            "de la Paix", "Victor Hugo", "Jean Jaurès", "de la République", "Pasteur", "Gambetta",
            "Voltaire", "Carnot", "Jean Moulin", "Émile Zola", "Anatole France", "Jules Ferry",
            "Louis Pasteur", "du Général de Gaulle", "du Maréchal Foch", "Georges Clemenceau",
            "Aristide Briand", "Paul Bert", "Alsace-Lorraine", "de Verdun", "de la Liberté",
            "Nationale", "de la Gare", "du Moulin", "des Écoles", "de l'Église", "du Château",
            "de la Mairie", "du Stade", "de la Fontaine", "des Jardins", "du Commerce",
            "de la Poste", "du Marché", "du Port", "du Pont", "des Lilas", "des Tilleuls",
            "des Acacias", "des Roses", "des Peupliers", "des Chênes", "des Érables", "des Prés",
            "des Vignes", "des Champs", "du Bois", "de la Forêt", "du Lavoir", "de la Croix",
            "Saint-Martin", "Saint-Pierre", "Saint-Jacques", "Sainte-Anne", "Molière",
            "Jean de La Fontaine", "Albert Camus", "Marie Curie", "Pierre Curie", "Lamartine",
            "Alphonse Daudet", "Jules Verne", "Hector Berlioz", "Claude Debussy", "Édouard Herriot",
            "Léon Blum", "du 8 Mai 1945", "du 11 Novembre", "du 14 Juillet", "de Paris",
            "de Lyon", "de Bordeaux", "de Strasbourg", "de Normandie", "de Bretagne", "des Alpes",
            "de la Loire");
    String[] typeWeights = {
      "rue:60", "avenue:10", "boulevard:6", "place:5", "impasse:5", "allée:4", "chemin:4",
      "route:3", "quai:1", "cours:1", "square:1"
    };
    for (String name : names) {
      for (String t : typeWeights) {
        String[] p = t.split(":");
        weights.putIfAbsent(p[0] + ' ' + name, Long.parseLong(p[1]));
      }
    }
    writeSorted(out.resolve("streets.txt"), weights);
  }

  /** The French names of CLDR for the ISO 3166-1 codes, as {@code CODE;Nom} sorted by code. */
  private static void countries(Path codesCsv, Path names, Path out) throws IOException {
    Set<String> codes = new HashSet<>();
    List<String> iso = Files.readAllLines(codesCsv, StandardCharsets.UTF_8);
    List<String> header = List.of(csv(iso.get(0)));
    int alpha2 = header.indexOf("ISO3166-1-Alpha-2");
    for (String line : iso.subList(1, iso.size())) {
      String[] cols = csv(line);
      if (cols.length > alpha2 && cols[alpha2].length() == 2) {
        codes.add(cols[alpha2]);
      }
    }
    Map<String, String> rows = new TreeMap<>();
    List<String> lines = Files.readAllLines(names, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] cols = csv(line);
      if (cols.length == 2 && codes.contains(cols[0])) {
        rows.put(cols[0], cols[1]);
      }
    }
    List<String> text = new ArrayList<>();
    rows.forEach((code, name) -> text.add(code + ';' + name));
    write(out.resolve("countries.txt"), text);
  }

  /** The words of Faker's French lorem list that are single words (no {@code afin de}). */
  private static void lorem(Path json, Path out) throws IOException {
    String text = Files.readString(json, StandardCharsets.UTF_8);
    int start = text.indexOf('[', text.indexOf("\"word_list\""));
    int end = text.indexOf(']', start);
    Matcher m = Pattern.compile("\"([^\"]*)\"").matcher(text.substring(start, end));
    Set<String> seen = new HashSet<>();
    List<String> words = new ArrayList<>();
    while (m.find()) {
      String word = m.group(1).strip();
      if (word.matches("[\\p{IsLatin}]+") && latin1(word) && word.length() < 15 && seen.add(word)) {
        words.add(word);
      }
    }
    // forgery's word tables have weights adding up to 8192 (13 random bits a word): every word
    // gets 8192 / n, and the first 8192 % n one more.
    List<String> weighted = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      weighted.add(words.get(i) + '\t' + (8192 / words.size() + (i < 8192 % words.size() ? 1 : 0)));
    }
    write(out.resolve("lorem_words.txt"), weighted);
  }

  private static boolean latin1(String name) {
    return name.chars().allMatch(c -> c < 256);
  }

  private static void writeSorted(Path file, Map<String, Long> counts) throws IOException {
    List<Map.Entry<String, Long>> rows = new ArrayList<>(counts.entrySet());
    rows.sort(Map.Entry.<String, Long>comparingByValue().reversed());
    List<String> text = new ArrayList<>();
    for (Map.Entry<String, Long> e : rows) {
      text.add(e.getKey() + '\t' + e.getValue());
    }
    write(file, text);
  }

  private static void write(Path file, List<String> lines) throws IOException {
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
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
}
