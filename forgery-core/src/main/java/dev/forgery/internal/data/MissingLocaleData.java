package dev.forgery.internal.data;

import java.util.List;

/**
 * Thrown when a locale's chain of data folders has no table of a name: the provider that wanted it
 * has no meaning in the locale (an address, phone number or name is never taken from another
 * country's data). It is an {@link IllegalArgumentException} because the locale the caller chose is
 * what does not fit; the registry turns it into a message naming the provider as well.
 */
public final class MissingLocaleData extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The locale tag, e.g. {@code de_DE}. */
  private final String locale;

  /** The table name, e.g. {@code streets}. */
  private final String table;

  /**
   * Describes the missing table.
   *
   * @param locale the locale tag
   * @param table the table name
   * @param chain the folders looked in
   */
  public MissingLocaleData(String locale, String table, List<String> chain) {
    super(
        "locale "
            + locale
            + " has no data table '"
            + table
            + "' (looked in "
            + chain
            + "), and a locale never borrows another country's data");
    this.locale = locale;
    this.table = table;
  }

  /**
   * Returns the locale whose data lacks the table.
   *
   * @return the locale tag
   */
  public String locale() {
    return locale;
  }

  /**
   * Returns the missing table's name.
   *
   * @return the table name
   */
  public String table() {
    return table;
  }
}
