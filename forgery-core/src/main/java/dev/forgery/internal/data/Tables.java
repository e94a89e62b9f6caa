package dev.forgery.internal.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Loads the data tables embedded in the jar, once per JVM.
 *
 * <p>Tables live under {@code dev/forgery/data/<locale>/<name>.txt}, one value per line, optionally
 * followed by a tab and a weight. They are parsed on first use and cached for the life of the class
 * loader, so the second {@code Faker} costs nothing.
 */
public final class Tables {
  private static final String ROOT = "/dev/forgery/data/";
  private static final Map<String, Object> CACHE = new ConcurrentHashMap<>();

  private Tables() {}

  /**
   * Returns the weighted table {@code <locale>/<name>.txt}; lines without a weight count as 1.
   *
   * @param path the table path below the data root, without extension, e.g. {@code en_US/names}
   * @return the shared table
   */
  public static WeightedTable weighted(String path) {
    return cached("weighted:" + path, key -> parseWeighted(path));
  }

  /**
   * Returns the values of {@code <path>.txt} in file order, ignoring any weights.
   *
   * @param path the table path below the data root, without extension
   * @return the shared, never modified array
   */
  public static String[] list(String path) {
    return cached("list:" + path, key -> parseList(path));
  }

  /**
   * Caches any value derived from tables under {@code key}, computed once per JVM.
   *
   * @param key a key unique to the derivation
   * @param compute computes the value on first use
   * @param <T> the value type
   * @return the shared value
   */
  @SuppressWarnings("unchecked")
  public static <T> T cached(String key, Function<String, T> compute) {
    // Not computeIfAbsent: a derivation may itself load tables, and nested updates of a
    // ConcurrentHashMap from inside its own computeIfAbsent are not allowed. A rare duplicate
    // computation by racing threads is harmless because tables are immutable.
    Object value = CACHE.get(key);
    if (value == null) {
      value = compute.apply(key);
      Object raced = CACHE.putIfAbsent(key, value);
      if (raced != null) {
        value = raced;
      }
    }
    return (T) value;
  }

  private static WeightedTable parseWeighted(String path) {
    List<String> lines = lines(path);
    String[] values = new String[lines.size()];
    double[] weights = new double[lines.size()];
    for (int i = 0; i < values.length; i++) {
      String line = lines.get(i);
      int tab = line.indexOf('\t');
      if (tab < 0) {
        values[i] = line;
        weights[i] = 1.0;
      } else {
        values[i] = line.substring(0, tab);
        weights[i] = Double.parseDouble(line.substring(tab + 1));
      }
    }
    return WeightedTable.of(values, weights);
  }

  private static String[] parseList(String path) {
    List<String> lines = lines(path);
    String[] values = new String[lines.size()];
    for (int i = 0; i < values.length; i++) {
      String line = lines.get(i);
      int tab = line.indexOf('\t');
      values[i] = tab < 0 ? line : line.substring(0, tab);
    }
    return values;
  }

  private static List<String> lines(String path) {
    String resource = ROOT + path + ".txt";
    try (InputStream in = Tables.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing data table " + resource);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<String> lines = new ArrayList<>(Math.max(16, text.length() / 12));
      int start = 0;
      int length = text.length();
      while (start < length) {
        int end = text.indexOf('\n', start);
        if (end < 0) {
          end = length;
        }
        if (end > start) {
          lines.add(text.substring(start, end));
        }
        start = end + 1;
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read data table " + resource, e);
    }
  }
}
