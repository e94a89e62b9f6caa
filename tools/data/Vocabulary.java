import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Converts the word, company, job, TLD and colour sources into forgery's en_US tables.
 *
 * <p>Usage: {@code java tools/data/Vocabulary.java <shared-data-dir> <resources-dir>}
 *
 * <ul>
 *   <li>{@code lorem_words.txt}: the 971 common English words of Faker's en_US lorem list, each
 *       with an integer weight; the weights add up to exactly 8192 so that 13 random bits pick a
 *       word through a lookup table. The 98 listed words among the 100 most frequent English
 *       lemmas get Zipf weights (1/(rank+1)) that together hold about 45% of the mass, as the top
 *       100 lemmas do in running English text; the other words share the rest equally.
 *   <li>{@code jobs.txt}: the dariusk/corpora occupation list in title case.
 *   <li>{@code company_suffixes.txt}: US business-entity suffixes with hand-set weights
 *       (LLC and Inc dominate US registrations; PLC and Ltd are British and left out).
 *   <li>{@code catch_phrase_{adjectives,descriptors,nouns}.txt}: Faker's catch-phrase words.
 *   <li>{@code tlds.txt}: every ASCII IANA top-level domain still delegated; com, org, net and a few popular ones carry
 *       90% of the weight as they do for registered domains, the rest share 10% equally.
 *   <li>{@code colors.txt}: the 140 classic CSS/HTML named colours, {@code Name #rrggbb}.
 * </ul>
 */
public final class Vocabulary {
  /** The 100 most frequent English lemmas (Oxford English Corpus order), for the Zipf weights. */
  private static final String TOP_LEMMAS =
      "the be to of and a in that have I it for not on with he as you do at this but his by from"
          + " they we say her she or an will my one all would there their what so up out if about"
          + " who get which go me when make can like time no just him know take people into year"
          + " your good some could them see other than then now look only come its over think also"
          + " back after use two how our work first well way even new want because any these give"
          + " day most us";

  /** TLDs in the snapshot whose delegation IANA has since removed from the root zone. */
  private static final Set<String> RETIRED_TLDS = Set.of("merck");

  private static final Set<String> SMALL_WORDS = Set.of("and", "of", "or", "the", "in", "for", "to");

  public static void main(String[] args) throws IOException {
    Path in = Path.of(args[0]);
    Path out = Path.of(args[1], "en_US");
    Files.createDirectories(out);
    // Lorem words and top-level domains serve every locale: the root folder of the lookup chain.
    Path root = Path.of(args[1], "root");
    Files.createDirectories(root);
    words(in.resolve("fallback/faker/lorem_en_US.json"), root.resolve("lorem_words.txt"));
    jobs(in.resolve("misc/jobs/corpora_occupations.json"), out.resolve("jobs.txt"));
    company(in.resolve("fallback/faker/company_base.json"), out);
    tlds(in.resolve("misc/internet/iana_tlds.json"), root.resolve("tlds.txt"));
    colors(in.resolve("misc/colors/corpora_web_colors.json"), out.resolve("colors.txt"));
  }

  static void words(Path src, Path dst) throws IOException {
    @SuppressWarnings("unchecked")
    List<String> list = (List<String>) ((Map<?, ?>) json(src)).get("word_list");
    String[] top = TOP_LEMMAS.split(" ");
    Map<String, Double> weight = new LinkedHashMap<>();
    double topSum = 0;
    for (int rank = 1; rank <= top.length; rank++) {
      if (list.contains(top[rank - 1])) {
        weight.put(top[rank - 1], 1.0 / (rank + 1));
        topSum += 1.0 / (rank + 1);
      }
    }
    int rest = list.size() - weight.size();
    double restEach = topSum * (0.55 / 0.45) / rest;
    for (String w : list) weight.putIfAbsent(w, restEach);
    write(dst, apportion(weight, 8192));
  }

  /** Largest-remainder apportionment of {@code total} slots, at least one slot per value. */
  static Map<String, Long> apportion(Map<String, Double> weights, int total) {
    double sum = weights.values().stream().mapToDouble(Double::doubleValue).sum();
    Map<String, Long> slots = new TreeMap<>();
    List<Map.Entry<String, Double>> remainders = new ArrayList<>();
    long used = 0;
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      double exact = e.getValue() * total / sum;
      long floor = Math.max(1, (long) Math.floor(exact));
      slots.put(e.getKey(), floor);
      used += floor;
      remainders.add(Map.entry(e.getKey(), exact - floor));
    }
    remainders.sort(
        Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()));
    for (int i = 0; used < total; i++, used++) {
      slots.merge(remainders.get(i % remainders.size()).getKey(), 1L, Long::sum);
    }
    if (used != total) throw new IllegalStateException("slots " + used + " != " + total);
    return slots;
  }

  static void jobs(Path src, Path dst) throws IOException {
    @SuppressWarnings("unchecked")
    List<String> list = (List<String>) ((Map<?, ?>) json(src)).get("occupations");
    TreeSet<String> titles = new TreeSet<>();
    for (String job : list) titles.add(titleCase(job));
    writeList(dst, titles);
  }

  static String titleCase(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    String[] words = s.trim().split(" ");
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (i > 0) sb.append(' ');
      if (i > 0 && SMALL_WORDS.contains(w)) {
        sb.append(w);
      } else {
        // Capitalise after hyphens too: "Counter-Terrorism", "Self-Enrichment".
        boolean up = true;
        for (char c : w.toCharArray()) {
          sb.append(up ? Character.toUpperCase(c) : c);
          up = c == '-';
        }
      }
    }
    return sb.toString();
  }

  static void company(Path src, Path out) throws IOException {
    Map<?, ?> d = (Map<?, ?>) json(src);
    List<?> words = (List<?>) d.get("catch_phrase_words");
    String[] names = {"adjectives", "descriptors", "nouns"};
    for (int i = 0; i < 3; i++) {
      TreeSet<String> set = new TreeSet<>();
      for (Object o : (List<?>) words.get(i)) set.add((String) o);
      writeList(out.resolve("catch_phrase_" + names[i] + ".txt"), set);
    }
    Map<String, Long> suffixes = new TreeMap<>();
    suffixes.put("Inc", 30L);
    suffixes.put("LLC", 35L);
    suffixes.put("Group", 12L);
    suffixes.put("Corp", 10L);
    suffixes.put("and Sons", 5L);
    suffixes.put("Co", 5L);
    suffixes.put("Partners", 3L);
    write(out.resolve("company_suffixes.txt"), suffixes);
  }

  static void tlds(Path src, Path dst) throws IOException {
    Map<String, Long> popular = new LinkedHashMap<>();
    popular.put("com", 6_000L);
    popular.put("org", 900L);
    popular.put("net", 800L);
    popular.put("io", 300L);
    popular.put("co", 200L);
    popular.put("us", 200L);
    popular.put("info", 150L);
    popular.put("biz", 100L);
    popular.put("dev", 100L);
    popular.put("app", 100L);
    popular.put("ai", 100L);
    popular.put("online", 50L);
    Map<String, Long> weights = new TreeMap<>();
    List<?> all = (List<?>) json(src);
    long tail = 0;
    for (Object o : all) {
      String tld = ((String) o).toLowerCase(Locale.ROOT);
      if (!tld.chars().allMatch(c -> c >= 'a' && c <= 'z')) continue; // no IDN or test labels
      if (RETIRED_TLDS.contains(tld)) continue;
      if (!popular.containsKey(tld)) tail++;
    }
    long popularSum = popular.values().stream().mapToLong(Long::longValue).sum();
    // The tail shares 10% of the total: popularSum / 9, in units of 1/1000 per TLD.
    long each = Math.max(1, Math.round(popularSum * 1000.0 / 9 / tail));
    for (Object o : all) {
      String tld = ((String) o).toLowerCase(Locale.ROOT);
      if (!tld.chars().allMatch(c -> c >= 'a' && c <= 'z') || RETIRED_TLDS.contains(tld)) continue;
      Long p = popular.get(tld);
      weights.put(tld, p != null ? p * 1000 : each);
    }
    write(dst, weights);
  }

  static void colors(Path src, Path dst) throws IOException {
    List<?> list = (List<?>) ((Map<?, ?>) json(src)).get("colors");
    TreeSet<String> lines = new TreeSet<>();
    for (Object o : list) {
      Map<?, ?> c = (Map<?, ?>) o;
      lines.add(((String) c.get("color")).strip() + " " + ((String) c.get("hex")).strip().toLowerCase(Locale.ROOT));
    }
    writeList(dst, lines);
  }

  static void write(Path dst, Map<String, Long> weights) throws IOException {
    List<Map.Entry<String, Long>> rows = new ArrayList<>(weights.entrySet());
    rows.sort(
        Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()));
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, Long> row : rows) {
      sb.append(row.getKey()).append('\t').append(row.getValue()).append('\n');
    }
    Files.writeString(dst, sb, StandardCharsets.UTF_8);
    System.out.println(dst + ": " + rows.size() + " rows");
  }

  static void writeList(Path dst, Collection<String> values) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (String v : values) sb.append(v).append('\n');
    Files.writeString(dst, sb, StandardCharsets.UTF_8);
    System.out.println(dst + ": " + values.size() + " rows");
  }

  // A minimal JSON reader: objects, arrays, strings (with escapes), numbers, literals.
  static Object json(Path src) throws IOException {
    String s = Files.readString(src, StandardCharsets.UTF_8);
    int[] pos = {0};
    return value(s, pos);
  }

  private static Object value(String s, int[] p) {
    skip(s, p);
    char c = s.charAt(p[0]);
    if (c == '{') {
      Map<String, Object> map = new LinkedHashMap<>();
      p[0]++;
      skip(s, p);
      if (s.charAt(p[0]) == '}') { p[0]++; return map; }
      while (true) {
        skip(s, p);
        String key = (String) value(s, p);
        skip(s, p);
        p[0]++; // ':'
        map.put(key, value(s, p));
        skip(s, p);
        if (s.charAt(p[0]++) == '}') return map;
      }
    }
    if (c == '[') {
      List<Object> list = new ArrayList<>();
      p[0]++;
      skip(s, p);
      if (s.charAt(p[0]) == ']') { p[0]++; return list; }
      while (true) {
        list.add(value(s, p));
        skip(s, p);
        if (s.charAt(p[0]++) == ']') return list;
      }
    }
    if (c == '"') {
      StringBuilder sb = new StringBuilder();
      p[0]++;
      while (true) {
        char ch = s.charAt(p[0]++);
        if (ch == '"') return sb.toString();
        if (ch == '\\') {
          char e = s.charAt(p[0]++);
          switch (e) {
            case 'n' -> sb.append('\n');
            case 't' -> sb.append('\t');
            case 'u' -> { sb.append((char) Integer.parseInt(s.substring(p[0], p[0] + 4), 16)); p[0] += 4; }
            default -> sb.append(e);
          }
        } else {
          sb.append(ch);
        }
      }
    }
    int start = p[0];
    while (p[0] < s.length() && ",]} \n\r\t".indexOf(s.charAt(p[0])) < 0) p[0]++;
    String token = s.substring(start, p[0]);
    return switch (token) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      case "null" -> null;
      default -> Double.parseDouble(token);
    };
  }

  private static void skip(String s, int[] p) {
    while (p[0] < s.length() && Character.isWhitespace(s.charAt(p[0]))) p[0]++;
  }
}
