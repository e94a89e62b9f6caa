package dev.forgery;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a locale's generated data tables for the judges of that locale (the tables hold the source
 * rows, GeoNames postcode, place and region triples and the name lists, the values must come from),
 * and the checks every locale's judges share.
 */
final class LocaleRows {
  private LocaleRows() {}

  /**
   * The lines of one table of a data folder.
   *
   * @param folder a data folder such as {@code en_GB} or {@code fr}
   * @param file a file such as {@code postcodes.txt}
   */
  static List<String> lines(String folder, String file) {
    String path = "/dev/forgery/data/" + folder + "/" + file;
    try (InputStream in = LocaleRows.class.getResourceAsStream(path)) {
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

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

  /**
   * Whether {@code postcode;place;region} is a row of {@code rows} for one of the regions.
   *
   * @param rows the {@code postcodes} table's values
   */
  static boolean oneRow(Set<String> rows, String postcode, String place, Set<String> regions) {
    for (String region : regions) {
      if (rows.contains(postcode + ';' + place + ';' + region)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a number is valid for {@code region} per libphonenumber, has {@code digits} national
   * digits and starts with one of the {@code blocks} (the regulator's fiction blocks).
   */
  static boolean phoneInBlocks(String s, String region, int digits, List<String> blocks) {
    PhoneNumber parsed;
    try {
      parsed = PHONES.parse(s, region);
    } catch (NumberParseException e) {
      return false;
    }
    String national = Long.toString(parsed.getNationalNumber());
    return PHONES.isValidNumberForRegion(parsed, region)
        && national.length() == digits
        && blocks.stream().anyMatch(national::startsWith);
  }
}
