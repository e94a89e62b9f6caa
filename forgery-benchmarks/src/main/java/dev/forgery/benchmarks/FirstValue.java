package dev.forgery.benchmarks;

import java.util.Locale;
import java.util.Random;

/**
 * Prints one generated name and exits: run as a fresh JVM by {@link TimeToFirstValue} to measure
 * the whole-process cost of the first value (JVM start, class loading, data loading).
 */
public final class FirstValue {
  private FirstValue() {}

  /**
   * Prints one name from the library named by {@code args[0]}.
   *
   * @param args {@code forgery}, {@code datafaker} or {@code nothing} (JVM start only)
   */
  public static void main(String[] args) {
    String value;
    switch (args.length == 0 ? "" : args[0]) {
      case "forgery":
        value = new dev.forgery.Faker("en_US", 1L).name();
        break;
      case "datafaker":
        value = new net.datafaker.Faker(Locale.US, new Random(1)).name().fullName();
        break;
      case "nothing":
        value = "";
        break;
      default:
        throw new IllegalArgumentException(
            "args[0] must be forgery, datafaker or nothing, got " + String.join(" ", args));
    }
    System.out.println(value);
  }
}
