package dev.forgery.junit5;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.commons.support.AnnotationSupport;

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
   * Returns the value of {@code key} in {@code owner} if it was remembered; the caller computes a
   * missing value and passes it to {@link #remember}. There is no variant taking a function: the
   * first test of a run passes here, and each function it evaluates is a class made at run time
   * (ADR 0034).
   *
   * @param owner the class the key belongs to
   * @param key the key
   * @return the value, or {@code null}
   */
  V find(Class<?> owner, K key) {
    return values.get(owner).get(key);
  }

  /**
   * Remembers the value of {@code key} in {@code owner}, unless another thread did first.
   *
   * @param owner the class the key belongs to
   * @param key the key
   * @param value its value, just computed
   * @return the value remembered: {@code value}, or the one another thread remembered first
   */
  V remember(Class<?> owner, K key, V value) {
    V raced = values.get(owner).putIfAbsent(key, value);
    return raced != null ? raced : value;
  }

  /**
   * Returns whether a method carries an annotation (as JUnit finds it: directly, or through a
   * composed annotation), remembered in {@code cache}.
   *
   * @param cache the cache of this question for this annotation
   * @param method the method
   * @param annotation the annotation type
   * @return whether {@code method} is annotated with it
   */
  static boolean annotated(
      PerClass<Method, Boolean> cache, Method method, Class<? extends Annotation> annotation) {
    Boolean annotated = cache.find(method.getDeclaringClass(), method);
    return annotated != null
        ? annotated
        : cache.remember(
            method.getDeclaringClass(), method, AnnotationSupport.isAnnotated(method, annotation));
  }
}
