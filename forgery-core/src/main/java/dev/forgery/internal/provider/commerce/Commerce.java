package dev.forgery.internal.provider.commerce;

import dev.forgery.internal.data.Tables;
import dev.forgery.internal.random.RandomSource;

/**
 * Product names, departments, materials and promotion codes of a locale.
 *
 * <p>A product name is an adjective, a material the product is made of and the product, as in
 * {@code "Rustic Oak Table"}: the products are everyday objects, clothing and appliances, and each
 * is paired only with materials such things are made of (a shirt is cotton or linen, never
 * granite). Every part is equally likely: the product among the products, then the material among
 * that product's materials, then the adjective.
 */
public final class Commerce {
  /** Alphabet of the random part of a code: no 0, 1, I or O, which read alike. */
  private static final char[] CODE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

  /** Percentages a seasonal code offers. */
  private static final int[] DISCOUNTS = {5, 10, 15, 20, 25, 30, 40, 50};

  private final String[] adjectives;
  private final String[] products;
  private final String[][] productMaterials;
  private final String[] materials;
  private final String[] departments;
  private final String[] promotionWords;

  private Commerce(String locale) {
    adjectives = Tables.list(locale + "/product_adjectives");
    String[] lines = Tables.list(locale + "/products");
    products = new String[lines.length];
    productMaterials = new String[lines.length][];
    for (int i = 0; i < lines.length; i++) {
      int semicolon = lines[i].indexOf(';');
      products[i] = lines[i].substring(0, semicolon);
      productMaterials[i] = lines[i].substring(semicolon + 1).split("\\|");
    }
    materials = Tables.list(locale + "/materials");
    departments = Tables.list(locale + "/departments");
    promotionWords = Tables.list(locale + "/promotion_words");
  }

  /**
   * Returns the shared commerce tables of a locale.
   *
   * @param locale a supported locale tag such as {@code en_US}
   * @return the shared instance
   */
  public static Commerce of(String locale) {
    return Tables.cached("commerce:" + locale, key -> new Commerce(locale));
  }

  /**
   * Draws a product name: adjective, material and product.
   *
   * @param random consumes one value
   * @return a name such as {@code "Handcrafted Walnut Desk"}
   */
  public String productName(RandomSource random) {
    long bits = random.nextLong();
    int product = RandomSource.index(bits >>> 32, products.length);
    String[] made = productMaterials[product];
    // Two 16-bit fields for the short lists: a bias below 20/65,536, far under the data's own.
    String material = made[(int) (((bits >>> 16) & 0xFFFF) * made.length >>> 16)];
    String adjective = adjectives[(int) ((bits & 0xFFFF) * adjectives.length >>> 16)];
    return adjective + ' ' + material + ' ' + products[product];
  }

  /**
   * Draws a store department.
   *
   * @param random consumes one value
   * @return a department such as {@code "Garden"}
   */
  public String department(RandomSource random) {
    return pick(departments, random);
  }

  /**
   * Draws a material products are made of.
   *
   * @param random consumes one value
   * @return a material such as {@code "Stainless Steel"}
   */
  public String material(RandomSource random) {
    return pick(materials, random);
  }

  /**
   * Draws a promotion code: half are a word and a discount ({@code "SPRING25"}), half a word, a
   * hyphen and four characters of an alphabet without look-alikes ({@code "SAVE-7KQ2"}).
   *
   * @param random consumes one value
   * @return the code, upper-case letters, digits and at most one hyphen
   */
  public String promotionCode(RandomSource random) {
    long bits = random.nextLong();
    String word =
        promotionWords[RandomSource.index((bits >>> 31) & 0xFFFF_FFFFL, promotionWords.length)];
    if (bits < 0) {
      return word + DISCOUNTS[(int) (bits & 7)];
    }
    char[] out = new char[word.length() + 5];
    word.getChars(0, word.length(), out, 0);
    out[word.length()] = '-';
    for (int i = 0; i < 4; i++) {
      out[word.length() + 1 + i] = CODE_CHARS[(int) (bits >>> (5 * i)) & 31];
    }
    return new String(out);
  }

  /**
   * Returns the departments, for a generator's domain.
   *
   * @return the shared, never modified array
   */
  public String[] departments() {
    return departments;
  }

  /**
   * Returns the materials, for a generator's domain.
   *
   * @return the shared, never modified array
   */
  public String[] materials() {
    return materials;
  }

  /**
   * Draws one value of a table, every value equally likely.
   *
   * @param values the table
   * @param random consumes one value
   * @return the value
   */
  public static String pick(String[] values, RandomSource random) {
    return values[RandomSource.index(random.nextLong() >>> 32, values.length)];
  }
}
