package dev.forgery.internal.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a two-column table ({@code value<TAB>second}) when the second column is needed as it is,
 * for example integer weights that a provider turns into its own lookup table.
 */
public final class Columns {
  private static final String ROOT = "/dev/forgery/data/";

  private final String[] first;
  private final String[] second;

  private Columns(String[] first, String[] second) {
    this.first = first;
    this.second = second;
  }

  /**
   * Returns the columns of {@code <path>.txt}, cached once per JVM.
   *
   * @param path the table path below the data root, without extension
   * @return the shared columns
   */
  public static Columns of(String path) {
    return Tables.cached("columns:" + path, key -> read(path));
  }

  /**
   * Returns the first column.
   *
   * @return the shared, never modified array
   */
  public String[] first() {
    return first;
  }

  /**
   * Returns the second column parsed as integers; a line without one counts as 1.
   *
   * @return a new array
   */
  public int[] secondAsInts() {
    int[] out = new int[second.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = second[i] == null ? 1 : Integer.parseInt(second[i]);
    }
    return out;
  }

  private static Columns read(String path) {
    String resource = ROOT + path + ".txt";
    try (InputStream in = Tables.open(path)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<String> a = new ArrayList<>();
      List<String> b = new ArrayList<>();
      for (String line : text.split("\n", -1)) {
        if (line.isEmpty()) {
          continue;
        }
        int tab = line.indexOf('\t');
        a.add(tab < 0 ? line : line.substring(0, tab));
        b.add(tab < 0 ? null : line.substring(tab + 1));
      }
      return new Columns(a.toArray(new String[0]), b.toArray(new String[0]));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read data table " + resource, e);
    }
  }
}
