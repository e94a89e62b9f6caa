package dev.forgery.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forgery.Faker;
import dev.forgery.junit5.internal.ForgeryReport;
import dev.forgery.junit5.internal.Seeds;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.commons.validator.routines.EmailValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** {@code @ForgedSource}: parameterized tests whose every parameter is forged, per invocation. */
class ForgedSourceTest {
  enum Plan {
    FREE,
    PRO
  }

  /** The invocation's index, from its display name {@code [3] ...}. */
  static int index(TestInfo info) {
    String name = info.getDisplayName();
    return Integer.parseInt(name.substring(1, name.indexOf(']')));
  }

  static class SampledTestCase {
    @Forged String nickname;

    @ParameterizedTest
    @ForgedSource(samples = 5)
    void sampled(
        String email,
        @Forged(min = "18", max = "30") int age,
        @Forged(oneOf = {"FREE", "PRO"}) Plan plan,
        @Forged(size = 3) List<String> cities,
        TestInfo info) {
      Kit.see(
          String.valueOf(index(info)),
          List.of(email, age, plan, cities, nickname, info.getDisplayName()));
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyParameterOfEveryInvocationIsForged() {
    Map<String, Object> seen = Kit.passed(SampledTestCase.class, 3, 5);
    assertThat(seen).containsOnlyKeys("1", "2", "3", "4", "5");
    EmailValidator valid = EmailValidator.getInstance();
    List<Object> emails = new ArrayList<>();
    List<Object> nicknames = new ArrayList<>();
    for (Object value : seen.values()) {
      List<Object> invocation = (List<Object>) value;
      assertThat((String) invocation.get(0)).matches(valid::isValid);
      assertThat((Integer) invocation.get(1)).isBetween(18, 30);
      assertThat(invocation.get(2)).isIn(Plan.FREE, Plan.PRO);
      assertThat((List<String>) invocation.get(3)).hasSize(3).doesNotContainNull();
      // JUnit 5 writes name=value, JUnit 6 name = value.
      assertThat((String) invocation.get(5))
          .containsPattern("email ?= ?" + Pattern.quote("\"" + invocation.get(0) + "\""))
          .containsPattern("age ?= ?" + invocation.get(1))
          .containsPattern("cities ?= ?\\[\"");
      emails.add(invocation.get(0));
      nicknames.add(invocation.get(4));
    }
    // Each invocation has values of its own, its @Forged fields included.
    assertThat(new HashSet<>(emails)).hasSize(5);
    assertThat(new HashSet<>(nicknames)).hasSize(5);
  }

  @Test
  void theRunSeedDecidesEveryInvocation() {
    Map<String, Object> first = Kit.sameTwice(SampledTestCase.class, 3);
    Kit.run(SampledTestCase.class, "forgery.seed", "4");
    assertThat(Kit.seen().get("1")).isNotEqualTo(first.get("1"));
  }

  static class PinnedTestCase {
    @ParameterizedTest
    @ForgedSource(samples = 3)
    @Seed(0x5EEDL)
    void pinned(String email, TestInfo info) {
      Kit.see(String.valueOf(index(info)), email);
    }
  }

  @Test
  void aSeedOnTheMethodPinsEveryInvocationToItsOwnValues() throws NoSuchMethodException {
    Kit.run(PinnedTestCase.class, "forgery.seed", "1");
    Map<String, Object> first = Kit.seen();
    Kit.run(PinnedTestCase.class, "forgery.seed", "2");
    assertThat(Kit.seen()).isEqualTo(first).hasSize(3);
    assertThat(new HashSet<>(first.values())).hasSize(3);
    Method method = PinnedTestCase.class.getDeclaredMethod("pinned", String.class, TestInfo.class);
    for (int i = 1; i <= 3; i++) {
      assertThat(first.get(String.valueOf(i))).isEqualTo(email(0x5EEDL, i, method));
    }
  }

  /** The email forged for parameter 0 of invocation {@code i} of a test seeded {@code seed}. */
  private static Object email(long seed, int i, Method method) {
    long value = Seeds.injected(Invocations.seed(seed, i), method.getParameters()[0].getName());
    return new Faker("en_US", value).provider("email").next();
  }

  static volatile int failOn;

  @ExtendWith(ForgeryExtension.class) // registered twice: by the class and by @ForgedSource
  static class FailingTestCase {
    @ParameterizedTest
    @ForgedSource(samples = 3)
    void failing(
        String email, @Forged(min = "1", max = "9", size = 4) int[] digits, TestInfo info) {
      Kit.see(String.valueOf(index(info)), email);
      if (index(info) == failOn) {
        throw new AssertionError("invocation " + failOn);
      }
    }
  }

  @Test
  void aFailedInvocationReportsTheSeedThatReplaysEveryInvocationAndItsArguments()
      throws NoSuchMethodException {
    failOn = 2;
    Throwable failure = Kit.onlyFailure(Kit.run(FailingTestCase.class, "forgery.seed", "7"));
    assertThat(failure).isExactlyInstanceOf(AssertionError.class).hasMessage("invocation 2");
    ForgeryReport report = ForgeryReport.in(failure);
    String text = report.getMessage();
    String email = (String) Kit.seen().get("2");
    assertThat(text)
        .startsWith(
            "forgery seed " + Seeds.hex(report.seed()) + " for ForgedSourceTest$FailingTestCase")
        .containsPattern(
            Pattern.quote("failing(String, int[], TestInfo) > [2] email")
                + " ?= ?"
                + Pattern.quote("\"" + email + "\""))
        .contains(
            "(derived from forgery.seed; @ForgedSource invocation #2: the @Seed replays every"
                + " invocation)")
        .contains("replay this test: " + ForgeryReport.seedAnnotation(report.seed()))
        .contains("replay the run:   -Dforgery.seed=0x7")
        .contains("\n      email = \"" + email + "\"")
        .contains("\n      digits = [");
    // Registered by the class and by @ForgedSource, the extension still records each value once.
    assertThat(text.split("\n      email = ", -1)).hasSize(2);
    // The reported seed is the test's: with it pinned, invocation 2 gets exactly these values.
    Method method =
        FailingTestCase.class.getDeclaredMethod(
            "failing", String.class, int[].class, TestInfo.class);
    assertThat(email).isEqualTo(email(report.seed(), 2, method));
  }

  @Test
  void aFailedInvocationsTestIsRememberedReplayedAndForgottenOncePassing(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("failed-seeds.properties");
    String[] config = {"forgery.replay", "true", "forgery.replay.file", file.toString()};
    failOn = 2;
    Throwable failure = Kit.onlyFailure(Kit.run(FailingTestCase.class, config));
    long seed = ForgeryReport.in(failure).seed();
    Map<String, Object> first = new TreeMap<>(Kit.seen());
    // Invocation 3 passed after 2 failed: the test stays remembered, under its own id.
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1))
        .contains("ForgedSourceTest$FailingTestCase]/[test-template\\:failing(")
        .doesNotContain("invocation")
        .endsWith("=" + Seeds.hex(seed));

    failOn = 3;
    EngineExecutionResults replayed = Kit.run(FailingTestCase.class, config);
    Throwable again = Kit.onlyFailure(replayed);
    assertThat(new TreeMap<>(Kit.seen())).isEqualTo(first);
    assertThat(ForgeryReport.in(again).seed()).isEqualTo(seed);
    assertThat(again.getSuppressed()[0].getMessage())
        .contains("(replayed: this test failed with it last run, see " + file);
    assertThat(
            replayed.allEvents().reportingEntryPublished().stream()
                .map(e -> e.getRequiredPayload(ReportEntry.class).getKeyValuePairs())
                .filter(m -> m.containsKey("forgery.replay")))
        .hasSize(1);
    assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).hasSize(2);

    failOn = 0;
    Kit.run(FailingTestCase.class, config)
        .testEvents()
        .assertStatistics(stats -> stats.succeeded(3));
    assertThat(new TreeMap<>(Kit.seen())).isEqualTo(first);
    assertThat(Files.readAllLines(file, StandardCharsets.UTF_8))
        .containsExactly("# forgery: seeds of failed tests, replayed on the next run.");
  }

  static class NoSamplesTestCase {
    @ParameterizedTest
    @ForgedSource(samples = 0)
    void none(String email) {}
  }

  static class UnforgeableTestCase {
    @ParameterizedTest
    @ForgedSource
    void unforgeable(String email, Thread thread) {}
  }

  static class BadBoundTestCase {
    @ParameterizedTest
    @ForgedSource
    void bad(@Forged(min = "9", max = "1") int count) {}
  }

  @Test
  void mistakesFailTheTestWithClearMessages() {
    assertThat(Kit.onlyFailure(Kit.run(NoSamplesTestCase.class)))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "@ForgedSource(samples = 0) on NoSamplesTestCase.none: samples must be >= 1."
                + " Use @ForgedSource(samples = 10) or similar.");
    assertThat(Kit.onlyFailure(Kit.run(UnforgeableTestCase.class)))
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessageContaining(
            "Cannot forge parameter 'thread' of type java.lang.Thread in"
                + " UnforgeableTestCase.unforgeable: java.lang.Thread cannot be forged");
    assertThat(Kit.onlyFailure(Kit.run(BadBoundTestCase.class)))
        .hasMessageContaining("parameter 'count'")
        .hasMessageContaining("min = \"9\" is greater than max = \"1\"");
  }

  static class MixedSourcesTestCase {
    @ParameterizedTest
    @ForgedSource(samples = 2)
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 2})
    void mixed(int count, @Forged String email) {}
  }

  @Test
  void anotherSourceOnTheSameTestIsNamedInTheFailure() {
    // The other source's invocations left 'email' to no resolver, with only JUnit's message.
    assertThat(Kit.failures(Kit.run(MixedSourcesTestCase.class)))
        .anySatisfy(
            failure ->
                assertThat(failure)
                    .isInstanceOf(ExtensionConfigurationException.class)
                    .hasMessage(
                        "@ForgedSource on MixedSourcesTestCase.mixed fills every parameter, so it"
                            + " cannot share the test with another source of arguments"
                            + " (ValueArgumentsProvider). Move those cases to a test of their"
                            + " own, or drop @ForgedSource and keep @Forged on the parameters"
                            + " after the other source's."));
  }

  static class DefaultSamplesTestCase {
    @ParameterizedTest
    @ForgedSource
    void sampled(@Forged("safe_email") String owner, TestInfo info) {
      Kit.see(String.valueOf(index(info)), owner);
    }
  }

  @Test
  void tenSamplesByDefault() {
    Kit.run(DefaultSamplesTestCase.class)
        .testEvents()
        .assertStatistics(stats -> stats.succeeded(10));
    assertThat(Kit.seen().values())
        .allMatch(v -> ((String) v).matches(".*@example\\.(com|org|net)"));
  }
}
