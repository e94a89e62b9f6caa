package dev.forgery;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the provider or schema type that fills a record component, a constructor parameter, or a
 * field (and so the bean property of its setter) when its name and type are not enough, for {@link
 * Faker#records(int, Class)}.
 *
 * <pre>{@code
 * public record Account(
 *     @FakeWith("safe_email") String login,
 *     @FakeWith(value = "int", args = {"18", "30"}) int age,
 *     @FakeWith(value = "choice", args = {"free", "pro"}) String plan,
 *     @FakeWith("sku") String product) {}                 // a provider registered on the faker
 * }</pre>
 *
 * <p>Arguments are written as strings and read as the type expects: numbers for {@code int}, {@code
 * float}, {@code bool} and {@code text}, ISO dates for {@code date}, values for {@code choice}.
 *
 * @since 0.1.0
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER})
public @interface FakeWith {
  /**
   * Returns the provider name or schema type, as in {@link Schema.Builder#field(String, String,
   * Object...)}.
   *
   * @return the type
   */
  String value();

  /**
   * Returns the type's arguments, written as strings.
   *
   * @return the arguments; none by default
   */
  String[] args() default {};
}
