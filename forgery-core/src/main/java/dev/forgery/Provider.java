package dev.forgery;

import java.util.List;

/**
 * One provider of a {@link Faker}, bound to its arguments: what {@code faker.generate(name)} draws
 * from, as a handle that can be kept and asked again. Values follow the faker's seed, exactly as
 * the faker's own methods do; {@code next(n)} is the batch path.
 *
 * <pre>{@code
 * Provider<?> ages = faker.provider("integer", 18, 65);
 * Object age = ages.next();
 * List<?> more = ages.next(1_000);
 * Provider<?> inferred = faker.inferProvider("customerEmail", String.class); // email
 * }</pre>
 *
 * <p>A provider belongs to its faker and, like it, to one thread at a time.
 *
 * @param <T> the type of the values
 * @since 0.1.0
 */
public interface Provider<T> {
  /**
   * Returns the provider's canonical name, e.g. {@code integer} for {@code int}.
   *
   * @return the name
   */
  String name();

  /**
   * Returns the class of the values; {@code Object} for custom providers, whose values are known
   * only once drawn.
   *
   * @return the value class
   */
  Class<?> type();

  /**
   * Returns the arguments the provider was bound to, as given or inferred.
   *
   * @return an unmodifiable list, empty for the defaults
   */
  List<Object> arguments();

  /**
   * Draws one value.
   *
   * @return the value
   */
  T next();

  /**
   * Draws {@code n} values in one call, equal to {@code n} calls of {@link #next()}.
   *
   * @param n how many, {@code >= 0}
   * @return an unmodifiable list of exactly {@code n} values
   * @throws IllegalArgumentException if {@code n < 0}
   */
  List<T> next(int n);
}
