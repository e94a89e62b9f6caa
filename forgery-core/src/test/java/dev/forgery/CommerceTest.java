package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Decimals, prices, product words, books and company parts: what the registry contract does not
 * check, namely distributions, error messages, the exact scale of decimals, the tables' own form
 * and the Faker methods.
 */
class CommerceTest {
  private static Faker faker(long seed) {
    return new Faker("en_US", seed);
  }

  /** Pearson's chi-square statistic of counts against equal expected counts. */
  private static double chiSquare(Map<?, Integer> counts, int categories, int draws) {
    double expected = (double) draws / categories;
    double sum = 0;
    for (int count : counts.values()) {
      sum += (count - expected) * (count - expected) / expected;
    }
    // Categories never drawn count too.
    sum += (categories - counts.size()) * expected;
    return sum;
  }

  private static <T> Map<T, Integer> counts(List<T> values) {
    Map<T, Integer> counts = new TreeMap<>();
    for (T v : values) {
      counts.merge(v, 1, Integer::sum);
    }
    return counts;
  }

  // -----------------------------------------------------------------------------------------------
  // decimal

  @Test
  void decimalsHitEveryMultipleOfTheScaleEqually() {
    List<BigDecimal> values = faker(1L).decimals(60_000, 0, 0.05, 2);
    Map<BigDecimal, Integer> counts = counts(values);
    assertThat(counts.keySet())
        .extracting(BigDecimal::toPlainString)
        .containsExactly("0.00", "0.01", "0.02", "0.03", "0.04", "0.05");
    // 5 degrees of freedom: 20.5 is the 0.999 quantile.
    assertThat(chiSquare(counts, 6, values.size())).isLessThan(20.5);
  }

  @Test
  void decimalBoundsAreTheirShortestDecimalForms() {
    // 0.3 as a double is slightly below three tenths; read as a decimal it is three tenths.
    assertThat(counts(faker(2L).decimals(3_000, 0.1, 0.3, 1)).keySet())
        .extracting(BigDecimal::toPlainString)
        .containsExactly("0.1", "0.2", "0.3");
    assertThat(faker(2L).decimals(50, 2.5, 2.5, 1))
        .allSatisfy(v -> assertThat(v.toPlainString()).isEqualTo("2.5"));
    // Bounds that are no multiple: the nearest multiples inside.
    assertThat(counts(faker(2L).decimals(2_000, 0.001, 0.029, 2)).keySet())
        .extracting(BigDecimal::toPlainString)
        .containsExactly("0.01", "0.02");
  }

  @Test
  void decimalsHaveExactlyTheScaleAskedFor() {
    Faker faker = faker(3L);
    for (int scale : new int[] {0, 1, 2, 7, 20}) {
      for (BigDecimal v : faker.decimals(500, -5, 5, scale)) {
        assertThat(v.scale()).as("scale of %s", v).isEqualTo(scale);
        assertThat(v).isBetween(BigDecimal.valueOf(-5), BigDecimal.valueOf(5));
      }
    }
    // Trailing zeros stay: 3 with scale 2 is 3.00.
    assertThat(faker.decimals(200, 3, 3, 2)).allSatisfy(v -> assertThat(v).hasToString("3.00"));
  }

  @Test
  void wideRangesAreUniformToo() {
    // 10^20 + 1 values: more than a long counts, drawn from several 64-bit values.
    List<BigDecimal> fine = faker(4L).decimals(20_000, 0, 1, 20);
    Map<Integer, Integer> tenths = new HashMap<>();
    for (BigDecimal v : fine) {
      assertThat(v.scale()).isEqualTo(20);
      assertThat(v).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
      tenths.merge(v.movePointRight(1).intValue(), 1, Integer::sum);
    }
    assertThat(chiSquare(tenths, 10, fine.size())).isLessThan(27.9); // 9 df, 0.999
    // Beyond a long's bounds: unscaled values up to 10^24.
    List<BigDecimal> huge = faker(4L).decimals(20_000, -1e18, 1e18, 6);
    Map<Integer, Integer> signs = new HashMap<>();
    for (BigDecimal v : huge) {
      assertThat(v).isBetween(BigDecimal.valueOf(-1e18), BigDecimal.valueOf(1e18));
      signs.merge(v.signum(), 1, Integer::sum);
    }
    assertThat(signs.get(1)).isBetween(9_500, 10_500);
    // Within a long but past 2^32 values.
    List<BigDecimal> wide = faker(5L).decimals(20_000, -1e12, 1e12, 3);
    double mean = wide.stream().mapToDouble(BigDecimal::doubleValue).average().orElseThrow();
    assertThat(Math.abs(mean)).isLessThan(0.03e12); // sd of the mean is about 0.004e12
  }

  @Test
  void badDecimalArgumentsNameTheArgumentTheValueAndWhatIsValid() {
    Faker faker = faker(6L);
    assertThatThrownBy(() -> faker.decimal(2, 1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("min must be <= max, got min=2.0 and max=1.0");
    assertThatThrownBy(() -> faker.decimal(0, 1, -1))
        .hasMessageContaining("scale must be between 0 and 20, got -1");
    assertThatThrownBy(() -> faker.decimal(0, 1, 21))
        .hasMessageContaining("scale must be between 0 and 20, got 21");
    assertThatThrownBy(() -> faker.decimal(Double.NaN, 1, 2))
        .hasMessageContaining("min must be a finite number, got NaN");
    assertThatThrownBy(() -> faker.decimals(5, 0, Double.POSITIVE_INFINITY, 2))
        .hasMessageContaining("max must be a finite number, got Infinity");
    assertThatThrownBy(() -> faker.decimal(0.001, 0.009, 2))
        .hasMessageContaining(
            "no multiple of 0.01 (scale 2) lies in [min, max], got min=0.001 and max=0.009");
    assertThatThrownBy(() -> faker.decimal(0.5, 0.7, 0))
        .hasMessageContaining("no multiple of 1 (scale 0)");
    assertThatThrownBy(() -> faker.decimals(-1, 0, 1, 2)).hasMessageContaining("n must be >= 0");
    assertThatThrownBy(() -> faker.provider("decimal", 1, 2, 3, 4))
        .hasMessageContaining("wrong number of arguments: expected decimal(min: number = 0");
  }

  // -----------------------------------------------------------------------------------------------
  // price

  @Test
  void pricesEndMostlyInNinetyNine() {
    List<BigDecimal> prices = faker(7L).prices(100_000);
    Map<Integer, Integer> endings = new HashMap<>();
    for (BigDecimal p : prices) {
      assertThat(p.scale()).isEqualTo(2);
      assertThat(p).isBetween(BigDecimal.ONE, BigDecimal.valueOf(1000));
      endings.merge(p.remainder(BigDecimal.ONE).movePointRight(2).intValue(), 1, Integer::sum);
    }
    // 77/128, 13/128 each, plus the any-cent share (12/128) spread over 100 endings.
    double anyCent = 12.0 / 128 / 100;
    assertThat(endings.get(99) / 1e5).isCloseTo(77.0 / 128 + anyCent, within(0.01));
    assertThat(endings.get(95) / 1e5).isCloseTo(13.0 / 128 + anyCent, within(0.006));
    assertThat(endings.get(49) / 1e5).isCloseTo(13.0 / 128 + anyCent, within(0.006));
    assertThat(endings.get(0) / 1e5).isCloseTo(13.0 / 128 + anyCent, within(0.006));
    assertThat(endings.get(37) / 1e5).isCloseTo(anyCent, within(0.0006));
    assertThat(endings).hasSize(100);
    // The whole part is uniform over 1..999: each hundred gets about a tenth.
    Map<Integer, Integer> hundreds = new HashMap<>();
    for (BigDecimal p : prices) {
      if (p.compareTo(BigDecimal.valueOf(999)) < 0) {
        hundreds.merge(p.intValue() / 100, 1, Integer::sum);
      }
    }
    assertThat(hundreds.get(0)).isCloseTo(hundreds.get(5), withinPercentage(8));
  }

  @Test
  void pricesStayInNarrowRanges() {
    // No .99, .95, .49 or .00 lies in [0.50, 0.75]: any cent of the range instead.
    List<BigDecimal> narrow = faker(8L).prices(26_000, 0.5, 0.75);
    Map<BigDecimal, Integer> counts = counts(narrow);
    assertThat(counts).hasSize(26);
    assertThat(chiSquare(counts, 26, narrow.size())).isLessThan(52.6); // 25 df, 0.999
    assertThat(faker(8L).prices(20, 19.99, 19.99))
        .allSatisfy(p -> assertThat(p).hasToString("19.99"));
    // Bounds between cents: the cents inside.
    assertThat(counts(faker(8L).prices(2_000, 0.001, 0.029)).keySet())
        .extracting(BigDecimal::toPlainString)
        .containsOnly("0.01", "0.02");
    // Past 2^32 cents.
    assertThat(faker(8L).prices(1_000, 0, 1e12))
        .allSatisfy(p -> assertThat(p).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(1e12)))
        .anySatisfy(p -> assertThat(p).isGreaterThan(BigDecimal.valueOf(1e11)));
  }

  @Test
  void badPriceArgumentsNameTheArgumentTheValueAndWhatIsValid() {
    Faker faker = faker(9L);
    assertThatThrownBy(() -> faker.price(-1, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("min must be >= 0 (a price is not negative), got -1.0");
    assertThatThrownBy(() -> faker.price(0, 2e12))
        .hasMessageContaining("max must be at most 1000000000000, got 2.0E12");
    assertThatThrownBy(() -> faker.prices(3, 10, 5))
        .hasMessageContaining("min must be <= max, got min=10.0 and max=5.0");
    assertThatThrownBy(() -> faker.price(0.001, 0.009))
        .hasMessageContaining(
            "no price in whole cents lies in [min, max], got min=0.001 and max=0.009");
    assertThatThrownBy(() -> faker.price(Double.NaN, 1))
        .hasMessageContaining("min must be a finite number, got NaN");
  }

  // -----------------------------------------------------------------------------------------------
  // product words and codes

  @Test
  void productNamesPairEveryProductWithItsOwnMaterials() {
    List<String> names = faker(10L).productNames(100_000);
    Set<String> products = new HashSet<>();
    Set<String> materials = new HashSet<>();
    for (String name : names) {
      assertThat(CommerceJudges.productName(name)).as(name).isTrue();
      for (Map.Entry<String, Set<String>> p : CommerceJudges.PRODUCTS.entrySet()) {
        if (name.endsWith(" " + p.getKey())) {
          products.add(p.getKey());
        }
      }
      materials.add(name.split(" ")[1]);
    }
    assertThat(products).containsAll(CommerceJudges.PRODUCTS.keySet());
    assertThat(names).noneMatch(n -> n.endsWith("Granite Shirt") || n.endsWith("Cotton Toaster"));
    assertThat(names).anyMatch(n -> n.contains(" Stainless Steel "));
    assertThat(materials.size()).isGreaterThan(50);
  }

  @Test
  void promotionCodesAreHalfSeasonalHalfRandom() {
    Pattern seasonal = Pattern.compile("[A-Z]+(5|10|15|20|25|30|40|50)");
    Pattern random = Pattern.compile("[A-Z]+-[A-HJ-NP-Z2-9]{4}");
    List<String> codes = faker(11L).promotionCodes(20_000);
    long seasonalCount = codes.stream().filter(c -> seasonal.matcher(c).matches()).count();
    long randomCount = codes.stream().filter(c -> random.matcher(c).matches()).count();
    assertThat(seasonalCount + randomCount).isEqualTo(codes.size());
    assertThat(seasonalCount).isBetween(9_600L, 10_400L);
    // Every character of the alphabet is used, none of the look-alikes.
    Set<Character> chars = new HashSet<>();
    for (String code : codes) {
      int hyphen = code.indexOf('-');
      if (hyphen > 0) {
        for (char c : code.substring(hyphen + 1).toCharArray()) {
          chars.add(c);
        }
      }
    }
    assertThat(chars).hasSize(32).doesNotContain('0', '1', 'I', 'O');
  }

  @Test
  void departmentsMaterialsIndustriesAndBuzzwordsComeFromTheirTables() {
    assertThat(new HashSet<>(faker(12L).departments(5_000))).isEqualTo(CommerceJudges.DEPARTMENTS);
    assertThat(new HashSet<>(faker(12L).materials(10_000))).isEqualTo(CommerceJudges.MATERIALS);
    assertThat(new HashSet<>(faker(12L).industries(20_000))).isEqualTo(CommerceJudges.INDUSTRIES);
    assertThat(new HashSet<>(faker(12L).buzzwords(20_000))).isEqualTo(CommerceJudges.BUZZWORDS);
    assertThat(CommerceJudges.MATERIALS).contains("Oak", "Cotton", "Stainless Steel");
    assertThat(CommerceJudges.DEPARTMENTS).contains("Garden", "Electronics");
  }

  // -----------------------------------------------------------------------------------------------
  // books

  @Test
  void authorsAreFirstNameFirstAndTitlesAreMainTitles() {
    assertThat(CommerceJudges.AUTHORS)
        .hasSizeGreaterThan(1_000)
        .contains("Jane Austen", "Mary Wollstonecraft Shelley", "F. Scott Fitzgerald", "Homer")
        .allSatisfy(
            a -> assertThat(a).doesNotContain(",", "(", ")").doesNotContainPattern("[0-9]"));
    assertThat(CommerceJudges.TITLES)
        .hasSize(3_000)
        .contains("Pride and Prejudice", "Frankenstein", "Moby Dick", "The Time Machine")
        .allSatisfy(
            t ->
                assertThat(t)
                    .hasSizeLessThanOrEqualTo(60)
                    .doesNotContainPattern("[0-9\\n;]")
                    .doesNotContain(": "));
    assertThat(faker(13L).bookTitles(5)).allMatch(CommerceJudges.TITLES::contains);
    assertThat(faker(13L).authors(5)).allMatch(CommerceJudges.AUTHORS::contains);
  }

  @Test
  void genresFollowHowOftenTheCatalogueUsesThem() {
    Map<String, Integer> weights = new HashMap<>();
    int total = 0;
    for (String line : genreLines()) {
      String[] parts = line.split("\t");
      weights.put(parts[0], Integer.parseInt(parts[1]));
      total += Integer.parseInt(parts[1]);
    }
    List<String> genres = faker(14L).genres(200_000);
    Map<String, Integer> counts = counts(genres);
    for (String genre : List.of("Short Story", "Science Fiction", "Mystery", "Poetry")) {
      double expected = (double) weights.get(genre) / total;
      assertThat(counts.get(genre) / 200_000.0).as(genre).isCloseTo(expected, within(0.004));
    }
    assertThat(counts.get("Short Story")).isGreaterThan(20 * counts.get("Parable"));
    assertThat(counts.keySet()).isEqualTo(weights.keySet());
  }

  private static List<String> genreLines() {
    List<String> lines = new ArrayList<>();
    try (var in = CommerceTest.class.getResourceAsStream("/dev/forgery/data/books/genres.txt")) {
      for (String line :
          new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        if (!line.isEmpty()) {
          lines.add(line);
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return lines;
  }

  // -----------------------------------------------------------------------------------------------
  // inference and the Faker methods

  record Order(
      BigDecimal price,
      BigDecimal totalPrice,
      BigDecimal amount,
      double unitPrice,
      String productName,
      String department,
      String promoCode,
      String bookTitle,
      String author,
      String genre,
      String industry) {}

  @Test
  void fieldsAreInferredByTheirNames() {
    Faker faker = faker(15L);
    assertThat(faker.inferProvider("price", BigDecimal.class).name()).isEqualTo("price");
    assertThat(faker.inferProvider("totalPrice", BigDecimal.class).name()).isEqualTo("price");
    assertThat(faker.inferProvider("amount", BigDecimal.class).name()).isEqualTo("price");
    assertThat(faker.inferProvider("price", double.class).name()).isEqualTo("price");
    // An int price keeps the int default: prices have cents.
    assertThat(faker.inferProvider("price", int.class).name()).isEqualTo("integer");
    assertThat(faker.inferProvider("productName", String.class).name()).isEqualTo("productName");
    assertThat(faker.inferProvider("product_names", String.class).name()).isEqualTo("productName");
    assertThat(faker.inferProvider("couponCode", String.class).name()).isEqualTo("promotionCode");
    assertThat(faker.inferProvider("writer", String.class).name()).isEqualTo("author");
    for (Order order : faker.records(500, Order.class)) {
      assertThat(CommerceJudges.price(order.price(), List.of())).isTrue();
      assertThat(CommerceJudges.price(order.totalPrice(), List.of())).isTrue();
      assertThat(CommerceJudges.price(order.amount(), List.of())).isTrue();
      assertThat(order.unitPrice()).isBetween(1.0, 1000.0);
      assertThat(CommerceJudges.productName(order.productName())).isTrue();
      assertThat(CommerceJudges.DEPARTMENTS).contains(order.department());
      assertThat(CommerceJudges.promotionCode(order.promoCode())).isTrue();
      assertThat(CommerceJudges.TITLES).contains(order.bookTitle());
      assertThat(CommerceJudges.AUTHORS).contains(order.author());
      assertThat(CommerceJudges.GENRES).contains(order.genre());
      assertThat(CommerceJudges.INDUSTRIES).contains(order.industry());
    }
  }

  private static <T> void batchEqualsSingles(
      IntFunction<List<T>> batch, Function<Faker, T> one, String provider) {
    List<T> values = batch.apply(1_100);
    Faker faker = faker(77L);
    List<T> singles = new ArrayList<>();
    for (int i = 0; i < 1_100; i++) {
      singles.add(one.apply(faker));
    }
    assertThat(values).as(provider).isEqualTo(singles);
    assertThat(faker(77L).generate(provider, 1_100)).as(provider).isEqualTo(values);
  }

  @Test
  void fakerMethodsAreTheirDefinitionsSinglesAndBatches() {
    batchEqualsSingles(n -> faker(77L).productNames(n), Faker::productName, "productName");
    batchEqualsSingles(n -> faker(77L).departments(n), Faker::department, "department");
    batchEqualsSingles(n -> faker(77L).materials(n), Faker::material, "material");
    batchEqualsSingles(n -> faker(77L).prices(n), Faker::price, "price");
    batchEqualsSingles(n -> faker(77L).promotionCodes(n), Faker::promotionCode, "promotionCode");
    batchEqualsSingles(n -> faker(77L).bookTitles(n), Faker::bookTitle, "bookTitle");
    batchEqualsSingles(n -> faker(77L).authors(n), Faker::author, "author");
    batchEqualsSingles(n -> faker(77L).genres(n), Faker::genre, "genre");
    batchEqualsSingles(n -> faker(77L).industries(n), Faker::industry, "industry");
    batchEqualsSingles(n -> faker(77L).buzzwords(n), Faker::buzzword, "buzzword");
    batchEqualsSingles(
        n -> faker(77L).decimals(n, 0, 100, 2), f -> f.decimal(0, 100, 2), "decimal");
    assertThat(faker(78L).prices(300, 5, 50))
        .isEqualTo(faker(78L).provider("price", 5, 50).next(300));
    Faker one = faker(78L);
    List<BigDecimal> singles = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      singles.add(one.price(5, 50));
    }
    assertThat(faker(78L).prices(300, 5, 50)).isEqualTo(singles);
    assertThat(faker(79L).decimals(0, 0, 1, 2)).isEmpty();
  }

  private static org.assertj.core.data.Offset<Double> within(double offset) {
    return org.assertj.core.data.Offset.offset(offset);
  }

  private static org.assertj.core.data.Percentage withinPercentage(double percent) {
    return org.assertj.core.data.Percentage.withPercentage(percent);
  }
}
