package dev.forgery.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forgery.Faker;
import dev.forgery.Forgery;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class ErrorsTest {

  @ExtendWith(ForgeryExtension.class)
  static class UninferableTestCase {
    @Test
    void test(@Forged String xylophone) {}
  }

  @ExtendWith(ForgeryExtension.class)
  static class TypoTestCase {
    @Test
    void test(@Forged("safe_emial") String owner) {}
  }

  @ExtendWith(ForgeryExtension.class)
  static class CloseNameTestCase {
    @Test
    void test(@Forged String emial) {}
  }

  @ExtendWith(ForgeryExtension.class)
  static class UnsupportedTypeTestCase {
    @Test
    void test(@Forged Thread thread) {}
  }

  @ExtendWith(ForgeryExtension.class)
  static class UnsupportedElementTestCase {
    @Test
    void test(@Forged List<Object> things) {}
  }

  @ExtendWith(ForgeryExtension.class)
  static class RawListTestCase {
    @Test
    @SuppressWarnings("rawtypes")
    void test(@Forged List emails) {}
  }

  @ExtendWith(ForgeryExtension.class)
  static class ListOfFakersTestCase {
    @Test
    void test(@Forged List<Faker> fakers) {}
  }

  @ExtendWith(ForgeryExtension.class)
  static class MismatchTestCase {
    @Test
    void test(@Forged("email") int count) {}
  }

  @ExtendWith(ForgeryExtension.class)
  static class SmallSetTestCase {
    @Test
    void test(@Forged(size = 3) Set<Boolean> flags) {}
  }

  @ExtendWith(ForgeryExtension.class)
  static class NegativeSizeTestCase {
    @Test
    void test(@Forged(size = -1) List<String> emails) {}
  }

  @ExtendWith(ForgeryExtension.class)
  static class BadLocaleTestCase {
    @Test
    void test(@Forged(locale = "xx_XX") String name) {}
  }

  @ExtendWith(ForgeryExtension.class)
  static class StaticFieldTestCase {
    @Forged static String name;

    @Test
    void test() {}
  }

  @ExtendWith(ForgeryExtension.class)
  static class InferredNumbersTestCase {
    @Test
    void test(@Forged int name, @Forged("bool") boolean flag, @Forged("uuid") String id) {
      Kit.see("name", name);
      Kit.see("flag", flag);
      Kit.see("id", id);
    }
  }

  private static String message(Class<?> fixture, String... config) {
    Throwable failure = Kit.onlyFailure(Kit.run(fixture, config));
    return failure.getMessage();
  }

  @Test
  void anUninferableNameSaysToNameTheProvider() {
    Throwable failure = Kit.onlyFailure(Kit.run(UninferableTestCase.class));
    assertThat(failure).isInstanceOf(ParameterResolutionException.class);
    assertThat(failure.getMessage())
        .contains("parameter 'xylophone'")
        .contains("UninferableTestCase.test")
        .contains("no provider is called 'xylophone' or a singular of it")
        .contains("Name the provider with @Forged(\"...\"), or rename the parameter")
        .contains("Known providers: [")
        .contains(" email, ");
  }

  @Test
  void aCloseNameIsSuggested() {
    assertThat(message(CloseNameTestCase.class)).contains("e.g. @Forged(\"email\")");
  }

  @Test
  void anUnknownProviderSuggestsTheClosest() {
    assertThat(message(TypoTestCase.class))
        .contains("@Forged(\"safe_emial\") names no provider")
        .contains("did you mean 'safeEmail'");
  }

  @Test
  void unsupportedTypesListWhatWorks() {
    assertThat(message(UnsupportedTypeTestCase.class))
        .contains("java.lang.Thread cannot be forged")
        .contains("Supported: Faker, String");
    assertThat(message(UnsupportedElementTestCase.class))
        .contains("List<java.lang.Object>")
        .contains("Declare it, e.g. List<String>");
    assertThat(message(RawListTestCase.class)).contains("the element type must be a plain class");
    assertThat(message(ListOfFakersTestCase.class)).contains("only a single Faker cannot be");
    assertThat(message(MismatchTestCase.class))
        .contains("provider 'email' gives String values")
        .contains("Name a provider of Integer values, or declare the parameter as String");
    assertThat(message(SmallSetTestCase.class))
        .contains("found only 2 distinct values for a Set of 3")
        .contains("or use a List");
    assertThat(message(NegativeSizeTestCase.class)).contains("size must be >= 0, got -1");
    assertThat(message(BadLocaleTestCase.class))
        .contains("locale 'xx_XX' is not supported")
        .contains("en_US");
    assertThat(message(StaticFieldTestCase.class))
        .contains("@Forged field StaticFieldTestCase.name is static or final");
  }

  @Test
  void numbersFallBackToTheirTypeWhenTheNameNamesAnotherKindOfProvider() {
    Kit.run(InferredNumbersTestCase.class, "forgery.seed", "1")
        .testEvents()
        .assertStatistics(stats -> stats.succeeded(1));
    assertThat((Integer) Kit.seen().get("name")).isBetween(0, 100);
    assertThat(Kit.seen().get("flag")).isInstanceOf(Boolean.class);
    assertThat((String) Kit.seen().get("id")).hasSize(36);
  }

  @Test
  void withoutParameterNamesTheErrorSaysToNameTheProvider() {
    Forged forged = forged("");
    Forger.Target target =
        new Forger.Target("parameter 'arg0'", "T.test", null, String.class, forged);
    assertThatThrownBy(() -> Forger.forge(target, new Faker("en_US", 1L)))
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessageContaining("parameter 'arg0'")
        .hasMessageContaining("parameter names were not compiled in (javac -parameters)")
        .hasMessageContaining("Name the provider: @Forged(\"email\")");
  }

  @Test
  void aNonNumericSeedIsAClearError() {
    Throwable failure = Kit.onlyFailure(Kit.run(UninferableTestCase.class, "forgery.seed", "abc"));
    assertThat(failure)
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "forgery.seed must be a 64-bit seed in decimal (42, -7) or hex (0x5EED), got 'abc'");
  }

  @Test
  void aBlankSeedOrDateIsAnErrorNotARandomRun() {
    // -Dforgery.seed= (as a script passing an unset variable writes it) must not replay nothing
    // while the header says the run is random.
    assertThat(Kit.onlyFailure(Kit.run(UninferableTestCase.class, "forgery.seed", "")))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessageStartingWith("forgery.seed is set but blank: give a 64-bit seed");
    assertThat(Kit.onlyFailure(Kit.run(UninferableTestCase.class, "forgery.today", " ")))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessageStartingWith("forgery.today is set but blank: give an ISO date");
  }

  @ExtendWith(ForgeryExtension.class)
  static class FieldTestCase {
    @Forged String name;

    @Test
    void test() {}
  }

  private static int occurrences(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }

  @ExtendWith(ForgeryExtension.class)
  static class OwnFakersTestCase {
    @Test
    void builder() {
      new Faker().name();
    }

    @Test
    void shortcut() {
      Forgery.fake().name();
    }
  }

  @Test
  void anUnsupportedLocaleNamesItsSettingOnceAndIsNotRemembered(@TempDir Path dir) {
    Path file = dir.resolve("failed-seeds.properties");
    String[] config = {
      "forgery.locale", "xx_XX", "forgery.replay", "true", "forgery.replay.file", file.toString()
    };

    Throwable field = Kit.onlyFailure(Kit.run(FieldTestCase.class, config));
    assertThat(field).isInstanceOf(ExtensionConfigurationException.class);
    assertThat(field.getMessage())
        .startsWith("forgery.locale: locale 'xx_XX' is not supported")
        .contains("supported locales: [")
        .endsWith(
            ". Set forgery.locale (-D or junit-platform.properties) to one of them, or remove it"
                + " for en_US.");
    assertThat(occurrences(field.getMessage(), "xx_XX")).isEqualTo(1);

    Throwable parameter = Kit.onlyFailure(Kit.run(InferredNumbersTestCase.class, config));
    assertThat(parameter).isInstanceOf(ExtensionConfigurationException.class);
    assertThat(parameter.getMessage()).isEqualTo(field.getMessage());

    // Without binding, a parameter meets the setting when it is resolved.
    String[] unbound = {
      "forgery.locale",
      "xx_XX",
      "forgery.replay",
      "true",
      "forgery.replay.file",
      file.toString(),
      "forgery.bind",
      "false"
    };
    Throwable resolved = Kit.onlyFailure(Kit.run(InferredNumbersTestCase.class, unbound));
    assertThat(resolved).isInstanceOf(ParameterResolutionException.class);
    assertThat(resolved.getCause()).isInstanceOf(ExtensionConfigurationException.class);
    assertThat(occurrences(resolved.getMessage(), "is not supported")).isEqualTo(1);
    assertThat(resolved.getMessage()).contains("forgery.locale: locale 'xx_XX'");

    // Tests that only make fakers of their own meet it before they run, not inside their code.
    EngineExecutionResults own = Kit.run(OwnFakersTestCase.class, config);
    own.testEvents().assertStatistics(stats -> stats.failed(2));
    assertThat(Kit.failures(own))
        .allSatisfy(
            failure ->
                assertThat(failure)
                    .isInstanceOf(ExtensionConfigurationException.class)
                    .hasMessage(field.getMessage()));

    // A configuration error is not a failure of the test's data: nothing to replay.
    assertThat(file).doesNotExist();
  }

  @Test
  void anUnsupportedLocaleOnTheAnnotationIsNamedOnce() {
    String message = message(BadLocaleTestCase.class);
    assertThat(message)
        .startsWith("Cannot forge parameter 'name' of type java.lang.String in")
        .contains(": locale 'xx_XX' is not supported")
        .endsWith(
            ". Correct @Forged(locale = ...), or remove it for the default (forgery.locale).");
    assertThat(occurrences(message, "xx_XX")).isEqualTo(1);
  }

  @Test
  void aReplayFileSettingThatIsNoPathNamesItsKey() {
    assertThat(
            message(
                InferredNumbersTestCase.class,
                "forgery.replay",
                "true",
                "forgery.replay.file",
                "a\u0000b"))
        .startsWith("forgery.replay.file must be a file path, got 'a\u0000b' (");
  }

  @ExtendWith(ForgeryExtension.class)
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  @Execution(ExecutionMode.CONCURRENT)
  static class SharedInstanceTestCase {
    @Forged String email;

    @Test
    void one() {}

    @Test
    void two() {}
  }

  @ExtendWith(ForgeryExtension.class)
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  @Execution(ExecutionMode.CONCURRENT)
  static class SharedInstanceParametersTestCase {
    @Test
    void one(@Forged String email) {}

    @Test
    void two(@Forged String email) {}
  }

  @ExtendWith(ForgeryExtension.class)
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  static class SharedOuterTestCase {
    @Forged String name;

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_METHOD)
    @Execution(ExecutionMode.CONCURRENT)
    class Inner {
      @Test
      void one() {}
    }
  }

  private static final String[] PARALLEL = {
    "junit.jupiter.execution.parallel.enabled", "true", "forgery.replay", "true"
  };

  private static String[] parallel(Path file) {
    String[] config = java.util.Arrays.copyOf(PARALLEL, PARALLEL.length + 2);
    config[PARALLEL.length] = "forgery.replay.file";
    config[PARALLEL.length + 1] = file.toString();
    return config;
  }

  @Test
  void fieldsOfAnInstanceSharedByConcurrentTestsAreRefused(@TempDir Path dir) {
    Path file = dir.resolve("failed-seeds.properties");
    List<Throwable> failures = Kit.failures(Kit.run(SharedInstanceTestCase.class, parallel(file)));
    assertThat(failures).hasSize(2);
    assertThat(failures)
        .allSatisfy(
            f ->
                assertThat(f)
                    .isInstanceOf(ExtensionConfigurationException.class)
                    .hasMessageStartingWith(
                        "@Forged field SharedInstanceTestCase.email cannot be filled for"
                            + " ErrorsTest$SharedInstanceTestCase > ")
                    .hasMessageContaining(
                        ": SharedInstanceTestCase has one instance for all its tests"
                            + " (@TestInstance(PER_CLASS)) and they run concurrently")
                    .hasMessageContaining("Take the value as a @Forged parameter")
                    .hasMessageContaining("(@Execution(ExecutionMode.SAME_THREAD))")
                    .hasMessageContaining("the default PER_METHOD lifecycle"));
    assertThat(file).doesNotExist();

    assertThat(Kit.onlyFailure(Kit.run(SharedOuterTestCase.class, parallel(file))))
        .hasMessageStartingWith(
            "@Forged field SharedOuterTestCase.name cannot be filled for"
                + " ErrorsTest$SharedOuterTestCase > Inner > one()");
  }

  @Test
  void sharedInstancesAreFineForParametersAndWithoutParallelExecution(@TempDir Path dir) {
    Path file = dir.resolve("failed-seeds.properties");
    Kit.run(SharedInstanceParametersTestCase.class, parallel(file))
        .testEvents()
        .assertStatistics(stats -> stats.succeeded(2));
    Kit.run(SharedInstanceTestCase.class)
        .testEvents()
        .assertStatistics(stats -> stats.succeeded(2));
    Kit.run(SharedOuterTestCase.class).testEvents().assertStatistics(stats -> stats.succeeded(1));
  }

  @Test
  void badConfigurationValuesAreClearErrors() {
    assertThat(message(InferredNumbersTestCase.class, "forgery.locale", "zz"))
        .contains("locale 'zz' is not supported");
    assertThat(message(InferredNumbersTestCase.class, "forgery.replay", "maybe"))
        .isEqualTo("forgery.replay must be 'true' or 'false', got 'maybe'");
    assertThat(message(PinnedTestCase.class, "forgery.seed.whenfixed", "never"))
        .isEqualTo("forgery.seed.whenfixed must be 'allow', 'warn' or 'fail', got 'never'");
  }

  @ExtendWith(ForgeryExtension.class)
  static class PinnedTestCase {
    @Test
    @Seed(1)
    void pinned(@Forged String name) {}
  }

  @ExtendWith(ForgeryExtension.class)
  @Seed(2)
  static class PinnedClassTestCase {
    @Test
    void test(@Forged String name) {}
  }

  @Test
  void fixedSeedsAreAllowedByDefaultAndCanWarnOrFail() {
    Kit.run(PinnedTestCase.class).testEvents().assertStatistics(stats -> stats.succeeded(1));

    EngineExecutionResults warned =
        Kit.run(PinnedClassTestCase.class, "forgery.seed.whenfixed", "warn");
    warned.testEvents().assertStatistics(stats -> stats.succeeded(1));
    assertThat(
            warned.allEvents().reportingEntryPublished().stream()
                .map(e -> e.getRequiredPayload(ReportEntry.class).getKeyValuePairs()))
        .containsExactly(
            Map.of(
                "forgery.warning",
                "ErrorsTest$PinnedClassTestCase > test(String) runs with a seed fixed by @Seed on"
                    + " its class; remove it once the failure it replays is fixed"));

    Throwable failure =
        Kit.onlyFailure(Kit.run(PinnedTestCase.class, "forgery.seed.whenfixed", "FAIL"));
    assertThat(failure)
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessageContaining("pinned(String) runs with a seed fixed by @Seed on its method")
        .hasMessageContaining("forgery.seed.whenfixed=fail forbids fixed seeds");
  }

  static Forged forged(String value) {
    Forged forged = Forgeds.named(value);
    assertThat(Forgeds.hasDefaults(forged)).isTrue();
    return forged;
  }
}
