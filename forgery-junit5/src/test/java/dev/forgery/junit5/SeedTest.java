package dev.forgery.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import dev.forgery.Faker;
import dev.forgery.junit5.internal.Seeds;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class SeedTest {

  @ExtendWith(ForgeryExtension.class)
  static class ThreeTestsTestCase {
    @Forged String name;

    @Test
    void first(@Forged List<String> emails, @Forged Faker faker) {
      Kit.see("first", List.of(name, emails, faker.names(3)));
    }

    @Test
    void second(@Forged List<String> emails) {
      Kit.see("second", List.of(name, emails));
    }

    @Test
    void third(@Forged List<String> emails) {
      Kit.see("third", List.of(name, emails));
    }
  }

  @Test
  void aTestGetsTheSameDataAloneInItsClassAndInParallel() {
    Kit.run(
        List.of(selectMethod(ThreeTestsTestCase.class, "second", "java.util.List")),
        "forgery.seed",
        "99");
    Object alone = Kit.seen().get("second");
    Kit.run(ThreeTestsTestCase.class, "forgery.seed", "99");
    Map<String, Object> inClass = Kit.seen();
    Kit.run(
        List.of(selectClass(ThreeTestsTestCase.class)),
        "forgery.seed",
        "99",
        "junit.jupiter.execution.parallel.enabled",
        "true",
        "junit.jupiter.execution.parallel.mode.default",
        "concurrent");
    Map<String, Object> parallel = Kit.seen();

    assertThat(alone).isNotNull().isEqualTo(inClass.get("second"));
    assertThat(parallel).isEqualTo(inClass).hasSize(3);
    assertThat(inClass.get("first")).isNotEqualTo(inClass.get("second"));
    assertThat(inClass.get("second")).isNotEqualTo(inClass.get("third"));
  }

  @Test
  void theRunSeedDecidesTheData() {
    Kit.run(ThreeTestsTestCase.class, "forgery.seed", "1");
    Object one = Kit.seen().get("first");
    Kit.run(ThreeTestsTestCase.class, "forgery.seed", "0x1");
    Object hex = Kit.seen().get("first");
    Kit.run(ThreeTestsTestCase.class, "forgery.seed", "2");
    Object two = Kit.seen().get("first");
    assertThat(hex).isEqualTo(one);
    assertThat(two).isNotEqualTo(one);
  }

  @Test
  void withoutForgerySeedTheRunSeedIsRandomButSharedByTheRun() {
    Kit.run(ThreeTestsTestCase.class);
    Object first = Kit.seen().get("first");
    Kit.run(ThreeTestsTestCase.class);
    // One random run seed per JVM: the printed -Dforgery.seed is the one every test used.
    assertThat(Kit.seen().get("first")).isEqualTo(first);
  }

  @ExtendWith(ForgeryExtension.class)
  static class PinnedTestCase {
    @Test
    @Seed(0x5EEDL)
    void pinned(@Forged List<String> emails, TestInfo info) {
      Kit.see("pinned", emails);
    }

    @Test
    void derived(@Forged List<String> emails) {
      Kit.see("derived", emails);
    }
  }

  @Test
  void seedOnAMethodPinsThatTestsSeedWhateverTheRunSeed() {
    Kit.run(PinnedTestCase.class, "forgery.seed", "1");
    Map<String, Object> one = Kit.seen();
    Kit.run(PinnedTestCase.class, "forgery.seed", "2");
    Map<String, Object> two = Kit.seen();
    assertThat(two.get("pinned")).isEqualTo(one.get("pinned"));
    assertThat(two.get("derived")).isNotEqualTo(one.get("derived"));
  }

  @ExtendWith(ForgeryExtension.class)
  static class FailsWithDataTestCase {
    @Test
    void fails(@Forged List<String> emails, @Forged String firstName) {
      Kit.see("values", List.of(emails, firstName));
      throw new IllegalStateException("boom");
    }
  }

  @Test
  void thePrintedSeedAnnotationReproducesTheInjectedValues() throws Exception {
    Throwable failure =
        Kit.onlyFailure(Kit.run(FailsWithDataTestCase.class, "forgery.seed", "12345"));
    Object original = Kit.seen().get("values");
    String report = failure.getSuppressed()[0].getMessage();
    String hex = report.replaceAll("(?s).*@Seed\\((0x[0-9A-F]+)L\\).*", "$1");
    long seed = Seeds.parse("seed", hex);

    // A test under @Seed(seed) with a parameter of the same name gets the same values: derive
    // them the way the extension does, through the public Faker API.
    assertThat(new Faker("en_US", Seeds.injected(seed, "emails")).emails(10))
        .isEqualTo(((List<?>) original).get(0));

    // And the run hint replays the whole run.
    String run = report.replaceAll("(?s).*-Dforgery\\.seed=(0x[0-9A-F]+).*", "$1");
    Kit.run(FailsWithDataTestCase.class, "forgery.seed", run);
    assertThat(Kit.seen().get("values")).isEqualTo(original);
  }

  @Test
  void inAForkTheRunHintSaysWhoseSeedItIsAndReplaysThatForksTests() {
    Throwable failure =
        Kit.onlyFailure(
            Kit.run(FailsWithDataTestCase.class, "sun.java.command", Kit.SUREFIRE_FORK_2));
    Object original = Kit.seen().get("values");
    String report = failure.getSuppressed()[0].getMessage();
    assertThat(report)
        .containsPattern(
            "replay the run:   -Dforgery\\.seed=0x[0-9A-F]+ -Dforgery\\.today=\\d{4}-\\d{2}-\\d{2}"
                + " replays the tests that ran in Surefire fork 2"
                + java.util.regex.Pattern.quote(Kit.PID)
                + "\n");
    String run = report.replaceAll("(?s).*-Dforgery\\.seed=(0x[0-9A-F]+).*", "$1");
    Kit.run(FailsWithDataTestCase.class, "forgery.seed", run);
    assertThat(Kit.seen().get("values")).isEqualTo(original);
  }

  @ExtendWith(ForgeryExtension.class)
  @Seed(77)
  static class ClassSeedTestCase {
    @Test
    void a(@Forged String name) {
      Kit.see("a", name);
    }

    @Nested
    class Inner {
      @Test
      void b(@Forged String name) {
        Kit.see("b", name);
      }
    }
  }

  @Test
  void seedOnAClassFixesTheRunSeedOfItsTestsAndNestedClasses() {
    Kit.run(ClassSeedTestCase.class, "forgery.seed", "1");
    Map<String, Object> one = Kit.seen();
    Kit.run(ClassSeedTestCase.class, "forgery.seed", "2");
    Map<String, Object> two = Kit.seen();
    Kit.run(ClassSeedTestCase.class, "forgery.seed", "77");
    assertThat(one).hasSize(2).isEqualTo(two);
    assertThat(one.get("a")).isNotEqualTo(one.get("b"));
  }

  @ExtendWith(ForgeryExtension.class)
  static class TemplatesTestCase {
    @RepeatedTest(4)
    void repeated(@Forged String email, RepetitionInfo info) {
      Kit.see("repeated " + info.getCurrentRepetition(), email);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void parameterized(int i, @Forged String email) {
      Kit.see("parameterized " + i, email);
    }

    @TestFactory
    List<DynamicTest> factory(@Forged(size = 3) List<String> emails) {
      return List.of(DynamicTest.dynamicTest("one", () -> Kit.see("factory", emails)));
    }
  }

  @Test
  void eachRepetitionAndInvocationHasItsOwnSeed() {
    Kit.run(TemplatesTestCase.class, "forgery.seed", "5")
        .testEvents()
        .assertStatistics(stats -> stats.succeeded(8));
    Map<String, Object> seen = Kit.seen();
    Set<Object> distinct = new HashSet<>(seen.values());
    assertThat(seen).hasSize(8);
    assertThat(distinct).hasSize(8);
    Kit.run(TemplatesTestCase.class, "forgery.seed", "5");
    assertThat(Kit.seen()).isEqualTo(seen);
  }

  @ExtendWith(ForgeryExtension.class)
  static class OuterTestCase {
    @Forged String name;

    @Nested
    class InnerTestCase {
      @Forged String email;

      @BeforeEach
      void before(@Forged String firstName) {
        Kit.see("before " + firstName, name);
      }

      @Test
      void one() {
        Kit.see("one", List.of(name, email));
      }

      @Test
      void two() {
        Kit.see("two", List.of(name, email));
      }
    }
  }

  @Test
  void nestedTestsFillTheOuterInstanceFreshForEachTest() {
    Kit.run(OuterTestCase.class, "forgery.seed", "3")
        .testEvents()
        .assertStatistics(stats -> stats.succeeded(2));
    Map<String, Object> seen = Kit.seen();
    List<?> one = (List<?>) seen.get("one");
    List<?> two = (List<?>) seen.get("two");
    assertThat(one.get(0)).isNotNull().isNotEqualTo(two.get(0));
    assertThat(one.get(1)).isNotNull().isNotEqualTo(two.get(1));
    assertThat(seen).hasSize(4).containsValue(one.get(0)).containsValue(two.get(0));
  }

  @ExtendWith(ForgeryExtension.class)
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  static class PerClassTestCase {
    @Forged List<String> emails;
    Object instance;

    @BeforeAll
    void beforeAll(@Forged String name) {
      Kit.see("beforeAll", name);
    }

    @Test
    void one() {
      Kit.see("one", List.of(this, emails));
    }

    @Test
    void two() {
      Kit.see("two", List.of(this, emails));
    }

    @AfterEach
    void after(@Forged String name) {
      Kit.see("after " + name, name);
    }
  }

  @Test
  void perClassLifecycleRefillsFieldsForEachTest() {
    Kit.run(PerClassTestCase.class, "forgery.seed", "3")
        .allEvents()
        .assertStatistics(stats -> stats.failed(0));
    Map<String, Object> seen = Kit.seen();
    List<?> one = (List<?>) seen.get("one");
    List<?> two = (List<?>) seen.get("two");
    assertThat(one.get(0)).isSameAs(two.get(0));
    assertThat(one.get(1)).isNotEqualTo(two.get(1));
    assertThat(seen.get("beforeAll")).isInstanceOf(String.class);
    assertThat(seen).hasSize(5);
  }

  @ExtendWith(ForgeryExtension.class)
  static class ConstructorTestCase {
    private final String email;

    ConstructorTestCase(@Forged String email) {
      this.email = email;
    }

    @Test
    void one() {
      Kit.see("one", email);
    }

    @Test
    void two() {
      Kit.see("two", email);
    }

    @RepeatedTest(3)
    @Seed(0x5EEDL)
    void pinnedRepetitions(@Forged String name, RepetitionInfo info) {
      Kit.see("pinned " + info.getCurrentRepetition(), name);
      Kit.see("pinned email " + info.getCurrentRepetition(), email);
    }
  }

  @ExtendWith(ForgeryExtension.class)
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  static class PerClassConstructorTestCase {
    private final String email;

    PerClassConstructorTestCase(@Forged String email) {
      this.email = email;
    }

    @Test
    void one() {
      Kit.see("one", email);
    }

    @Test
    void two() {
      Kit.see("two", email);
    }
  }

  @Test
  void aPerClassInstancesConstructorParameterIsTheClasssOneValue() {
    Kit.run(PerClassConstructorTestCase.class, "forgery.seed", "8")
        .testEvents()
        .assertStatistics(stats -> stats.succeeded(2));
    Map<String, Object> seen = Kit.seen();
    assertThat((String) seen.get("one")).contains("@").isEqualTo(seen.get("two"));
    Kit.run(PerClassConstructorTestCase.class, "forgery.seed", "9");
    assertThat(Kit.seen().get("one")).isNotEqualTo(seen.get("one"));
    Kit.run(PerClassConstructorTestCase.class, "forgery.seed", "8");
    assertThat(Kit.seen()).isEqualTo(seen);
  }

  /** Whether this JUnit Jupiter tells an extension which test a new test instance is for. */
  static boolean instancesKnowTheirTest() {
    try {
      Class.forName("org.junit.jupiter.api.extension.TestInstantiationAwareExtension");
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  @Test
  void constructorParametersAreSeededByEachTestAndPinnedRepetitionsShareTheirSeed() {
    EngineExecutionResults results = Kit.run(ConstructorTestCase.class, "forgery.seed", "8");
    if (!instancesKnowTheirTest()) {
      // JUnit Jupiter 5.10 and 5.11 pass the class's context: one value for every test would be
      // wrong, so each test fails, saying why and what to use instead.
      results.testEvents().assertStatistics(stats -> stats.failed(5));
      assertThat(Kit.failures(results))
          .allSatisfy(
              failure ->
                  assertThat(failure.getMessage())
                      .contains("parameter 'email' of ConstructorTestCase's constructor")
                      .contains("JUnit Jupiter before 5.12")
                      .contains("@TestInstance(PER_CLASS)"));
      return;
    }
    results.testEvents().assertStatistics(stats -> stats.succeeded(5));
    Map<String, Object> seen = Kit.seen();
    assertThat((String) seen.get("one")).contains("@").isNotEqualTo(seen.get("two"));
    assertThat(seen.get("pinned 1"))
        .isEqualTo(seen.get("pinned 2"))
        .isEqualTo(seen.get("pinned 3"));
    String pinnedEmail = new Faker("en_US", Seeds.injected(0x5EEDL, "email")).email();
    assertThat(List.of(seen.get("pinned email 1"), seen.get("pinned email 3")))
        .containsOnly(pinnedEmail);
    Kit.run(ConstructorTestCase.class, "forgery.seed", "8");
    assertThat(Kit.seen()).isEqualTo(seen);
  }

  @ExtendWith(ForgeryExtension.class)
  @Seed(0x1234L)
  static class ClassSeedBeforeAllTestCase {
    @BeforeAll
    static void setUp(@Forged String email) {
      Kit.see("email", email);
      if (Boolean.getBoolean("forgery.test.failBeforeAll")) {
        throw new AssertionError("fails");
      }
    }

    @Test
    void test() {}
  }

  /** The same class-level method, copied into another class with the same @Seed. */
  @ExtendWith(ForgeryExtension.class)
  @Seed(0x1234L)
  static class CopiedClassSeedBeforeAllTestCase {
    @BeforeAll
    static void setUp(@Forged String email) {
      Kit.see("email", email);
    }

    @Test
    void test() {}
  }

  @ExtendWith(ForgeryExtension.class)
  static class FailingBeforeAllTestCase {
    @BeforeAll
    static void setUp(@Forged String email) {
      Kit.see("email", email);
      throw new AssertionError("fails");
    }

    @Test
    void test() {}
  }

  @ExtendWith(ForgeryExtension.class)
  static class SeedOnBeforeAllTestCase {
    @BeforeAll
    @Seed(0x1234L)
    static void setUp(@Forged String email) {}

    @Test
    void test() {}
  }

  @Test
  void aClassSeedIsTheSeedOfTheClassLevelMethodsInAnyClass() {
    // A class's own values were derived from its @Seed and the class's id, so the @Seed a failed
    // @BeforeAll printed replayed nothing, and a copy of the class drew other values.
    Kit.run(ClassSeedBeforeAllTestCase.class);
    Object email = Kit.seen().get("email");
    Kit.run(CopiedClassSeedBeforeAllTestCase.class);
    assertThat(Kit.seen().get("email")).isNotNull().isEqualTo(email);
  }

  @Test
  void aFailedBeforeAllPrintsTheSeedToPasteOnTheClass() {
    Throwable failure = Kit.onlyFailure(Kit.run(FailingBeforeAllTestCase.class));
    dev.forgery.junit5.internal.ForgeryReport report =
        dev.forgery.junit5.internal.ForgeryReport.in(failure);
    assertThat(report.line())
        .contains("replay it with " + report.paste() + " (run: ")
        .contains("L) on the test class");
    assertThat(report.getMessage()).contains("\n    replay this class: @Seed(");
  }

  @Test
  void aSeedOnABeforeAllMethodIsRefused() {
    Throwable failure = Kit.onlyFailure(Kit.run(SeedOnBeforeAllTestCase.class));
    assertThat(failure)
        .isInstanceOf(org.junit.jupiter.api.extension.ParameterResolutionException.class);
    assertThat(failure.getCause() == null ? failure : failure.getCause())
        .hasMessageContaining(
            "@Seed on @BeforeAll method SeedOnBeforeAllTestCase.setUp() has no effect: @BeforeAll"
                + " methods draw from the test class's seed. Put the @Seed on the class instead.");
  }
}
