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
 * firstName}. Supported types are {@code Faker}, {@code String}, primitive and boxed numbers,
 * booleans and {@code char}s, {@code BigDecimal}, {@code BigInteger}, {@code LocalDate}, {@code
 * LocalDateTime}, {@code LocalTime}, {@code Instant}, {@code OffsetDateTime}, {@code
 * ZonedDateTime}, {@code UUID}, the value types forgery-core makes from other providers' values
 * ({@code ZoneId} from {@code timeZone}, {@code Locale} from {@code languageTag}, {@code Currency},
 * {@code Duration}, {@code Period}, {@code Year}, {@code YearMonth}, {@code MonthDay}, {@code
 * OffsetTime}, {@code ZoneOffset}, {@code java.util.Date}, {@code URI}, {@code URL}: see {@link
 * dev.forgery.Faker#inferProvider(String, Class)}), enums (one constant, each equally likely), Java
 * records and other classes filled property by property (as {@link dev.forgery.Faker#records(int,
 * Class)} fills them; generic ones with their type arguments, such as {@code Page<Customer>}), and
 * {@code List}, {@code Set}, {@code Map}, {@code Optional}, arrays, {@code Stream} and {@code
 * Supplier} of those, or of other containers ({@code Map<String, List<String>>}: every level holds
 * {@link #size()} values).
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
 * <p>What the test needs can be stated instead of accepted: {@link #min()} and {@link #max()} bound
 * the values (each element of a collection), {@link #oneOf()} lists them, {@link #unique()} makes a
 * collection's values distinct.
 *
 * <pre>{@code
 * @Forged(min = "0.5", max = "30") double weight                  // [0.5, 30)
 * @Forged(min = "2020-01-01", max = "2020-12-31") LocalDate day
 * @Forged(min = "1", max = "6", size = 100) int[] rolls            // each roll 1..6
 * @Forged(value = "text", max = "40") String note                  // 1..40 characters
 * @Forged(oneOf = {"ACTIVE", "LOCKED"}) Status status
 * @Forged(unique = true, size = 2_000) List<String> emails       // a UNIQUE column's worth
 * }</pre>
 *
 * <p>Any mistake (a bound that does not parse or fit the type, {@code min > max}, a bound or a
 * choice on a type or provider without one, more unique values than there are) fails the test with
 * a {@link org.junit.jupiter.api.extension.ParameterResolutionException} that names the parameter,
 * the value and what would be valid.
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
   * Sets how many values a {@code List}, {@code Set}, {@code Map}, array or {@code Stream} holds;
   * in a container of containers, each of them.
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

  /**
   * Sets the smallest value, written as text and read for the declared type (of each element, for a
   * collection, array, {@code Stream} or {@code Supplier}):
   *
   * <ul>
   *   <li>{@code int}, {@code long}, {@code short}, {@code byte} and their boxes: a whole number
   *       within the type, {@code "18"}; both bounds inclusive;
   *   <li>{@code double}, {@code float}: a number, {@code "0.5"}; values lie in {@code [min, max)},
   *       as forgery's doubles always do;
   *   <li>{@code BigDecimal}: a number whose scale is the values' scale ({@code "9.99"} gives
   *       cents; the larger of the two bounds' scales wins); both bounds inclusive;
   *   <li>{@code LocalDate}: an ISO date, {@code "2020-01-01"};
   *   <li>{@code LocalDateTime}, {@code OffsetDateTime}, {@code ZonedDateTime}: an ISO local
   *       date-time to the second, {@code "2020-01-01T09:30"}, or a date for its start of day (the
   *       offset of {@code OffsetDateTime} and {@code ZonedDateTime} values stays random);
   *   <li>{@code Instant}: the same, read in UTC, or an instant, {@code "2020-01-01T00:00:00Z"};
   *   <li>{@code LocalTime}: an ISO time to the second, {@code "09:00"};
   *   <li>{@code java.util.Date}: as an {@code Instant};
   *   <li>{@code Duration}: an ISO duration to the second, {@code "PT30M"};
   *   <li>{@code Year}: {@code "2020"}; {@code YearMonth}: {@code "2020-06"};
   *   <li>{@code BigInteger}: a whole number that fits a {@code long};
   *   <li>{@code String}: the length, with a provider (named or inferred from the name) whose
   *       arguments are lengths ({@code text}, {@code password}) or that draws strings of one
   *       length ({@code letters}, {@code alphanumeric}, {@code digits}, {@code hexDigits}: the
   *       length is drawn between min and max); a {@code String} of a provider of other values
   *       ({@code @Forged(value = "date", min = "2020-01-01") String}) is bounded as those values.
   * </ul>
   *
   * <p>Without a provider name the type's uniform provider draws the values ({@code integer},
   * {@code longValue}, {@code doubleValue}, {@code decimal}, {@code date}, {@code dateTime}, {@code
   * instant}, {@code offsetDateTime}, {@code zonedDateTime}, {@code localTime}; {@code longValue}
   * for a {@code Duration}'s seconds, a {@code YearMonth}'s months and a {@code BigInteger}, {@code
   * integer} for a {@code Year}, {@code instant} for a {@code Date}), whatever the name would
   * infer; with one, the bounds are its arguments ({@code @Forged(value = "price", min = "5", max =
   * "50")}), read as the declared type, or as whole numbers when the provider counts something else
   * ({@code @Forged(value = "dateOfBirth", min = "18", max = "30") LocalDate}, ages); a provider
   * whose arguments are not a range is refused.
   *
   * <p>Either bound may be given alone: the other keeps the type's default (integral types and
   * {@code BigDecimal} {@code 0..100}, floating types {@code [0, 1)}, dates 1970-01-01..2030-12-31,
   * date-times to 2030-12-31T23:59:59, times 00:00..23:59:59, durations 0..86,399 seconds, years
   * and months 1970..2030, lengths {@code 1..10}), or, when the given bound lies beyond it, the
   * given bound moved by the default's width ({@code min = "500"} gives {@code 500..600}).
   *
   * @return the lower bound as text, or empty for the default
   */
  String min() default "";

  /**
   * Sets the largest value (for {@code double} and {@code float}, the excluded upper end), written
   * and read as {@link #min()} describes.
   *
   * @return the upper bound as text, or empty for the default
   */
  String max() default "";

  /**
   * Lists the values to choose from, each equally likely, written as text and converted to the
   * declared type: enum constants by name, numbers, dates and times as for {@link #min()}, {@code
   * UUID}s, {@code "true"} and {@code "false"}, strings as they are, and the other value types as
   * they print ({@code "Europe/Paris"}, {@code "PT1H30M"}, {@code "EUR"}, {@code "fr-CA"}, {@code
   * "2024-05"}). Each value is listed once: a value listed twice, or two texts of one value ({@code
   * "1"} and {@code "01"} for a number), is refused. Not combined with a provider name or bounds.
   *
   * @return the choices, or none to draw from a provider
   */
  String[] oneOf() default {};

  /**
   * Makes the values of a {@code List}, {@code Set}, array or {@code Stream} distinct (by {@code
   * equals}), for a UNIQUE column or a map's keys; a {@code Set}'s values are distinct anyway.
   * Refused on a single value, which is always unique, and on a {@code Supplier}, which has no
   * size; and, naming how many distinct values there are, when {@link #size()} asks for more.
   *
   * @return whether the values must be distinct; default {@code false}
   */
  boolean unique() default false;

  /**
   * Names a model: a named set of overrides for a class, registered with {@link
   * dev.forgery.Faker#register(String, Class, dev.forgery.Schema)} by a {@link CustomProviders}
   * that {@link ForgeryProviders @ForgeryProviders} or a {@code ServiceLoader} entry names. The
   * object, or each element of a collection, is one of the model's objects.
   *
   * <pre>{@code
   * @Test
   * @ForgeryProviders(ShopModels.class)   // registers "vip" for Customer
   * void upgrades(@Forged(model = "vip") Customer customer) { ... }
   * }</pre>
   *
   * @return the model's name, or empty to fill the object from its property names
   */
  String model() default "";
}
