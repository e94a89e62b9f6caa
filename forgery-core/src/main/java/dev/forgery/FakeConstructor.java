package dev.forgery;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the constructor forgery fills a class through, when it has several: each parameter is then
 * filled by its name and type, as a record's components are, for {@link Faker#records(int, Class)}
 * and {@link Faker#record(Class)}.
 *
 * <pre>{@code
 * public class Money {
 *   public Money(BigDecimal amount) { this(amount, "USD"); }
 *
 *   @FakeConstructor
 *   public Money(BigDecimal price, String currencyCode) { ... }
 * }
 * }</pre>
 *
 * <p>Without it, forgery uses the one public constructor when there is exactly one and no public
 * no-arg constructor, else a no-arg constructor followed by setters and field writes. The parameter
 * names come from {@code javac -parameters} or {@code java.beans.ConstructorProperties}; the
 * annotated constructor may be non-public if its package is open to {@code dev.forgery.core}
 * (always the case on the class path).
 *
 * @since 0.1.0
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.CONSTRUCTOR)
public @interface FakeConstructor {}
