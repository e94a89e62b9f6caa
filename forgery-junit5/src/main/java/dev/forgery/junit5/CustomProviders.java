package dev.forgery.junit5;

import dev.forgery.Faker;

/**
 * Registers custom providers on each faker {@link ForgeryExtension} makes, so that
 * {@code @Forged("sku")}, {@code @FakeWith("sku")} on a record component, and {@code
 * faker.generate("sku")} on an injected faker reach them.
 *
 * <pre>{@code
 * public final class ShopProviders implements CustomProviders {
 *   @Override
 *   public void register(Faker faker) {
 *     faker.register("sku", f -> "SKU-" + f.digits(6));
 *     faker.register("orderId", f -> f.bothify("ORD-####-??"));
 *   }
 * }
 * }</pre>
 *
 * <p>Name an implementation in {@link ForgeryProviders @ForgeryProviders} on a test class or
 * method, or, for every test of the run, list it in {@code
 * META-INF/services/dev.forgery.junit5.CustomProviders} (for a named module, {@code provides
 * dev.forgery.junit5.CustomProviders with ...}). It needs a constructor without arguments; one
 * instance serves the whole run, so it must not hold per-test state.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface CustomProviders {
  /**
   * Registers providers with {@link Faker#register(String, java.util.function.Function)}; called
   * once for every faker the extension makes, before any value is drawn from it.
   *
   * @param faker a faker seeded for one parameter, field or {@code @ForgedSource} argument
   */
  void register(Faker faker);
}
