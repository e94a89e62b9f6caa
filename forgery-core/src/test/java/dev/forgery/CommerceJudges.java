package dev.forgery;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The judges, example arguments and engine goldens of the providers of products, books, company
 * parts and decimals: the part of {@link RegistryContractTest}'s and {@link EngineGoldenTest}'s
 * tables that belongs to this domain.
 */
final class CommerceJudges {
  private CommerceJudges() {}

  private static final String DATA = "/dev/forgery/data/";

  static final Set<String> ADJECTIVES = table("en_US/product_adjectives.txt");
  static final Set<String> DEPARTMENTS = table("en_US/departments.txt");
  static final Set<String> MATERIALS = table("en_US/materials.txt");
  static final Set<String> PROMOTION_WORDS = table("en_US/promotion_words.txt");
  static final Set<String> INDUSTRIES = table("en_US/industries.txt");
  static final Set<String> BUZZWORDS = table("en_US/buzzwords.txt");
  static final Set<String> TITLES = table("books/titles.txt");
  static final Set<String> AUTHORS = table("books/authors.txt");
  static final Set<String> GENRES = table("books/genres.txt");

  /** Each product with the materials it is made of. */
  static final Map<String, Set<String>> PRODUCTS = products();

  /** A word and a discount, or a word, a hyphen and four characters without look-alikes. */
  private static final Pattern PROMOTION_CODE =
      Pattern.compile("([A-Z]+)(?:(5|10|15|20|25|30|40|50)|-[A-HJ-NP-Z2-9]{4})");

  private static Set<String> table(String file) {
    return ProvidersContractTest.firstColumn(DATA + file);
  }

  private static Map<String, Set<String>> products() {
    Map<String, Set<String>> out = new HashMap<>();
    for (String line : table("en_US/products.txt")) {
      String[] parts = line.split(";");
      out.put(parts[0], Set.of(parts[1].split("\\|")));
    }
    return out;
  }

  /** Adds a judge per provider of this domain, by canonical name. */
  static void judges(Map<String, RegistryContractTest.Judge> j) {
    j.put("decimal", (v, a) -> decimal((BigDecimal) v, a));
    j.put("productName", (v, a) -> productName((String) v));
    j.put("department", (v, a) -> DEPARTMENTS.contains(v));
    j.put("material", (v, a) -> MATERIALS.contains(v));
    j.put("price", (v, a) -> price((BigDecimal) v, a));
    j.put("promotionCode", (v, a) -> promotionCode((String) v));
    j.put("bookTitle", (v, a) -> TITLES.contains(v));
    j.put("author", (v, a) -> AUTHORS.contains(v));
    j.put("genre", (v, a) -> GENRES.contains(v));
    j.put("industry", (v, a) -> INDUSTRIES.contains(v));
    j.put("buzzword", (v, a) -> BUZZWORDS.contains(v));
  }

  /** Of exactly the scale, between the bounds' decimal forms, both inclusive. */
  static boolean decimal(BigDecimal v, List<Object> args) {
    BigDecimal min = args.isEmpty() ? BigDecimal.ZERO : bound(args.get(0));
    BigDecimal max = args.isEmpty() ? BigDecimal.valueOf(100) : bound(args.get(1));
    int scale = args.size() < 3 ? 2 : ((Number) args.get(2)).intValue();
    return v.scale() == scale && v.compareTo(min) >= 0 && v.compareTo(max) <= 0;
  }

  /** Of scale 2, not negative, between the bounds' decimal forms, both inclusive. */
  static boolean price(BigDecimal v, List<Object> args) {
    BigDecimal min = args.isEmpty() ? BigDecimal.ONE : bound(args.get(0));
    BigDecimal max = args.isEmpty() ? BigDecimal.valueOf(1000) : bound(args.get(1));
    return v.scale() == 2
        && v.signum() >= 0
        && v.compareTo(min) >= 0
        && v.compareTo(max) <= 0
        && v.toPlainString().matches("[0-9]+\\.[0-9]{2}");
  }

  private static BigDecimal bound(Object arg) {
    return BigDecimal.valueOf(((Number) arg).doubleValue());
  }

  /** An adjective, then a product of the table preceded by one of its own materials. */
  static boolean productName(String s) {
    int space = s.indexOf(' ');
    if (space < 0 || !ADJECTIVES.contains(s.substring(0, space))) {
      return false;
    }
    String rest = s.substring(space + 1);
    for (Map.Entry<String, Set<String>> product : PRODUCTS.entrySet()) {
      String noun = product.getKey();
      if (rest.endsWith(" " + noun)
          && product.getValue().contains(rest.substring(0, rest.length() - noun.length() - 1))) {
        return true;
      }
    }
    return false;
  }

  static boolean promotionCode(String s) {
    Matcher m = PROMOTION_CODE.matcher(s);
    return m.matches() && PROMOTION_WORDS.contains(m.group(1));
  }

  /** Adds argument sets for the providers of this domain that take arguments. */
  static void exampleArgs(Map<String, List<List<Object>>> e) {
    e.put(
        "decimal",
        List.of(
            List.of(0, 0.05, 2),
            List.of(-10.5, 10.5, 1),
            List.of(1, 6, 0),
            List.of(2.5, 2.5, 1),
            List.of(-1e12, 1e12, 3),
            List.of(0, 1, 20),
            List.of(-1e18, 1e18, 6),
            List.of(-3, 7)));
    e.put(
        "price",
        List.of(
            List.of(5, 50),
            List.of(0.5, 0.75),
            List.of(19.99, 19.99),
            List.of(0, 1e12),
            List.of(0.001, 1.001)));
  }

  /**
   * Adds the hash of a 300-row schema column (seed 42, pinned today) per provider drawable without
   * arguments.
   */
  static void goldens(Map<String, String> g) {
    g.put("author", "337db87c33e7dc6d");
    g.put("bookTitle", "7c8e327a16f86f45");
    g.put("buzzword", "2e2ee2f2b723de74");
    g.put("decimal", "7ac895c653788cdd");
    g.put("department", "9a69aa0889bd8ec8");
    g.put("genre", "efcc4f1b6699c6ad");
    g.put("industry", "7d9270ec0cdca5bf");
    g.put("material", "fd262b4dce7fe2c0");
    g.put("price", "9080febf2f87f431");
    g.put("productName", "e3074043d484e142");
    g.put("promotionCode", "f36e0f167485d5ea");
  }

  /** Adds the providers of this domain that cannot be drawn without arguments. */
  static void needArguments(Set<String> names) {}
}
