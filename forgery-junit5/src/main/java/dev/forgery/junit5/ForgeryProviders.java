package dev.forgery.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the {@link CustomProviders} whose providers the fakers of a test class (its subclasses and
 * {@code @Nested} classes included) or of one test method can draw from.
 *
 * <pre>{@code
 * @ExtendWith(ForgeryExtension.class)
 * @ForgeryProviders(ShopProviders.class)
 * class CheckoutTest {
 *   @Test
 *   void ships(@Forged("sku") String sku, @Forged(value = "sku", size = 5) List<String> cart) { ... }
 * }
 * }</pre>
 *
 * <p>Providers are registered run-wide ones first ({@code ServiceLoader} entries, see {@link
 * CustomProviders}), then those of the outermost class down to the test method, so the closest
 * registration of a name wins. A built-in provider's name cannot be taken.
 *
 * @since 0.1.0
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ForgeryProviders {
  /**
   * The classes that register the providers, each with a constructor without arguments.
   *
   * @return the classes, in the order they register
   */
  Class<? extends CustomProviders>[] value();
}
