import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts the Italian sources into forgery's it_IT tables ({@code value<TAB>weight}).
 *
 * <ul>
 *   <li>{@code first_names.txt}: ISTAT's first names of babies registered 1999-2021 (Conta nomi),
 *       both sexes, 50 births or more, weighted by births; ISTAT's capitals are written in mixed
 *       case, a final apostrophe as the accent it stands for ({@code NICOLO'} is {@code Nicolò});
 *   <li>{@code last_names.txt}: no Italian surname table with counts exists under an open licence,
 *       only ranks: the ten most common surnames of each province (dawit-io/it-faker) and Faker's
 *       unranked list of Italian surnames (Wiktionary). Weights are a documented approximation: in
 *       each province its ranked surnames share {@value #RANKED_SHARE} of its people by Zipf's law
 *       (rank r gets 1/r), and the rest of the population is spread evenly over every surname of
 *       both lists;
 *   <li>{@code postcodes.txt}: {@code CAP;comune;province} rows of GeoNames whose place is an ISTAT
 *       comune of that province (or of the province ISTAT now puts it in), weighted by the comune's
 *       2011 census population shared among its CAPs; {@code regions.txt}: each province with its
 *       sigla, the code Italian addresses write after the city ({@code 00184 Roma RM}) and ISO
 *       3166-2:IT's code of the province;
 *   <li>{@code streets.txt}: street type and name of common Italian streets ({@code Via Roma},
 *       {@code Piazza Garibaldi}); no open table of Italian street names with counts exists, so
 *       these are editorial, with approximate weights;
 *   <li>{@code address_format.txt}: {@code Via Roma 12, 00184 Roma RM};
 *   <li>{@code phone_patterns.txt}: mobile numbers and the geographic numbers of large cities; the
 *       regulator keeps no range for fiction, so the numbers are valid ones;
 *   <li>{@code company_suffixes.txt}, {@code free_email_domains.txt}, {@code name_prefixes.txt},
 *       {@code iban_countries.txt}: short lists written here.
 * </ul>
 *
 * <p>Usage: {@code java tools/data/ItalianLocale.java <shared-data-dir> <resources-dir>}
 */
public final class ItalianLocale {
  private static final int MIN_BIRTHS = 50;

  /** The share of a province's people who bear one of its ranked surnames. */
  private static final double RANKED_SHARE = 0.04;

  /** it-faker's province names that ISTAT spells otherwise, by ISTAT's sigla. */
  private static final Map<String, String> FAKER_PROVINCES =
      Map.of(
          "Aosta", "AO",
          "Bolzano", "BZ",
          "Monza e Brianza", "MB",
          "Pesaro Urbino", "PU",
          "Reggio Emilia", "RE");

  /** GeoNames' names of comuni that ISTAT spells otherwise. */
  private static final Map<String, String> COMUNI =
      Map.of(
          "reggio emilia", "reggio nell'emilia",
          "reggio calabria", "reggio di calabria",
          "san remo", "sanremo");

  public static void main(String[] args) throws IOException {
    Path in = Path.of(args[0]);
    Path out = Path.of(args[1], "it_IT");
    Files.createDirectories(out);
    firstNames(in.resolve("it_IT/istat_nomi_nati_aggregate_1999_2021.csv"), out);
    Map<String, String[]> provinces = provinces(in.resolve("it_IT/istat_province_sigle_20200101.csv"));
    lastNames(in, provinces, out);
    postcodes(
        in.resolve("it_IT/geonames_postal_codes_it.csv"),
        in.resolve("it_IT/istat_comuni_20200101.csv"),
        provinces,
        out);
    List<String> regions = new ArrayList<>();
    for (String[] p : provinces.values()) {
      regions.add(p[0] + ';' + p[1]);
    }
    write(out.resolve("regions.txt"), regions);
    streets(out);
    write(
        out.resolve("address_format.txt"),
        List.of(
            "street_line={street} {number}",
            "address={street_line}, {postcode} {city} {region_code}",
            "number_common_max=60",
            "number_max=250",
            "number_suffix_one_in=24",
            "number_suffixes=/A,/B"));
    // Mobile numbers (most of the numbers people give) of the four networks' common prefixes, and
    // the geographic numbers of Roma, Milano, Torino, Napoli, Firenze, Bologna, Palermo and Genova.
    List<String> phones = new ArrayList<>();
    for (String prefix :
        List.of(
            "320", "328", "329", "331", "333", "334", "335", "338", "339", "340", "342", "345",
            "346", "347", "348", "349", "366", "380", "388", "389", "391", "392", "393")) {
      phones.add("+39 " + prefix + " ### ####\t3");
    }
    phones.addAll(
        List.of(
            // 06 698 is the Vatican's, so Roma's numbers are drawn from 06 4, 06 5 and 06 8.
            "+39 06 4### ####\t2",
            "+39 06 5### ####\t2",
            "+39 06 8### ####\t2",
            "+39 02 #### ####\t6",
            "+39 011 ### ####\t3",
            "+39 081 ### ####\t3",
            "+39 055 ### ####\t2",
            "+39 051 ### ####\t2",
            "+39 091 ### ####\t2",
            "+39 010 ### ####\t2"));
    write(out.resolve("phone_patterns.txt"), phones);
    write(
        out.resolve("company_suffixes.txt"),
        List.of("S.r.l.\t60", "S.p.A.\t10", "S.n.c.\t15", "S.a.s.\t15"));
    List<String> freeMail =
        List.of(
            "gmail.com\t38",
            "libero.it\t18",
            "hotmail.it\t10",
            "yahoo.it\t8",
            "virgilio.it\t6",
            "alice.it\t5",
            "outlook.it\t5",
            "tiscali.it\t4",
            "icloud.com\t4",
            "tin.it\t2");
    write(out.resolve("free_email_domains.txt"), freeMail);
    // Addresses at companies' own domains are not modelled for Italy: every address is free mail.
    write(out.resolve("email_domains.txt"), freeMail);
    write(out.resolve("iban_countries.txt"), List.of("IT\t1"));
    write(out.resolve("company_and.txt"), List.of("e"));
    write(
        out.resolve("name_prefixes.txt"),
        List.of("Sig.\t460", "Sig.ra\t460", "Dott.\t45", "Dott.ssa\t35"));
  }

  /** Reads ISTAT's provinces: by sigla, the province's name, sigla and 2011 population. */
  private static Map<String, String[]> provinces(Path csv) throws IOException {
    Map<String, String[]> provinces = new TreeMap<>();
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = csv(line);
      // Bilingual names are written in Italian: Bolzano, Valle d'Aosta.
      String name = f[1].contains("/") ? f[1].substring(0, f[1].indexOf('/')) : f[1];
      provinces.put(f[2], new String[] {name, f[2], f[8]});
    }
    return provinces;
  }

  private static void firstNames(Path csv, Path out) throws IOException {
    Map<String, Long> counts = new TreeMap<>();
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = csv(line);
      long births = Long.parseLong(f[2]);
      // Capitals, spaces and an apostrophe after a final vowel; stray characters are left out.
      if (births >= MIN_BIRTHS && f[0].matches("[A-Z]+(?:[AEIOU]')?(?: [A-Z]+(?:[AEIOU]')?)*")) {
        counts.merge(spell(f[0]), births, Long::sum);
      }
    }
    write(out.resolve("first_names.txt"), byWeight(counts));
  }

  /** Names whose accented final E is acute, not grave. */
  private static final Set<String> ACUTE = Set.of("JOSE", "ANDRE", "RENE", "CHLOE");

  /** {@code NICOLO' PIO -> Nicolò Pio}, {@code JOSE' -> José}. */
  private static String spell(String capitals) {
    StringBuilder out = new StringBuilder();
    for (String word : capitals.split(" ")) {
      if (out.length() > 0) {
        out.append(' ');
      }
      boolean accent = word.endsWith("'");
      String bare = accent ? word.substring(0, word.length() - 1) : word;
      String lower = bare.toLowerCase(Locale.ROOT);
      String text = Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
      if (accent) {
        char last = text.charAt(text.length() - 1);
        String grave = "aeiou".indexOf(last) >= 0 ? "àèìòù".substring("aeiou".indexOf(last)) : "";
        char accented = ACUTE.contains(bare) ? 'é' : grave.charAt(0);
        text = text.substring(0, text.length() - 1) + accented;
      }
      out.append(text);
    }
    return out.toString();
  }

  private static void lastNames(Path in, Map<String, String[]> provinces, Path out)
      throws IOException {
    long[] populations = new long[provinces.size()];
    Map<String, Long> byName = new TreeMap<>();
    int i = 0;
    for (String[] p : provinces.values()) {
      populations[i++] = Long.parseLong(p[2]);
      byName.put(p[0], Long.parseLong(p[2]));
    }
    java.util.Arrays.sort(populations);
    long median = populations[populations.length / 2];
    long total = 0;
    for (long p : populations) {
      total += p;
    }
    Map<String, Double> weights = new TreeMap<>();
    String json = Files.readString(in.resolve("it_IT/itfaker_top_surnames_by_province.json"));
    Matcher m =
        Pattern.compile("\"province\":\\s*\"([^\"]+)\",\\s*\"surnames\":\\s*\\[([^\\]]*)\\]")
            .matcher(json);
    while (m.find()) {
      String province = m.group(1);
      Long population = byName.get(province);
      if (population == null && FAKER_PROVINCES.containsKey(province)) {
        population = Long.parseLong(provinces.get(FAKER_PROVINCES.get(province))[2]);
      }
      if (population == null) {
        // Sardinia's provinces of 2005-2016 (Carbonia-Iglesias, Ogliastra...) have no 2020 row.
        population = median;
      }
      List<String> ranked = strings(m.group(2));
      double harmonic = 0;
      for (int r = 1; r <= ranked.size(); r++) {
        harmonic += 1.0 / r;
      }
      for (int r = 1; r <= ranked.size(); r++) {
        weights.merge(ranked.get(r - 1), population * RANKED_SHARE / r / harmonic, Double::sum);
      }
    }
    String faker = Files.readString(in.resolve("it_IT/faker_person_it_IT.json"));
    Matcher list = Pattern.compile("\"last_names\":\\s*\\[([^\\]]*)\\]").matcher(faker);
    if (!list.find()) {
      throw new IllegalStateException("no last_names in faker_person_it_IT.json");
    }
    Set<String> all = new TreeSet<>(weights.keySet());
    all.addAll(strings(list.group(1)));
    double even = total * (1 - RANKED_SHARE) / all.size();
    Map<String, Long> rounded = new TreeMap<>();
    for (String name : all) {
      rounded.put(name, Math.round(weights.getOrDefault(name, 0.0) + even));
    }
    write(out.resolve("last_names.txt"), byWeight(rounded));
  }

  /** The strings of a JSON array's body. */
  private static List<String> strings(String body) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("\"([^\"]+)\"").matcher(body);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static void streets(Path out) throws IOException {
    Map<String, Integer> types =
        Map.of("Via", 70, "Viale", 8, "Piazza", 10, "Corso", 5, "Largo", 3, "Vicolo", 2,
            "Piazzale", 2);
    // Names that streets carry across Italy, the most common first.
    List<String> names =
        List.of(
            "Roma\t40",
            "Giuseppe Garibaldi\t35",
            "Giuseppe Mazzini\t28",
            "Guglielmo Marconi\t26",
            "Cavour\t22",
            "Dante Alighieri\t22",
            "Vittorio Emanuele II\t20",
            "Giacomo Matteotti\t20",
            "Giuseppe Verdi\t18",
            "XX Settembre\t16",
            "IV Novembre\t15",
            "della Repubblica\t15",
            "Europa\t14",
            "Umberto I\t14",
            "Alessandro Manzoni\t13",
            "San Francesco\t12",
            "Antonio Gramsci\t12",
            "della Libertà\t12",
            "Aldo Moro\t11",
            "XXV Aprile\t11",
            "Trieste\t10",
            "Trento\t10",
            "dei Mille\t10",
            "Nazionale\t9",
            "Italia\t9",
            "Cesare Battisti\t9",
            "Papa Giovanni XXIII\t8",
            "Leonardo da Vinci\t8",
            "Galileo Galilei\t8",
            "Cristoforo Colombo\t8",
            "Giovanni Pascoli\t7",
            "Giosuè Carducci\t7",
            "Nazario Sauro\t7",
            "Armando Diaz\t6",
            "Martiri della Libertà\t6",
            "Silvio Pellico\t6",
            "Alessandro Volta\t6",
            "Gabriele D'Annunzio\t6",
            "Luigi Pirandello\t5",
            "Ugo Foscolo\t5",
            "Giacomo Leopardi\t5",
            "San Giovanni\t5",
            "Sant'Antonio\t5",
            "Santa Maria\t5",
            "delle Rose\t4",
            "dei Pini\t4",
            "del Mare\t4",
            "della Stazione\t4",
            "Milano\t4",
            "Torino\t4",
            "Napoli\t4",
            "Firenze\t4",
            "Venezia\t3",
            "Genova\t3",
            "Pietro Nenni\t3",
            "Enrico Fermi\t3",
            "Fratelli Bandiera\t3",
            "Goffredo Mameli\t3",
            "don Giovanni Minzoni\t2",
            "Salvo D'Acquisto\t2");
    List<String> text = new ArrayList<>();
    for (String type : new TreeSet<>(types.keySet())) {
      for (String row : names) {
        String[] f = row.split("\t");
        text.add(type + ' ' + f[0] + '\t' + types.get(type) * Integer.parseInt(f[1]));
      }
    }
    write(out.resolve("streets.txt"), text);
  }

  /**
   * Keeps the GeoNames CAPs whose place is an ISTAT comune: of the province GeoNames names, or, for
   * a comune whose name ISTAT gives once, of the province ISTAT now puts it in (Sardinia's
   * provinces were redrawn in 2016). Each row is weighted by the comune's 2011 population shared
   * among its CAPs; localities that are not comuni (frazioni) are left out.
   */
  private static void postcodes(
      Path csv, Path comuniCsv, Map<String, String[]> provinces, Path out) throws IOException {
    Map<String, List<String[]>> comuni = new TreeMap<>();
    List<String> comuniLines = Files.readAllLines(comuniCsv, StandardCharsets.UTF_8);
    for (String line : comuniLines.subList(1, comuniLines.size())) {
      String[] f = csv(line);
      comuni.computeIfAbsent(f[2].toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(f);
    }
    Map<String, String> rows = new TreeMap<>();
    Map<String, Long> population = new TreeMap<>();
    Map<String, Integer> caps = new TreeMap<>();
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = csv(line);
      String cap = f[1];
      String place = f[2].strip().toLowerCase(Locale.ROOT);
      List<String[]> named = comuni.get(COMUNI.getOrDefault(place, place));
      if (!cap.matches("[0-9]{5}") || named == null) {
        continue;
      }
      String[] comune = null;
      for (String[] c : named) {
        if (c[9].equals(f[6])) {
          comune = c;
        }
      }
      if (comune == null && named.size() == 1) {
        comune = named.get(0);
      }
      if (comune == null || !provinces.containsKey(comune[9])) {
        continue;
      }
      String province = provinces.get(comune[9])[0];
      String key = cap + ';' + comune[2] + ';' + comune[9];
      if (rows.putIfAbsent(key, cap + ';' + comune[2] + ';' + province) == null) {
        caps.merge(comune[0], 1, Integer::sum);
        population.put(comune[0], Long.parseLong(comune[12]));
      }
    }
    List<String> text = new ArrayList<>();
    for (Map.Entry<String, String> row : rows.entrySet()) {
      String name = row.getKey().split(";")[1];
      String sigla = row.getKey().split(";")[2];
      String code = null;
      for (String[] c : comuni.get(name.toLowerCase(Locale.ROOT))) {
        if (c[9].equals(sigla)) {
          code = c[0];
        }
      }
      text.add(row.getValue() + '\t' + Math.max(1, population.get(code) / caps.get(code)));
    }
    write(out.resolve("postcodes.txt"), text);
  }

  private static List<String> byWeight(Map<String, Long> counts) {
    List<Map.Entry<String, Long>> rows = new ArrayList<>(counts.entrySet());
    rows.sort(Map.Entry.<String, Long>comparingByValue().reversed());
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
