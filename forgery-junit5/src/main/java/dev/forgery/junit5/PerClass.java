package dev.forgery.junit5;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers what the extension works out from a test class's reflection (a parameter's target, the
 * fields to fill, whether a method is a {@code @ForgedSource} test), so that repetitions and
 * invocations of a test do not search its annotations again. The values live with the class they
 * describe (a {@link ClassValue}), so a test class loaded by a class loader that is thrown away is
 * not kept alive by them; only values computed without an exception are remembered.
 *
 * @param <K> what the values are keyed by within a class, e.g. a {@code Parameter}
 * @param <V> the values
 */
final class PerClass<K, V> {
  private final ClassValue<Map<K, V>> values =
      new ClassValue<>() {
        @Override
        protected Map<K, V> computeValue(Class<?> type) {
          return new ConcurrentHashMap<>();
        }
      };

  /**
   * Returns the value of {@code key} in {@code owner}, computing it the first time.
   *
   * @param owner the class the key belongs to
   * @param key the key, e.g. a method or parameter of {@code owner}
   * @param compute computes the value; it is not remembered if it throws
   * @return the value
   */
  V get(Class<?> owner, K key, Function<? super K, ? extends V> compute) {
    Map<K, V> map = values.get(owner);
    V value = map.get(key);
    if (value == null) {
      value = compute.apply(key);
      map.putIfAbsent(key, value);
    }
    return value;
  }
}
