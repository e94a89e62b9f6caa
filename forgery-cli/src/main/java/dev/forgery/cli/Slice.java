package dev.forgery.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Rows {@code [from, to)} of a data set, as {@code --slice FROM:TO} gives them.
 *
 * @param from the first row, {@code >= 0}
 * @param to one past the last row, {@code >= from}
 */
record Slice(long from, long to) {
  @Override
  public String toString() {
    return from + ":" + to;
  }

  /** Reads {@code FROM:TO}; a bad slice is a usage error (exit code 2). */
  static final class Converter implements ITypeConverter<Slice> {
    /** Made by picocli. */
    Converter() {}

    @Override
    public Slice convert(String text) {
      int colon = text.indexOf(':');
      if (colon < 0) {
        throw bad(text, "it has no ':'");
      }
      long from;
      long to;
      try {
        from = Long.parseLong(text.substring(0, colon).trim());
        to = Long.parseLong(text.substring(colon + 1).trim());
      } catch (NumberFormatException e) {
        throw bad(text, "FROM and TO must be whole numbers");
      }
      if (from < 0 || to < from) {
        throw bad(text, "it needs 0 <= FROM <= TO");
      }
      return new Slice(from, to);
    }

    private static TypeConversionException bad(String text, String why) {
      return new TypeConversionException(
          "'"
              + text
              + "' is not a slice: "
              + why
              + "; write FROM:TO, e.g. 0:1000000 for rows 0"
              + " to 999999");
    }
  }
}
