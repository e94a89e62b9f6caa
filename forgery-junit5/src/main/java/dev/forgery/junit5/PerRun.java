package dev.forgery.junit5;

import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
      ExtensionContext.Store store = root.getStore(NAMESPACE);
      synchronized (PerRun.class) { // not getOrComputeIfAbsent: no function on the first path
        run = store.get(PerRun.class, PerRun.class);
        if (run == null) {
          run = new PerRun(root);
          store.put(PerRun.class, run);
        }
      }
      last = new WeakReference<>(run);
    }
    return run;
  }

  /**
   * Returns the value of {@code key} if it was remembered; the caller computes a missing value and
   * passes it to {@link #remember}, so that a value whose computation throws is not remembered and
   * each later request fails the same way. A computation may ask for other values of the run (which
   * {@code computeIfAbsent} would forbid). No variant takes a function: the first test of a run
   * passes here (ADR 0034).
   *
   * @param key names the value within the run
   * @param type its class
   * @param <T> its type
   * @return the value, or {@code null}
   */
  <T> T find(Object key, Class<T> type) {
    return type.cast(values.get(key));
  }

  /**
   * Remembers the value of {@code key}, unless another thread did first.
   *
   * @param key names the value within the run
   * @param type its class
   * @param value the value, just computed
   * @param <T> its type
   * @return the value remembered: {@code value}, or the one another thread remembered first
   */
  <T> T remember(Object key, Class<T> type, T value) {
    Object raced = values.putIfAbsent(key, value);
    return raced != null ? type.cast(raced) : value;
  }
}
