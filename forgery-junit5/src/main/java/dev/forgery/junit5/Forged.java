package dev.forgery.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test-method parameter or an instance field for {@link ForgeryExtension} to fill with
 * seeded fake data.
 *
 * <p>The provider is {@link #value()}, or else inferred from the parameter or field name: {@code
 * emails} gives {@code email} values, {@code cities} {@code city}, {@code firstName} {@code
 * firstName}. Supported types are {@code Faker}, {@code String}, primitive and boxed numbers and
 * booleans, {@code BigDecimal}, {@code LocalDate}, {@code LocalDateTime}, {@code LocalTime}, {@code
 * Instant}, {@code OffsetDateTime}, {@code ZonedDateTime}, {@code UUID}, enums (one constant, each
 * equally likely), Java records and other classes filled property by property (as {@link
 * dev.forgery.Faker#records(int, Class)} fills them; generic ones with their type arguments, such
 * as {@code Page<Customer>}), and {@code List}, {@code Set}, arrays, {@code Stream} and {@code
 * Supplier} of those.
 *
 * <pre>{@code
 * @Test
 * void acceptsNewUsers(@Forged List<String> emails,
 *                      @Forged(size = 500) List<String> cities,
 *                      @Forged("safe_email") String owner,
 *                      @Forged Customer customer,          // a bean, a record or a constructor class
 *                      @Forged List<Order> orders,
 *                      @Forged Page<Customer> page) { ... }
 * }</pre>
 *
 * <p>Without a provider name, the parameter or field is read by forgery-core's one inference, the
 * same that schemas and records use (see {@link dev.forgery.Faker#inferProvider(String, Class)}):
 * its name or an alias ({@code zip}, {@code phone}, {@code birthday}), a singular ({@code emails}),
 * a telling last word ({@code ownerEmail}), a word with a range ({@code age} is 18..80), then its
 * type, with the defaults used everywhere: integral types {@code 0..100}, {@code double} and {@code
 * float} {@code [0, 1)}, dates 1970-01-01..2030-12-31.
 *
 * @since 0.1.0
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.FIELD})
public @interface Forged {
  /**
   * Names the provider, in any case, snake_case or camelCase ({@code "safe_email"}).
   *
   * @return the provider name, or empty to infer it from the parameter or field name
   */
  String value() default "";

  /**
   * Sets how many values a {@code List}, {@code Set}, array or {@code Stream} holds.
   *
   * @return the batch size, {@code >= 0}; default 10
   */
  int size() default 10;

  /**
   * Overrides the locale of the values, e.g. {@code "de_DE"}.
   *
   * @return a locale tag, or empty for the {@code forgery.locale} configuration parameter (default
   *     {@code en_US})
   */
  String locale() default "";
}
