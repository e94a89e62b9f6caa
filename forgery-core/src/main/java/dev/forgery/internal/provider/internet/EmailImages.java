package dev.forgery.internal.provider.internet;

import dev.forgery.internal.Locales;
import dev.forgery.internal.data.TableImages;
import dev.forgery.internal.data.WeightedBytes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Writes the stored form of each locale's email local parts ({@code
 * <locale>/email_local_parts.bin}, {@link WeightedBytes#encode}): a step of the build
 * (forgery-core's {@code process-classes} phase, after {@code TableImages}), never of a program
 * using forgery.
 *
 * <p>A first email address needs the local parts of every first name and surname: derived at run
 * time, that means reading both name tables, lower-casing and stripping each name and laying the
 * results out in bytes, loops over the 100,000 en_US names that run before the JIT has compiled
 * them. The build derives them with the same code ({@link Emails#localParts}) and stores the
 * result; {@link Emails} reads it where it exists and derives otherwise, with the same values
 * either way. Locales whose two tables hold fewer than {@link TableImages#MIN_LINES} names together
 * derive fast enough and get none.
 */
public final class EmailImages {
  private EmailImages() {}

  /**
   * Writes the images under a class output directory.
   *
   * @param args one argument: the directory holding {@code dev/forgery/data}
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    TableImages.run(args, "email images", EmailImages::write);
  }

  /**
   * Writes the image of every locale {@link #stored} names.
   *
   * @param data the {@code dev/forgery/data} directory
   * @return the locales written, sorted
   * @throws IOException if a file cannot be written
   */
  static List<String> write(Path data) throws IOException {
    List<String> written = new ArrayList<>();
    for (String locale : new TreeSet<>(Locales.SUPPORTED)) {
      WeightedBytes[] layouts = Emails.localParts(locale);
      if (!stored(layouts)) {
        continue;
      }
      Path folder = data.resolve(locale);
      Files.createDirectories(folder);
      TableImages.writeImage(
          folder.resolve(Emails.LOCAL_PARTS + ".bin"), WeightedBytes.encode(layouts));
      written.add(locale);
    }
    return written;
  }

  /**
   * Tells whether a locale's local parts are stored: whether its two tables hold at least {@link
   * TableImages#MIN_LINES} names together.
   *
   * @param layouts the first names' and the surnames' layouts
   * @return whether the build stores them
   */
  static boolean stored(WeightedBytes[] layouts) {
    int names = 0;
    for (WeightedBytes layout : layouts) {
      names += layout.size();
    }
    return names >= TableImages.MIN_LINES;
  }
}
