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
    String firstName, String lastName, String email, int age, String city, LocalDate dateOfBirth) {}
