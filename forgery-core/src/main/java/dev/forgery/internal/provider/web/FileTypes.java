package dev.forgery.internal.provider.web;

import dev.forgery.internal.data.Tables;
import dev.forgery.internal.data.WeightedTable;
import dev.forgery.internal.random.RandomSource;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * File extensions and their media types, from one weighted table of {@code extension;type} rows
 * ({@code web/file_types}): 42 common extensions, each with its IANA-registered media type, so an
 * extension and a media type drawn from the same random value belong together. The weights are
 * editorial: how often a file met in office work, mail attachments and uploads has the extension
 * (PDF 14%, JPEG 14%, PNG 9%, Word 7%...); {@code tools/data/WebTables.java} documents them.
 *
 * <p>Draws: an extension or a media type consumes one value; a file name its stem's values (see
 * {@link Slugs#stem}) and then one for the extension.
 */
public final class FileTypes {
  private final WeightedTable extensions;
  private final WeightedTable mediaTypes;
  private final String[] distinctMediaTypes;

  private FileTypes(WeightedTable rows) {
    this.extensions = rows.map(row -> row.substring(0, row.indexOf(';')));
    this.mediaTypes = rows.map(row -> row.substring(row.indexOf(';') + 1));
    Set<String> distinct = new LinkedHashSet<>();
    for (String type : mediaTypes.values()) {
      distinct.add(type);
    }
    this.distinctMediaTypes = distinct.toArray(new String[0]);
  }

  /**
   * Returns the shared table.
   *
   * @return the shared instance
   */
  public static FileTypes shared() {
    return Tables.cached("fileTypes", key -> new FileTypes(Tables.weighted("web/file_types")));
  }

  /**
   * Draws an extension, without its dot.
   *
   * @param random consumes one value
   * @return an extension such as {@code "pdf"}
   */
  public String extension(RandomSource random) {
    return extensions.draw(random);
  }

  /**
   * Draws a media type, as often as the extensions that have it together.
   *
   * @param random consumes one value
   * @return a media type such as {@code "application/pdf"}
   */
  public String mediaType(RandomSource random) {
    return mediaTypes.draw(random);
  }

  /**
   * Draws a file name: a stem of one to three words joined by underscores, a dot and an extension.
   *
   * @param random consumes the stem's values and one more
   * @param slugs the words of the stem
   * @return a file name such as {@code "annual_report.pdf"}
   */
  public String fileName(RandomSource random, Slugs slugs) {
    String stem = slugs.stem(random);
    return stem + '.' + extensions.draw(random);
  }

  /**
   * Returns every extension, in table order.
   *
   * @return a new array
   */
  public String[] extensions() {
    return extensions.values();
  }

  /**
   * Returns every media type once, in table order.
   *
   * @return a new array
   */
  public String[] mediaTypes() {
    return distinctMediaTypes.clone();
  }
}
