package dev.forgery.junit5;

import dev.forgery.junit5.internal.Seeds;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * What the extension needs to know about {@link ForgedSource @ForgedSource} tests and their
 * invocations. Kept apart from {@link ForgedArguments}, which implements JUnit's parameterized-test
 * interfaces, so that the extension runs without {@code junit-jupiter-params} on the class path.
 */
final class Invocations {
  /** {@link #filled} of each executable, worked out once. */
  private static final PerClass<Executable, Integer> FILLED = new PerClass<>();

  /** Whether each test method is a {@code @ForgedSource} test. */
  private static final PerClass<Method, Boolean> SOURCE_TESTS = new PerClass<>();

  private Invocations() {}

  /**
   * The seed of invocation {@code index} of a test seeded {@code testSeed}: what its arguments and
   * its {@code @Forged} fields are derived from.
   *
   * @param testSeed the {@code @ForgedSource} test's seed
   * @param index the invocation's index, from 1, as JUnit counts them
   * @return the invocation's seed
   */
  static long seed(long testSeed, long index) {
    return Seeds.derive(testSeed, "invocation #" + index);
  }

  /**
   * How many parameters of a method a {@code @ForgedSource} fills: all but trailing ones of JUnit's
   * own types ({@code TestInfo}, {@code TestReporter}), which JUnit resolves; none without one.
   *
   * @param executable a test method or any executable
   * @return the number of parameters filled
   */
  static int filled(Executable executable) {
    // find and remember rather than a function: this is on the first test's path (ADR 0034)
    Integer filled = FILLED.find(executable.getDeclaringClass(), executable);
    return filled != null
        ? filled
        : FILLED.remember(executable.getDeclaringClass(), executable, count(executable));
  }

  private static int count(Executable executable) {
    if (!AnnotationSupport.isAnnotated(executable, ForgedSource.class)) {
      return 0;
    }
    Parameter[] parameters = executable.getParameters();
    int count = parameters.length;
    while (count > 0 && parameters[count - 1].getType().getName().startsWith("org.junit.")) {
      count--;
    }
    return count;
  }

  /**
   * The {@code @ForgedSource} test whose invocation {@code context} is, if it is one.
   *
   * @param context any context
   * @return the test's (the test template's) context, or empty
   */
  static Optional<ExtensionContext> templateOf(ExtensionContext context) {
    Method method = context.getTestMethod().orElse(null);
    if (method == null) {
      return Optional.empty();
    }
    Optional<ExtensionContext> parent = context.getParent();
    return PerClass.annotated(SOURCE_TESTS, method, ForgedSource.class)
            && parent.isPresent()
            && parent.get().getTestMethod().isPresent()
        ? parent
        : Optional.empty();
  }

  /**
   * The state of one invocation of a {@code @ForgedSource} test: reported and remembered under the
   * test's seed and id, since pasting that seed replays every invocation, while its own values
   * ({@code @Forged} fields) come from the invocation's seed, as its arguments do.
   *
   * @param test the state of the test (the template)
   * @param display the invocation's display path
   * @param uniqueId the invocation's unique id, which ends with its index
   * @return the invocation's state
   */
  static TestState state(TestState test, String display, String uniqueId) {
    long index = index(uniqueId);
    return test.invocation(
        display,
        index > 0 ? seed(test.seed(), index) : Seeds.derive(test.seed(), uniqueId),
        test.seedNote()
            + "; @ForgedSource invocation "
            + (index > 0 ? "#" + index : uniqueId)
            + ": the @Seed replays every invocation");
  }

  /**
   * The index JUnit gave an invocation, read from the end of its unique id ({@code
   * [test-template-invocation:#3]}).
   *
   * @param uniqueId the invocation's unique id
   * @return the index, or {@code -1} if the id does not end with one
   */
  static long index(String uniqueId) {
    int hash = uniqueId.lastIndexOf(":#");
    if (hash < 0 || !uniqueId.endsWith("]")) {
      return -1;
    }
    try {
      return Long.parseLong(uniqueId.substring(hash + 2, uniqueId.length() - 1));
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
