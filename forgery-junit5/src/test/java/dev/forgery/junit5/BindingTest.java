package dev.forgery.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forgery.Faker;
import dev.forgery.Forgery;
import dev.forgery.internal.binding.TestBinding;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Inside an extended test, {@code Forgery.*} and unseeded {@code new Faker()} draw from the test's
 * seed: builders and object mothers replay with it, in any class, in parallel, on threads the test
 * starts; outside tests nothing changes.
 */
class BindingTest {

  /** An object mother as tests write them: no seed anywhere. */
  static final class Toys {
    private Toys() {}

    static List<Object> order() {
      Faker local = new Faker();
      return List.of(
          Forgery.fake().name(),
          local.email(),
          Forgery.names(2),
          new Faker("en_US").word(),
          Forgery.fake().pastDate(30));
    }
  }

  @ExtendWith(ForgeryExtension.class)
  static class OriginalTestCase {
    @Test
    @Seed(0x5EEDL)
    void buildsAnOrder(@Forged String email, @Forged int quantity, @Forged Faker faker) {
      Kit.see("original", List.of(email, faker.name(), Toys.order()));
      Kit.see("quantity", quantity);
    }

    @Test
    void derived() {
      Kit.see("derived", Toys.order());
    }
  }

  /** The test above, copied into another class, renamed, trimmed, with the @Seed pasted. */
  @ExtendWith(ForgeryExtension.class)
  static class ReproducerTestCase {
    @Test
    @Seed(0x5EEDL)
    void reproducer(@Forged Faker faker, @Forged String email) {
      Kit.see("copy", List.of(email, faker.name(), Toys.order()));
    }
  }

  @Test
  void aTestsSeedReplaysTheDataItsBuildersDraw() {
    Kit.run(OriginalTestCase.class, "forgery.seed", "1");
    Map<String, Object> first = Kit.seen();
    Kit.run(OriginalTestCase.class, "forgery.seed", "1");
    assertThat(Kit.seen()).isEqualTo(first);
    Kit.run(OriginalTestCase.class, "forgery.seed", "2");
    Map<String, Object> other = Kit.seen();
    assertThat(other.get("original")).isEqualTo(first.get("original"));
    assertThat(other.get("derived")).isNotEqualTo(first.get("derived"));
    // The builder's values are not the injected faker's.
    List<?> original = (List<?>) first.get("original");
    assertThat(((List<?>) original.get(2)).get(0)).isNotEqualTo(original.get(1));
  }

  @Test
  void aPastedSeedReplaysInAnotherClassEvenWithoutTheOtherParameters() {
    Kit.run(OriginalTestCase.class);
    Object original = Kit.seen().get("original");
    Kit.run(ReproducerTestCase.class);
    assertThat(Kit.seen().get("copy")).isEqualTo(original);
  }

  @ExtendWith(ForgeryExtension.class)
  static class LifecycleTestCase {
    @BeforeAll
    static void beforeAll() {
      Kit.see("beforeAll", new Faker().name());
    }

    @BeforeEach
    void before() {
      Kit.see("before", new Faker().name());
    }

    @Test
    void test(@Forged String city) {
      Kit.see("city", city);
      Kit.see("test", List.of(Forgery.fake().name(), new Faker().name()));
    }

    @AfterEach
    void after() {
      Kit.see("after", new Faker().name());
    }

    @AfterAll
    static void afterAll() {
      Kit.see("bound after all", String.valueOf(TestBinding.current()));
    }
  }

  @Test
  void lifecycleMethodsAreBoundAndTheClassLevelOnesAreNot() {
    Kit.run(LifecycleTestCase.class, "forgery.seed", "3");
    Map<String, Object> first = Kit.seen();
    Kit.run(LifecycleTestCase.class, "forgery.seed", "3");
    Map<String, Object> again = Kit.seen();
    for (String key : List.of("before", "test", "after", "city")) {
      assertThat(again.get(key)).as(key).isEqualTo(first.get(key));
    }
    assertThat(first.get("before")).isNotEqualTo(first.get("after"));
    // @BeforeAll runs outside any test: unbound, random.
    assertThat(again.get("beforeAll")).isNotEqualTo(first.get("beforeAll"));
    assertThat(first.get("bound after all")).isEqualTo("null");
  }

  @ExtendWith(ForgeryExtension.class)
  static class InstanceFieldsTestCase {
    private final Faker faker = new Faker();
    private final String word = Forgery.fake().word();

    @Test
    void one() {
      Kit.see("one", List.of(faker.name(), word, new Faker().name()));
    }

    @Test
    @Seed(0x5EEDL)
    void pinned() {
      Kit.see("pinned", List.of(faker.name(), word, new Faker().name()));
    }
  }

  /** The pinned test above, copied into another class: its fields replay with the pasted seed. */
  @ExtendWith(ForgeryExtension.class)
  static class InstanceFieldsReproducerTestCase {
    private final Faker faker = new Faker();
    private final String word = Forgery.fake().word();

    @Test
    @Seed(0x5EEDL)
    void reproducer() {
      Kit.see("reproducer", List.of(faker.name(), word, new Faker().name()));
    }
  }

  @Test
  void instanceFieldsAreBoundToTheTestTheirInstanceIsMadeFor() {
    Kit.run(InstanceFieldsTestCase.class, "forgery.seed", "3");
    Map<String, Object> first = Kit.seen();
    Kit.run(InstanceFieldsTestCase.class, "forgery.seed", "3");
    Map<String, Object> again = Kit.seen();
    Kit.run(InstanceFieldsReproducerTestCase.class, "forgery.seed", "4");
    Object reproduced = Kit.seen().get("reproducer");
    if (!SeedTest.instancesKnowTheirTest()) {
      // JUnit Jupiter before 5.12 makes the instance with the class's context: fields unbound.
      assertThat(again.get("one")).isNotEqualTo(first.get("one"));
      return;
    }
    assertThat(again).isEqualTo(first);
    assertThat(reproduced).isEqualTo(first.get("pinned"));
    // The instance's fakers come first in the test's stream, so the test's own differs from them.
    List<?> one = (List<?>) first.get("one");
    assertThat(one.get(0)).isNotEqualTo(one.get(2));
    assertThat(first.get("one")).isNotEqualTo(first.get("pinned"));
  }

  @ExtendWith(ForgeryExtension.class)
  static class FailingConstructorTestCase {
    private final String name = new Faker().name();

    FailingConstructorTestCase() {
      throw new IllegalStateException("no instance for " + name);
    }

    @Test
    void test() {}
  }

  @Test
  void aTestWhoseInstanceCannotBeMadeLeavesNoBindingBehind() {
    // JUnit 5.13 and newer close a store's AutoCloseable values, a binding among them, unless
    // told not to; 5.12 does not, and then forgery must.
    Kit.run(
            FailingConstructorTestCase.class,
            "forgery.seed",
            "3",
            "junit.jupiter.extensions.store.close.autocloseable.enabled",
            "false")
        .testEvents()
        .assertStatistics(stats -> stats.failed(1));
    // The launcher ran the test on this thread: its binding must not outlive it.
    assertThat(TestBinding.current()).isNull();
  }

  @Test
  void theSwitchTurnsBindingOffAndLeavesInjectionAsItWas() {
    Kit.run(LifecycleTestCase.class, "forgery.seed", "3", "forgery.bind", "false");
    Map<String, Object> first = Kit.seen();
    Kit.run(LifecycleTestCase.class, "forgery.seed", "3", "forgery.bind", "false");
    Map<String, Object> again = Kit.seen();
    assertThat(again.get("test")).isNotEqualTo(first.get("test"));
    assertThat(again.get("before")).isNotEqualTo(first.get("before"));
    assertThat(again.get("city")).isEqualTo(first.get("city"));
    Kit.run(LifecycleTestCase.class, "forgery.seed", "3");
    assertThat(Kit.seen().get("city")).isEqualTo(first.get("city"));
  }

  static class PlainTestCase {
    @Test
    void plain() {
      Kit.see("plain", List.of(new Faker().name(), Forgery.fake().name()));
    }
  }

  @Test
  void outsideExtendedTestsNothingChanges() {
    Kit.run(PlainTestCase.class, "forgery.seed", "3");
    Object first = Kit.seen().get("plain");
    Kit.run(PlainTestCase.class, "forgery.seed", "3");
    assertThat(Kit.seen().get("plain")).isNotEqualTo(first);
    assertThat(TestBinding.current()).isNull();
  }

  @ExtendWith(ForgeryExtension.class)
  static class ThreadsTestCase {
    @Test
    @Seed(0x7EAL)
    void onTheTestsThread() {
      Kit.see("own thread", List.of(new Faker().name(), Forgery.fake().name()));
    }

    @Test
    @Seed(0x7EAL)
    void onAThreadItStarts() throws InterruptedException {
      AtomicReference<List<String>> seen = new AtomicReference<>();
      Thread child = new Thread(() -> seen.set(List.of(new Faker().name(), Forgery.fake().name())));
      child.start();
      child.join();
      Kit.see("started thread", seen.get());
    }
  }

  @Test
  void threadsTheTestStartsInheritItsSeed() {
    Kit.run(ThreadsTestCase.class);
    assertThat(Kit.seen().get("started thread"))
        .isNotNull()
        .isEqualTo(Kit.seen().get("own thread"));
  }

  @ExtendWith(ForgeryExtension.class)
  static class ParallelTestCase {
    /** Holds the tests until all run at once; {@code null} when run one after the other. */
    static volatile CyclicBarrier together;

    private static void draw(String test) throws InterruptedException {
      CyclicBarrier barrier = together;
      if (barrier != null) {
        try {
          barrier.await(20, TimeUnit.SECONDS);
        } catch (BrokenBarrierException | TimeoutException e) {
          // Fewer threads than tests: the values must still be the test's own.
        }
      }
      List<String> values = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        values.add(Forgery.fake().name());
        values.add(new Faker().email());
      }
      Kit.see(test, values);
      Kit.see("thread " + test, Thread.currentThread().getName());
    }

    @Test
    void a() throws InterruptedException {
      draw("a");
    }

    @Test
    void b() throws InterruptedException {
      draw("b");
    }

    @Test
    void c() throws InterruptedException {
      draw("c");
    }

    @Test
    void d() throws InterruptedException {
      draw("d");
    }
  }

  private static Map<String, Object> values(Map<String, Object> seen) {
    Map<String, Object> values = new TreeMap<>(seen);
    values.keySet().removeIf(k -> k.startsWith("thread "));
    return values;
  }

  @Test
  void inParallelEachTestDrawsItsOwnValuesAsInSequence() {
    ParallelTestCase.together = null;
    Kit.run(ParallelTestCase.class, "forgery.seed", "9");
    Map<String, Object> sequential = values(Kit.seen());

    ParallelTestCase.together = new CyclicBarrier(4);
    Kit.run(
        ParallelTestCase.class,
        "forgery.seed",
        "9",
        "junit.jupiter.execution.parallel.enabled",
        "true",
        "junit.jupiter.execution.parallel.mode.default",
        "concurrent",
        "junit.jupiter.execution.parallel.config.strategy",
        "fixed",
        "junit.jupiter.execution.parallel.config.fixed.parallelism",
        "4");
    Map<String, Object> parallel = Kit.seen();
    ParallelTestCase.together = null;

    Set<Object> threads = new HashSet<>();
    for (String test : List.of("a", "b", "c", "d")) {
      threads.add(parallel.get("thread " + test));
    }
    assertThat(threads).as("the tests ran on several threads").hasSizeGreaterThan(1);
    assertThat(values(parallel)).hasSize(4).isEqualTo(sequential);
    assertThat(new HashSet<>(sequential.values())).hasSize(4);
  }

  @ExtendWith(ForgeryExtension.class)
  static class FactoryTestCase {
    @TestFactory
    @Seed(3)
    Stream<DynamicTest> factory() {
      Kit.see("factory", Forgery.fake().name());
      return Stream.of("a", "b")
          .map(
              n ->
                  DynamicTest.dynamicTest(
                      n,
                      () ->
                          Kit.see(
                              "dynamic " + n, List.of(new Faker().name(), Forgery.fake().name()))));
    }
  }

  @ExtendWith(ForgeryExtension.class)
  static class CopiedFactoryTestCase {
    @TestFactory
    @Seed(3)
    Stream<DynamicTest> copy() {
      Kit.see("factory", Forgery.fake().name());
      return Stream.of("a", "b")
          .map(
              n ->
                  DynamicTest.dynamicTest(
                      n,
                      () ->
                          Kit.see(
                              "dynamic " + n, List.of(new Faker().name(), Forgery.fake().name()))));
    }
  }

  @Test
  void eachDynamicTestDrawsFromItsOwnSeedUnderItsFactorys() {
    Kit.run(FactoryTestCase.class);
    Map<String, Object> first = Kit.seen();
    assertThat(first).containsOnlyKeys("factory", "dynamic a", "dynamic b");
    assertThat(first.get("dynamic a")).isNotEqualTo(first.get("dynamic b"));
    assertThat(((List<?>) first.get("dynamic a")).get(1)).isNotEqualTo(first.get("factory"));
    Kit.run(FactoryTestCase.class);
    assertThat(Kit.seen()).isEqualTo(first);
    Kit.run(CopiedFactoryTestCase.class);
    assertThat(Kit.seen()).isEqualTo(first);
  }

  @ExtendWith(ForgeryExtension.class)
  static class TodayTestCase {
    @Forged Faker field;

    @Test
    void dates(@Forged Faker faker) {
      Kit.see(
          "today",
          List.of(
              faker.today(),
              field.today(),
              new Faker().today(),
              Forgery.fake().today(),
              new Faker("en_US", 1L).today()));
    }
  }

  @Test
  void theRunsTodayIsPinnedByForgeryToday() {
    LocalDate pinned = LocalDate.of(2020, 2, 29);
    Kit.run(TodayTestCase.class, "forgery.today", "2020-02-29")
        .testEvents()
        .assertStatistics(stats -> stats.succeeded(1));
    assertThat(Kit.seen().get("today")).isEqualTo(List.of(pinned, pinned, pinned, pinned, pinned));

    // Unbound, injected values still count from the run's date; the others from the clock.
    Kit.run(TodayTestCase.class, "forgery.today", "2020-02-29", "forgery.bind", "false");
    @SuppressWarnings("unchecked")
    List<LocalDate> unbound = (List<LocalDate>) Kit.seen().get("today");
    assertThat(unbound.subList(0, 2)).containsOnly(pinned);
    LocalDate now = LocalDate.now(ZoneOffset.UTC);
    assertThat(unbound.subList(2, 5)).allMatch(d -> d.equals(now) || d.equals(now.plusDays(1)));

    // Without forgery.today, the run's date is the current UTC date.
    Kit.run(TodayTestCase.class);
    assertThat((List<?>) Kit.seen().get("today"))
        .allMatch(d -> d.equals(now) || d.equals(now.plusDays(1)) || d.equals(now.minusDays(1)));
  }

  @Test
  void aMalformedTodayFailsTheTestsSaying() {
    Throwable failure = Kit.onlyFailure(Kit.run(TodayTestCase.class, "forgery.today", "tomorrow"));
    assertThat(failure)
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage("forgery.today must be an ISO date such as 2026-12-01, got 'tomorrow'");
  }
}
