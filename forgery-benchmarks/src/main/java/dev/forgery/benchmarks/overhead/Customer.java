package dev.forgery.benchmarks.overhead;

import java.time.LocalDate;

/**
 * The six-field record each variant's test takes.
 *
 * @param firstName a first name
 * @param lastName a last name
 * @param email an email address
 * @param age an age
 * @param city a city
 * @param dateOfBirth a date of birth
 */
public record Customer(
    String firstName, String lastName, String email, int age, String city, LocalDate dateOfBirth) {
  /**
   * Fills a customer as Datafaker's users write it by hand: one call per component.
   *
   * @param faker the Datafaker faker to draw from
   * @return the customer
   */
  public static Customer drawnBy(net.datafaker.Faker faker) {
    return new Customer(
        faker.name().firstName(),
        faker.name().lastName(),
        faker.internet().emailAddress(),
        faker.number().numberBetween(18, 90),
        faker.address().city(),
        faker.timeAndDate().birthday());
  }
}
