package dev.forgery.junit5;

import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * What the extension works out once per engine run (configuration values, the run report, the
 * custom providers of a test class), found from any context of the run without a look-up in JUnit's
 * stores: a store access walks the context's parents and allocates as it goes, and every test asks
 * for these values several times.
 *
 * <p>The values live in the run's root store, so they end with the run; the last run seen is also
 * held weakly in a static field, which lets every test of that run skip the store. A finished run
 * is therefore not kept alive, and two runs in one JVM at once (launchers on different threads)
 * each still find their own values, through the store.
 */
final class PerRun {
  private static final Namespace NAMESPACE = Namespace.create(PerRun.class);

  /** The run most recently looked up; a cache of the store look-up, never the only holder. */
  private static volatile WeakReference<PerRun> last = new WeakReference<>(null);

  private final ExtensionContext root;
  private final Map<Object, Object> values = new ConcurrentHashMap<>();

  private PerRun(ExtensionContext root) {
    this.root = root;
  }

  /**
   * Returns the values of the run {@code context} belongs to.
   *
   * @param context any context of the run
   * @return the run's values
   */
  static PerRun of(ExtensionContext context) {
    ExtensionContext root = context.getRoot();
    PerRun run = last.get();
    if (run == null || run.root != root) {
      run =
          root.getStore(NAMESPACE)
              .getOrComputeIfAbsent(PerRun.class, key -> new PerRun(root), PerRun.class);
      last = new WeakReference<>(run);
    }
    return run;
  }

  /**
   * Returns the value of {@code key}, computing it the first time; a value whose computation throws
   * is not remembered, so each later request fails the same way.
   *
   * @param key names the value within the run
   * @param type its class
   * @param compute computes it; may itself ask for other values of the run
   * @param <T> its type
   * @return the value
   */
  <T> T get(Object key, Class<T> type, Supplier<? extends T> compute) {
    Object value = values.get(key);
    if (value == null) {
      // Not computeIfAbsent: a computation may ask for other values of the run.
      value = compute.get();
      Object raced = values.putIfAbsent(key, value);
      if (raced != null) {
        value = raced;
      }
    }
    return type.cast(value);
  }
}
