package dev.forgery;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a locale's generated data tables for the judges of that locale: the tables hold the source
 * rows (GeoNames postcode, place and region triples, the name lists) the values must come from.
 */
final class LocaleTables {
  private LocaleTables() {}

  /**
   * The lines of one table of a data folder.
   *
   * @param folder a data folder such as {@code en_GB} or {@code fr}
   * @param file a file such as {@code postcodes.txt}
   */
  static List<String> lines(String folder, String file) {
    String path = "/dev/forgery/data/" + folder + "/" + file;
    try (InputStream in = LocaleTables.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("no table " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The values of a {@code value<TAB>weight} table (or the whole lines of an unweighted one). */
  static Set<String> values(String folder, String file) {
    Set<String> out = new HashSet<>();
    for (String line : lines(folder, file)) {
      out.add(line.split("\t")[0]);
    }
    return out;
  }

  /** The {@code index}th {@code ;}-separated field of each row. */
  static Set<String> part(Set<String> rows, int index) {
    Set<String> out = new HashSet<>();
    for (String row : rows) {
      out.add(row.split(";")[index]);
    }
    return out;
  }
}
