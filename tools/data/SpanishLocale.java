import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts the Spanish sources into forgery's es_ES tables ({@code value<TAB>weight}).
 *
 * <ul>
 *   <li>{@code first_names.txt}: the INE Padrón (1 January 2017) first names of men and women
 *       with 500 bearers or more (92% of residents), weighted by their bearers;
 *   <li>{@code last_names.txt}: the INE Padrón (1 January 2021) surnames with 500 bearers or more
 *       as first surname (91% of residents), weighted by those bearers; a full name draws two
 *       surnames from this table, as the first and second surnames have almost the same
 *       distribution;
 *   <li>INE writes names in capitals without written accents ({@code MARIA JOSE}, {@code
 *       GONZALEZ}); each word takes the accented spelling of the Spanish name lists of Faker
 *       ({@code person/es_ES}) and dariusk/corpora where they have it ({@code María José}, {@code
 *       González}), and is otherwise only capitalised; particles stay lower case ({@code María del
 *       Carmen}, {@code de la Fuente});
 *   <li>{@code postcodes.txt}: {@code postcode;municipality;comunidad autónoma} rows of GeoNames
 *       for the municipalities with a place of 15,000 people or more, each row weighted by that
 *       population shared among the municipality's postcodes;
 *   <li>{@code regions.txt}: each comunidad autónoma (and the autonomous cities) with its ISO
 *       3166-2:ES code;
 *   <li>{@code streets.txt}: street type and name of common Spanish streets ({@code Calle Mayor},
 *       {@code Plaza de España}); no open table of Spanish street names with counts exists, so
 *       these are editorial, with approximate weights;
 *   <li>{@code address_format.txt}: {@code Calle Mayor, 12, 28013 Madrid};
 *   <li>{@code phone_patterns.txt}: mobile (6xx) and the geographic numbers of large provinces;
 *       the CNMC keeps no range for fiction, so the numbers are valid ones;
 *   <li>{@code company_suffixes.txt}, {@code free_email_domains.txt}, {@code name_prefixes.txt},
 *       {@code iban_countries.txt}, {@code name_format.txt}: short lists written here.
 * </ul>
 *
 * <p>Usage: {@code java tools/data/SpanishLocale.java <shared-data-dir> <resources-dir>}
 */
public final class SpanishLocale {
  private static final int MIN_BEARERS = 500;

  /** GeoNames' community names (ASCII) to the names used in Spain, with their ISO 3166-2 code. */
  private static final Map<String, String> COMMUNITIES =
      Map.ofEntries(
          Map.entry("Andalucia", "Andalucía;AN"),
          Map.entry("Aragon", "Aragón;AR"),
          Map.entry("Asturias", "Principado de Asturias;AS"),
          Map.entry("Baleares", "Illes Balears;IB"),
          Map.entry("Canarias", "Canarias;CN"),
          Map.entry("Cantabria", "Cantabria;CB"),
          Map.entry("Castilla - La Mancha", "Castilla-La Mancha;CM"),
          Map.entry("Castilla - Leon", "Castilla y León;CL"),
          Map.entry("Cataluna", "Cataluña;CT"),
          Map.entry("Ceuta", "Ceuta;CE"),
          Map.entry("Comunidad Valenciana", "Comunitat Valenciana;VC"),
          Map.entry("Extremadura", "Extremadura;EX"),
          Map.entry("Galicia", "Galicia;GA"),
          Map.entry("La Rioja", "La Rioja;RI"),
          Map.entry("Madrid", "Comunidad de Madrid;MD"),
          Map.entry("Melilla", "Melilla;ML"),
          Map.entry("Murcia", "Región de Murcia;MC"),
          Map.entry("Navarra", "Comunidad Foral de Navarra;NC"),
          Map.entry("Pais Vasco", "País Vasco;PV"));

  /** Municipality names GeoNames gives in English or without their accent. */
  private static final Map<String, String> MUNICIPALITIES =
      Map.of("Seville", "Sevilla", "Cordoba", "Córdoba", "l'Hospitalet de Llobregat",
          "L'Hospitalet de Llobregat");

  private static final Set<String> PARTICLES =
      Set.of("de", "del", "la", "las", "los", "y", "i", "e", "da", "das", "do", "dos");

  public static void main(String[] args) throws IOException {
    Path in = Path.of(args[0]);
    Path out = Path.of(args[1], "es_ES");
    Files.createDirectories(out);
    Map<String, String> accents = accents(in);
    Map<String, Long> first = new TreeMap<>();
    ine(in.resolve("es_ES/ine_nombres_masculinos_padron2017.csv"), 8, accents, first);
    ine(in.resolve("es_ES/ine_nombres_femeninos_padron2017.csv"), 8, accents, first);
    write(out.resolve("first_names.txt"), byWeight(first));
    Map<String, Long> last = new TreeMap<>();
    ine(in.resolve("es_ES/ine_apellidos_frecuencia_padron2021_ge100.csv"), 5, accents, last);
    write(out.resolve("last_names.txt"), byWeight(last));
    postcodes(
        in.resolve("es_ES/geonames_postal_codes_es.csv"),
        in.resolve("geo/geonames_cities15000_2016_slim.csv"),
        out);
    List<String> regions = new ArrayList<>(COMMUNITIES.values());
    regions.sort(null);
    write(out.resolve("regions.txt"), regions);
    streets(out);
    write(
        out.resolve("address_format.txt"),
        List.of(
            "street_line={street}, {number}",
            "address={street_line}, {postcode} {city}",
            "number_common_max=60",
            "number_max=220",
            "number_suffix_one_in=0",
            "number_suffixes="));
    // Mobile numbers (6xx, most numbers people give) and the geographic numbers of Madrid,
    // Barcelona, Valencia, Sevilla, Málaga and Bilbao, grouped as libphonenumber writes them.
    write(
        out.resolve("phone_patterns.txt"),
        List.of(
            "+34 6## ## ## ##\t60",
            "+34 91# ## ## ##\t12",
            "+34 93# ## ## ##\t10",
            "+34 963 ## ## ##\t6",
            "+34 954 ## ## ##\t5",
            "+34 952 ## ## ##\t4",
            "+34 944 ## ## ##\t3"));
    write(
        out.resolve("company_suffixes.txt"),
        List.of("S.L.\t70", "S.A.\t15", "S.L.U.\t12", "S.Coop.\t3"));
    List<String> freeMail =
        List.of(
            "gmail.com\t45",
            "hotmail.com\t18",
            "hotmail.es\t10",
            "yahoo.es\t8",
            "outlook.es\t8",
            "telefonica.net\t4",
            "icloud.com\t4",
            "movistar.es\t3");
    write(out.resolve("free_email_domains.txt"), freeMail);
    // Addresses at companies' own domains are not modelled for Spain: every address is free mail.
    write(out.resolve("email_domains.txt"), freeMail);
    write(out.resolve("iban_countries.txt"), List.of("ES\t1"));
    write(out.resolve("company_and.txt"), List.of("y"));
    write(
        out.resolve("name_prefixes.txt"),
        List.of("Sr.\t470", "Sra.\t470", "Dr.\t30", "Dra.\t30"));
    // A Spanish full name is a first name and two surnames, the father's and the mother's.
    write(out.resolve("name_format.txt"), List.of("surnames=2"));
  }

  /**
   * The accented spelling of every word of the Spanish name lists, by its capitals without accents:
   * {@code MARIA -> María}, {@code GONZALEZ -> González}.
   */
  private static Map<String, String> accents(Path in) throws IOException {
    Map<String, String> accents = new TreeMap<>();
    String text =
        Files.readString(in.resolve("fallback/faker/person_es_ES.json"))
            + Files.readString(in.resolve("es_ES/corpora_spanish_first_names.json"))
            + Files.readString(in.resolve("es_ES/corpora_spanish_last_names.json"));
    // How often the lists write each spelling of a word; the more frequent one wins, an accent on a
    // tie: José and García, but Luis rather than the Catalan Luís.
    Map<String, Integer> spellings = new TreeMap<>();
    Matcher m = Pattern.compile("\\p{L}+").matcher(text);
    while (m.find()) {
      if (Character.isUpperCase(m.group().charAt(0))) {
        spellings.merge(m.group(), 1, Integer::sum);
      }
    }
    Map<String, Integer> best = new TreeMap<>();
    for (Map.Entry<String, Integer> e : spellings.entrySet()) {
      String word = e.getKey();
      String capitals = fold(word).toUpperCase(Locale.ROOT);
      int count = e.getValue() * 2 + (word.equals(fold(word)) ? 0 : 1);
      if (count > best.getOrDefault(capitals, 0)) {
        best.put(capitals, count);
        accents.put(capitals, word);
      }
    }
    return accents;
  }

  /** Reads an INE table ({@code Orden,Nombre,Frecuencia,...}), keeping the common names. */
  private static void ine(Path csv, int preamble, Map<String, String> accents, Map<String, Long> into)
      throws IOException {
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    for (String line : lines.subList(preamble, lines.size())) {
      String[] f = csv(line);
      if (f.length < 3 || f[1].isBlank()) {
        continue;
      }
      long bearers = Long.parseLong(f[2].strip().replace(".", ""));
      String name = spell(f[1].strip(), accents);
      if (bearers >= MIN_BEARERS && latin1(name)) {
        into.merge(name, bearers, Long::sum);
      }
    }
  }

  /** {@code MARIA DEL CARMEN -> María del Carmen}, {@code DE LA FUENTE -> de la Fuente}. */
  private static String spell(String capitals, Map<String, String> accents) {
    StringBuilder out = new StringBuilder();
    for (String word : capitals.split(" ")) {
      if (out.length() > 0) {
        out.append(' ');
      }
      String lower = word.toLowerCase(Locale.ROOT);
      if (PARTICLES.contains(lower)) {
        out.append(lower);
      } else if (accents.containsKey(word)) {
        out.append(accents.get(word));
      } else {
        out.append(capitalise(lower));
      }
    }
    return out.toString();
  }

  /** Capitalises each part of a word: {@code d'assis -> D'Assis}, {@code m'hamed -> M'Hamed}. */
  private static String capitalise(String lower) {
    StringBuilder out = new StringBuilder(lower);
    for (int i = 0; i < out.length(); i++) {
      if (i == 0 || out.charAt(i - 1) == '\'' || out.charAt(i - 1) == '-') {
        out.setCharAt(i, Character.toUpperCase(out.charAt(i)));
      }
    }
    return out.toString();
  }

  private static void streets(Path out) throws IOException {
    Map<String, Integer> types =
        Map.of(
            "Calle", 60, "Avenida", 12, "Plaza", 10, "Paseo", 5, "Camino", 5, "Travesía", 4,
            "Ronda", 2, "Carretera", 2);
    // Names that streets of every type carry across Spain, the most common first.
    List<String> names =
        List.of(
            "Mayor\t40",
            "Real\t25",
            "Nueva\t20",
            "de la Iglesia\t18",
            "de España\t15",
            "de la Constitución\t15",
            "del Sol\t12",
            "de San José\t12",
            "de Santa María\t10",
            "del Carmen\t10",
            "de la Paz\t10",
            "de la Estación\t10",
            "de San Antonio\t9",
            "de San Juan\t9",
            "de San Pedro\t8",
            "de San Miguel\t8",
            "de Santiago\t8",
            "de la Fuente\t8",
            "del Pilar\t7",
            "de Cervantes\t7",
            "de Colón\t7",
            "de la Libertad\t7",
            "de Ramón y Cajal\t7",
            "de Antonio Machado\t6",
            "de Federico García Lorca\t6",
            "del Doctor Fleming\t6",
            "de Juan Carlos I\t5",
            "de Blasco Ibáñez\t5",
            "de Miguel de Unamuno\t5",
            "de Pablo Picasso\t5",
            "de Goya\t5",
            "de Velázquez\t4",
            "de Rosalía de Castro\t4",
            "de Jacinto Benavente\t4",
            "de Alfonso XIII\t4",
            "de Isabel la Católica\t4",
            "del Río\t4",
            "del Mar\t4",
            "de las Flores\t4",
            "de los Olivos\t4",
            "de la Virgen del Rosario\t3",
            "de la Magdalena\t3",
            "del Castillo\t3",
            "del Puerto\t3",
            "del Norte\t3",
            "de la Hispanidad\t3",
            "de Europa\t3",
            "de la Ermita\t3",
            "del Molino\t3",
            "de las Eras\t3",
            "de Andalucía\t2",
            "de Castilla\t2",
            "de Valencia\t2",
            "de Madrid\t2",
            "de Toledo\t2",
            "del Ayuntamiento\t2",
            "de los Reyes Católicos\t2",
            "de Lope de Vega\t2",
            "de Gustavo Adolfo Bécquer\t2",
            "de Severo Ochoa\t2");
    List<String> text = new ArrayList<>();
    for (String type : new java.util.TreeSet<>(types.keySet())) {
      for (String row : names) {
        String[] f = row.split("\t");
        text.add(type + ' ' + f[0] + '\t' + types.get(type) * Integer.parseInt(f[1]));
      }
    }
    write(out.resolve("streets.txt"), text);
  }

  /**
   * Keeps the GeoNames postcodes of municipalities that have a place of 15,000 people or more in
   * GeoNames' cities table (matched by name without accents), each row weighted by that population
   * shared among the municipality's postcodes.
   */
  private static void postcodes(Path csv, Path cities, Path out) throws IOException {
    Map<String, Long> population = new TreeMap<>();
    Map<String, String> spelled = new TreeMap<>();
    List<String> cityLines = Files.readAllLines(cities, StandardCharsets.UTF_8);
    for (String line : cityLines.subList(1, cityLines.size())) {
      String[] f = csv(line);
      if (f[6].equals("ES")) {
        population.merge(key(f[1]), Long.parseLong(f[9]), Long::max);
        spelled.putIfAbsent(key(f[1]), f[1]);
      }
    }
    Map<String, String> rows = new TreeMap<>();
    Map<String, Integer> postcodes = new TreeMap<>();
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = csv(line);
      String postcode = f[1];
      String municipality = MUNICIPALITIES.getOrDefault(f[7].strip(), f[7].strip());
      String community = COMMUNITIES.get(f[3].strip());
      if (!postcode.matches("[0-9]{5}") || community == null || municipality.isEmpty()) {
        continue;
      }
      if (!postcode.startsWith(f[8].substring(0, 2))) {
        // A postcode starts with its province's INE code, as the municipality's code does; rows
        // that disagree are errors (46005, a Valencia postcode, filed under a "Madrid").
        continue;
      }
      String key = key(municipality);
      if (!population.containsKey(key) && municipality.contains("/")) {
        // Bilingual names (Alicante/Alacant): the cities table knows the first.
        key = key(municipality.substring(0, municipality.indexOf('/')));
      }
      if (!population.containsKey(key)) {
        continue;
      }
      String name = municipality;
      if (fold(name).equals(name) && !fold(spelled.get(key)).equals(spelled.get(key))
          && key(spelled.get(key)).equals(key(name))) {
        name = spelled.get(key); // GeoNames' postcode table dropped the accent: Cadiz
      }
      String community1 = community.substring(0, community.indexOf(';'));
      if (rows.putIfAbsent(postcode + ';' + name, postcode + ';' + name + ';' + community1)
          == null) {
        postcodes.merge(name, 1, Integer::sum);
      }
    }
    List<String> text = new ArrayList<>();
    for (String row : rows.values()) {
      String name = row.split(";")[1];
      String key = key(name);
      if (!population.containsKey(key)) {
        key = key(name.substring(0, name.indexOf('/')));
      }
      text.add(row + '\t' + Math.max(1, population.get(key) / postcodes.get(name)));
    }
    write(out.resolve("postcodes.txt"), text);
  }

  /** A name without accents, in lower case, for matching. */
  private static String key(String name) {
    return fold(name).toLowerCase(Locale.ROOT);
  }

  /** Drops written accents, keeping the letter ñ, which INE's capitals keep too. */
  private static String fold(String s) {
    String kept = s.replace('ñ', '\u0001').replace('Ñ', '\u0002');
    return Normalizer.normalize(kept, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .replace('\u0001', 'ñ')
        .replace('\u0002', 'Ñ');
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

  /** Tells whether a name is Latin-1, the text the name tables' byte layout holds. */
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
