package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forgery.internal.binding.TestBinding;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Data made without a seed while a test is bound: {@code new Faker()} and the {@code Forgery}
 * shortcuts draw from the test's seed, with the run's locale and reference date; outside, nothing
 * changes.
 */
@SuppressWarnings("try") // a binding is opened for its effect on the thread, not to be called
class TestBindingTest {
  private static final LocalDate PINNED = LocalDate.of(2001, 2, 3);

  @AfterEach
  void nothingStaysBound() {
    assertThat(TestBinding.current()).isNull();
  }

  /** What a test makes without seeds: two fakers and the shortcuts, in that order. */
  private static List<Object> builderValues() {
    List<Object> out = new ArrayList<>();
    out.add(new Faker().names(3));
    out.add(new Faker("en_US").emails(3));
    out.add(Forgery.names(3));
    out.add(Forgery.fake().iban());
    out.add(Arrays.toString(new Faker(Locale.US).integers(3, 0, 1_000_000)));
    return out;
  }

  private static List<Object> boundValues(long seed) {
    try (TestBinding test = TestBinding.bind(seed, "en_US", PINNED)) {
      assertThat(TestBinding.current()).isSameAs(test);
      return builderValues();
    }
  }

  @Test
  void aBoundTestsSeedDeterminesWhatItMakesWithoutSeeds() {
    List<Object> first = boundValues(42L);
    assertThat(boundValues(42L)).isEqualTo(first);
    assertThat(boundValues(43L)).isNotEqualTo(first);
    // Without a binding, unseeded fakers are random: the same calls give other values.
    assertThat(builderValues()).isNotEqualTo(first).isNotEqualTo(builderValues());
  }

  @Test
  void fakersMadeWithoutASeedTakeTheStreamsSeedsInOrderAndTheShortcutsAreApart() {
    List<String> firstTwo;
    List<String> shortcuts;
    try (TestBinding test = TestBinding.bind(7L, "en_US", PINNED)) {
      firstTwo = List.of(new Faker().name(), new Faker().name());
      shortcuts = Forgery.names(3);
    }
    assertThat(firstTwo.get(0)).isNotEqualTo(firstTwo.get(1));
    try (TestBinding test = TestBinding.bind(7L, "en_US", PINNED)) {
      // The shortcuts do not depend on how many fakers were made before them...
      assertThat(Forgery.names(3)).isEqualTo(shortcuts);
      // ...nor the fakers on the shortcuts used before them.
      assertThat(List.of(new Faker().name(), new Faker().name())).isEqualTo(firstTwo);
    }
  }

  @Test
  void theBindingGivesTheLocaleAndTodayOfFakersMadeInTheTest() {
    try (TestBinding test = TestBinding.bind(1L, "en-US", PINNED)) {
      Faker unseeded = new Faker();
      assertThat(unseeded.locale()).isEqualTo(Locale.US);
      assertThat(unseeded.today()).isEqualTo(PINNED);
      assertThat(new Faker("en_US", 5L).today()).isEqualTo(PINNED);
      assertThat(new Faker(Locale.US, 5L).today()).isEqualTo(PINNED);
      assertThat(Forgery.fake().today()).isEqualTo(PINNED);
      assertThat(Forgery.fake().locale()).isEqualTo(Locale.US);
      assertThat(TestBinding.currentToday()).isEqualTo(PINNED);
      // A schema built without a faker counts from the run's date too.
      Schema schema = Schema.builder().field("d", "pastDate", 1).build();
      assertThat(new Faker("en_US", 3L).records(20, schema))
          .extracting(row -> row.get("d"))
          .containsOnly(PINNED.minusDays(1));
      assertThat(unseeded.pastDate(1)).isEqualTo(PINNED.minusDays(1));
    }
    LocalDate now = LocalDate.now(ZoneOffset.UTC);
    assertThat(new Faker().today()).isIn(now, now.plusDays(1));
    assertThat(new Faker("en_US", 5L).today()).isIn(now, now.plusDays(1));
    assertThat(Forgery.fake().today()).isNotEqualTo(PINNED);
    assertThat(TestBinding.currentToday()).isIn(now, now.plusDays(1));
  }

  @Test
  void anUnsupportedBoundLocaleFailsTheFakerMadeWithoutOneOnly() {
    try (TestBinding test = TestBinding.bind(1L, "xx_YY", PINNED)) {
      assertThatThrownBy(Faker::new)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'xx_YY' is not supported");
      assertThat(new Faker("en_US").locale()).isEqualTo(Locale.US);
    }
  }

  @Test
  void seedingTheShortcutsInATestReseedsThatTestsFakerOnly() {
    Forgery.seed(7L);
    Faker global = new Faker("en_US", 7L);
    assertThat(Forgery.names(2)).isEqualTo(global.names(2));
    Faker inside;
    try (TestBinding test = TestBinding.bind(1L, "en_US", PINNED)) {
      inside = Forgery.fake();
      Forgery.seed(8L);
      assertThat(Forgery.names(3)).isEqualTo(new Faker("en_US", 8L).names(3));
    }
    // The shared faker outside went on where it was, and is another instance.
    assertThat(Forgery.fake()).isNotSameAs(inside);
    assertThat(Forgery.names(2)).isEqualTo(global.names(2));
  }

  @Test
  void threadsStartedByTheTestShareItsStream() throws Exception {
    List<String> sequential;
    try (TestBinding test = TestBinding.bind(11L, "en_US", PINNED)) {
      sequential = List.of(new Faker().name(), Forgery.fake().name());
    }
    try (TestBinding test = TestBinding.bind(11L, "en_US", PINNED)) {
      AtomicReference<List<String>> seen = new AtomicReference<>();
      Thread child = new Thread(() -> seen.set(List.of(new Faker().name(), Forgery.fake().name())));
      child.start();
      child.join();
      assertThat(seen.get()).isEqualTo(sequential);
      // A pool created in the test starts its threads from the test's thread: they inherit.
      ExecutorService pool = Executors.newSingleThreadExecutor();
      try {
        assertThat(pool.submit(TestBinding::current).get()).isSameAs(test);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void forkJoinWorkersAndThreadsOfAnEndedTestSeeNoBinding() throws Exception {
    AtomicReference<TestBinding> afterwards = new AtomicReference<>();
    Thread[] child = new Thread[1];
    Object gate = new Object();
    ForkJoinPool pool = new ForkJoinPool(1);
    try {
      try (TestBinding test = TestBinding.bind(1L, "en_US", PINNED)) {
        // A pool's worker is shared by whatever runs next: it never sees an inherited binding.
        assertThat(pool.submit(TestBinding::current).get()).isNull();
        child[0] =
            new Thread(
                () -> {
                  synchronized (gate) {
                    try {
                      gate.wait(10_000);
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                  }
                  afterwards.set(TestBinding.current());
                });
        child[0].start();
      }
      synchronized (gate) {
        gate.notifyAll();
      }
      child[0].join();
      assertThat(afterwards.get()).isNull();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aNestedBindingHidesTheOuterOneUntilClosed() {
    try (TestBinding outer = TestBinding.bind(1L, "en_US", PINNED)) {
      Faker outerShortcuts = Forgery.fake();
      try (TestBinding inner = TestBinding.bind(2L, "en_US", PINNED.plusDays(1))) {
        assertThat(TestBinding.current()).isSameAs(inner);
        assertThat(Forgery.fake()).isNotSameAs(outerShortcuts);
        assertThat(new Faker().today()).isEqualTo(PINNED.plusDays(1));
      }
      assertThat(TestBinding.current()).isSameAs(outer);
      assertThat(Forgery.fake()).isSameAs(outerShortcuts);
      assertThat(outer.seed()).isEqualTo(1L);
      assertThat(outer.locale()).isEqualTo("en_US");
      assertThat(outer.today()).isEqualTo(PINNED);
    }
  }

  @Test
  void aBindingIsClosedOnceByItsOwnThread() throws Exception {
    TestBinding test = TestBinding.bind(1L, "en_US", PINNED);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread other =
        new Thread(
            () -> {
              try {
                test.close();
              } catch (IllegalStateException e) {
                failure.set(e);
              }
            },
            "other");
    other.start();
    other.join();
    assertThat(failure.get())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed by the thread that opened it")
        .hasMessageContaining(", not other");
    test.close();
    test.close();
    assertThat(TestBinding.current()).isNull();
  }

  @Test
  void aBindingNeedsALocaleAndADate() {
    assertThatThrownBy(() -> TestBinding.bind(1L, null, PINNED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a locale and a date");
    assertThatThrownBy(() -> TestBinding.bind(1L, "en_US", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("today null");
  }

  @Test
  void theSharedObjectIsMadeOncePerTest() {
    try (TestBinding test = TestBinding.bind(1L, "en_US", PINNED)) {
      List<Long> seeds = new ArrayList<>();
      Map<?, ?> first = test.shared(Map.class, t -> Map.of("seed", t.sharedSeed()));
      Map<?, ?> again =
          test.shared(
              Map.class,
              t -> {
                seeds.add(t.sharedSeed());
                return Map.of();
              });
      assertThat(again).isSameAs(first);
      assertThat(seeds).isEmpty();
    }
  }
}
