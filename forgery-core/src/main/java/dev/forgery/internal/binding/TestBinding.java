package dev.forgery.internal.binding;

import dev.forgery.internal.random.AtomicSplitMix64;
import dev.forgery.internal.random.Seeds;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * One running test, bound to the thread that runs it, so that the data a test makes without a seed
 * (a {@code new Faker()} in a builder, {@code Forgery.name()} in an object mother) is drawn from
 * the test's seed and replays with it.
 *
 * <p>While a binding is open:
 *
 * <ul>
 *   <li>each faker made without a seed takes the next seed of the test's stream, {@link
 *       #nextSeed()}: the k-th one made in the test gets the k-th seed, whoever makes it;
 *   <li>the {@code Forgery} shortcuts use one faker of the test's own ({@link #shared}), seeded
 *       from the test's seed alone, so their values do not depend on how many fakers the test made
 *       before its first shortcut;
 *   <li>every faker made, seeded or not, and every schema built without a faker count relative
 *       dates from the run's {@link #today()}, so a replay on a later day gives the same values.
 * </ul>
 *
 * <p>Threads started by the bound thread inherit the binding ({@link InheritableThreadLocal}) and
 * draw from the same stream, atomically, in an order that depends on scheduling. {@link
 * ForkJoinWorkerThread}s are the exception: a pool's workers are shared by whatever runs later, and
 * whether one inherited depends on which task happened to start it, so a worker sees only a binding
 * opened on itself (which is how JUnit's parallel execution runs a test). Threads started before
 * the test never see it; but a thread is bound to the test during which it is started, so a pool
 * made before the tests that starts its threads lazily binds them to the test that first submits
 * work, and they see no binding in later tests. Once {@link #close() closed}, a binding is seen by
 * no thread, including those that inherited it.
 *
 * <p>While no binding is open anywhere in the JVM, {@link #current()} is one volatile read.
 */
public final class TestBinding implements AutoCloseable {
  private static final InheritableThreadLocal<TestBinding> CURRENT = new InheritableThreadLocal<>();

  /** Bindings open in the JVM: while there are none, no thread-local is read. */
  private static final AtomicInteger OPEN = new AtomicInteger();

  /** The key of the stream that seeds fakers made without a seed. */
  private static final String FAKERS = "new Faker()";

  /** The key of the seed of the faker behind the shortcuts. */
  private static final String SHORTCUTS = "Forgery.*";

  private final long seed;
  private final String locale;
  private final LocalDate today;
  private final Thread thread;
  private final TestBinding previous;
  private final AtomicSplitMix64 fakers;
  private final AtomicReference<Object> shared = new AtomicReference<>();
  private volatile boolean open = true;

  private TestBinding(
      long seed, String locale, LocalDate today, Thread thread, TestBinding previous) {
    this.seed = seed;
    this.locale = locale;
    this.today = today;
    this.thread = thread;
    this.previous = previous;
    this.fakers = new AtomicSplitMix64(Seeds.derive(seed, FAKERS));
  }

  /**
   * Binds a test to the calling thread until {@link #close()}, which the same thread must call. A
   * binding opened while another is open on the thread (a dynamic test inside its factory) hides it
   * until closed.
   *
   * @param seed the test's seed
   * @param locale the locale of fakers made without one, such as {@code "en_US"}
   * @param today the date relative dates count from
   * @return the open binding
   * @throws IllegalArgumentException if {@code locale} or {@code today} is null
   */
  public static TestBinding bind(long seed, String locale, LocalDate today) {
    if (locale == null || today == null) {
      throw new IllegalArgumentException(
          "a test binding needs a locale and a date, got locale " + locale + " and today " + today);
    }
    TestBinding binding =
        new TestBinding(seed, locale, today, Thread.currentThread(), CURRENT.get());
    OPEN.incrementAndGet();
    CURRENT.set(binding);
    return binding;
  }

  /**
   * Returns the open binding the calling thread sees, or {@code null} outside tests.
   *
   * @return the binding, or {@code null}
   */
  public static TestBinding current() {
    if (OPEN.get() == 0) {
      return null;
    }
    TestBinding binding = CURRENT.get();
    if (binding == null || !binding.open) {
      return null;
    }
    Thread self = Thread.currentThread();
    return binding.thread == self || !(self instanceof ForkJoinWorkerThread) ? binding : null;
  }

  /**
   * Returns the date a new faker counts relative dates from: the bound test's {@link #today()},
   * else the current date in UTC.
   *
   * @return the reference date
   */
  public static LocalDate currentToday() {
    TestBinding binding = current();
    return binding != null ? binding.today : LocalDate.now(ZoneOffset.UTC);
  }

  /**
   * Returns the seed of the next faker made without one: the next value of the test's stream, safe
   * to call from several threads.
   *
   * @return the seed
   */
  public long nextSeed() {
    return fakers.nextLong();
  }

  /**
   * Returns the object this test shares between its threads (the faker behind the shortcuts), made
   * by {@code make} on first use; a racing second creation is discarded.
   *
   * @param type the object's type
   * @param make makes it from this binding, seeded with {@link #sharedSeed()}
   * @param <T> the type
   * @return the one shared object
   */
  public <T> T shared(Class<T> type, Function<? super TestBinding, ? extends T> make) {
    Object made = shared.get();
    if (made == null) {
      T fresh = make.apply(this);
      Object witness = shared.compareAndExchange(null, fresh);
      made = witness != null ? witness : fresh;
    }
    return type.cast(made);
  }

  /**
   * Returns the seed of the shared object: derived from the test's seed alone.
   *
   * @return the seed
   */
  public long sharedSeed() {
    return Seeds.derive(seed, SHORTCUTS);
  }

  /**
   * Returns the test's seed.
   *
   * @return the seed the binding was opened with
   */
  public long seed() {
    return seed;
  }

  /**
   * Returns the locale of fakers made without one.
   *
   * @return the locale name, as configured
   */
  public String locale() {
    return locale;
  }

  /**
   * Returns the run's reference date.
   *
   * @return the date relative dates count from
   */
  public LocalDate today() {
    return today;
  }

  /**
   * Ends the binding: no thread sees it any more, and the calling thread sees again the binding it
   * saw before (none, or a dynamic test's factory). Closing twice does nothing.
   *
   * @throws IllegalStateException if called from another thread than the one that bound it
   */
  @Override
  public void close() {
    if (!open) {
      return;
    }
    if (Thread.currentThread() != thread) {
      throw new IllegalStateException(
          "a test binding is closed by the thread that opened it, "
              + thread.getName()
              + ", not "
              + Thread.currentThread().getName());
    }
    open = false;
    if (previous == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(previous);
    }
    OPEN.decrementAndGet();
  }
}
