package dev.forgery.benchmarks;

import java.util.Locale;
import java.util.Random;

/**
 * Prints one generated name (or email address) and exits: run as a fresh JVM by {@link
 * TimeToFirstValue} to measure the whole-process cost of the first value (JVM start, class loading,
 * data loading).
 */
public final class FirstValue {
  private FirstValue() {}

  /**
   * Prints one name from the library named by {@code args[0]}, or one email address.
   *
   * @param args {@code forgery}, {@code datafaker}, {@code forgery-email}, {@code datafaker-email}
   *     or {@code nothing} (JVM start only)
   */
  public static void main(String[] args) {
    String value =
        switch (args.length == 0 ? "" : args[0]) {
          case "forgery" -> new dev.forgery.Faker("en_US", 1L).name();
          case "datafaker" -> new net.datafaker.Faker(Locale.US, new Random(1)).name().fullName();
          case "forgery-email" -> new dev.forgery.Faker("en_US", 1L).email();
          case "datafaker-email" ->
              new net.datafaker.Faker(Locale.US, new Random(1)).internet().emailAddress();
          case "nothing" -> "";
          default ->
              throw new IllegalArgumentException(
                  "args[0] must be forgery, datafaker, forgery-email, datafaker-email or nothing,"
                      + " got "
                      + String.join(" ", args));
        };
    System.out.println(value);
  }
}
