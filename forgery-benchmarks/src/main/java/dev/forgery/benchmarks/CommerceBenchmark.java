package dev.forgery.benchmarks;

import java.math.BigDecimal;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

/**
 * 100,000 decimals of scale 2 between 0 and 100, product names or book titles, chosen by {@link
 * #values}: forgery's batches, Datafaker's nearest calls and hand-written floors.
 */
public class CommerceBenchmark extends BatchBenchmark {
  /** Which values: {@code decimals}, {@code productNames} or {@code bookTitles}. */
  @Param({"decimals", "productNames", "bookTitles"})
  public String values;

  private final String[] adjectives = Floor.table("en_US/product_adjectives");
  private final String[] products;
  private final String[][] materials;
  private final String[] titles = Floor.table("books/titles");

  /** Reads the product table: a product and its materials per line. */
  public CommerceBenchmark() {
    String[] lines = Floor.table("en_US/products");
    products = new String[lines.length];
    materials = new String[lines.length][];
    for (int i = 0; i < lines.length; i++) {
      String[] parts = lines[i].split(";");
      products[i] = parts[0];
      materials[i] = parts[1].split("\\|");
    }
  }

  /**
   * forgery's batch: {@code decimals(N, 0, 100, 2)}, {@code productNames(N)} or {@code
   * bookTitles(N)}.
   *
   * @return the values
   */
  @Benchmark
  public Object forgery() {
    switch (values) {
      case "decimals":
        return forgery.decimals(N, 0, 100, 2);
      case "productNames":
        return forgery.productNames(N);
      default:
        return forgery.bookTitles(N);
    }
  }

  /**
   * Datafaker, N times: {@code number().randomDouble(2, 0, 100)} made a {@code BigDecimal} (its
   * value is a double), {@code commerce().productName()} or {@code book().title()}.
   *
   * @return the values
   */
  @Benchmark
  public Object[] datafaker() {
    Object[] out = new Object[N];
    switch (values) {
      case "decimals":
        for (int i = 0; i < N; i++) {
          out[i] = BigDecimal.valueOf(datafaker.number().randomDouble(2, 0, 100));
        }
        break;
      case "productNames":
        for (int i = 0; i < N; i++) {
          out[i] = datafaker.commerce().productName();
        }
        break;
      default:
        for (int i = 0; i < N; i++) {
          out[i] = datafaker.book().title();
        }
        break;
    }
    return out;
  }

  /**
   * One draw per value: a multiply-shift over the 10,001 hundredths and {@code
   * BigDecimal.valueOf(unscaled, 2)}; three picks from the fields of one draw (product, one of its
   * materials, adjective) and one concatenation; or one pick of a title.
   *
   * @return the values
   */
  @Benchmark
  public Object[] floor() {
    Object[] out = new Object[N];
    switch (values) {
      case "decimals":
        for (int i = 0; i < N; i++) {
          out[i] = BigDecimal.valueOf(floor.pick(10_001), 2);
        }
        break;
      case "productNames":
        for (int i = 0; i < N; i++) {
          long bits = floor.next();
          int product = (int) (((bits >>> 32) * products.length) >>> 32);
          String[] made = materials[product];
          out[i] =
              adjectives[(int) (((bits & 0xFFFF) * adjectives.length) >>> 16)]
                  + ' '
                  + made[(int) ((((bits >>> 16) & 0xFFFF) * made.length) >>> 16)]
                  + ' '
                  + products[product];
        }
        break;
      default:
        for (int i = 0; i < N; i++) {
          out[i] = titles[floor.pick(titles.length)];
        }
        break;
    }
    return out;
  }
}
