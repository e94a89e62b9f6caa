package dev.forgery.internal.provider.address;

/**
 * Columns of a table's rows split from each row the first time it is drawn, for the address tables
 * whose rows hold several fields ({@code postcode;city;region}): splitting every row when a locale
 * is loaded was most of the time to a new {@code Faker}'s first address. Threads that draw the same
 * new row at once both split it and write the same values, which are immutable strings, so the race
 * is harmless.
 */
abstract class SplitRows {
  /** Creates the columns' owner; subclasses allocate the columns, one slot per row. */
  SplitRows() {}

  /**
   * Splits a row into every column.
   *
   * @param row the row's index in the table
   */
  abstract void split(int row);

  /**
   * Returns a column's value for a row, splitting the row on its first use.
   *
   * @param column one of the subclass's columns
   * @param row the row's index in the table
   * @return the value
   */
  final String column(String[] column, int row) {
    String value = column[row];
    if (value == null) {
      split(row);
      value = column[row];
    }
    return value;
  }
}
