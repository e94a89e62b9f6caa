package dev.forgery.benchmarks.overhead;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What an extension costs per test: one test class of {@value #REPETITIONS} repetitions, run
 * through the JUnit Platform Launcher (discovery and execution, one launcher per trial), in
 * variants that take the same three values (an email address, a list of {@value #SIZE} email
 * addresses, a six-field {@link Customer}). The score is microseconds per test; a variant's
 * overhead is its score minus {@code plain}'s, of which {@code constant}'s share is JUnit's own
 * cost of resolving three parameters.
 *
 * <ul>
 *   <li>{@code plain}: no extension, constants written by hand ({@link PlainRepeated});
 *   <li>{@code constant}: the same constants as three parameters from a resolver that does nothing
 *       else ({@link ConstantRepeated}), the floor of any extension that injects parameters;
 *   <li>{@code constant-shaped}: the same, the parameters' annotation shaped like {@code @Forged}
 *       ({@link ConstantShapedRepeated}): against {@code constant}, what JUnit spends on an
 *       annotation of that shape;
 *   <li>{@code inert-fields}: an extension with forgery's seven extension interfaces that only sets
 *       three fields to the constants ({@link InertFieldsRepeated}), the floor of {@code
 *       forgery-fields};
 *   <li>{@code minimal-fields}: an extension with one interface, a {@code beforeEach} setting the
 *       same three fields ({@link MinimalFieldsRepeated}): against {@code inert-fields}, what JUnit
 *       spends on the other six interfaces;
 *   <li>{@code forgery}: three {@code @Forged} parameters ({@link ForgeryRepeated});
 *   <li>{@code forgery-fields}: three {@code @Forged} fields, no parameters ({@link
 *       ForgeryFieldsRepeated});
 *   <li>{@code forgery-by-hand}: no extension, a forgery {@code Faker} seeded for each repetition
 *       and called by hand in the test ({@link ForgeryByHandRepeated}), the values' own cost;
 *   <li>{@code instancio}: three {@code @Given} parameters ({@link InstancioRepeated});
 *   <li>{@code datafaker}: a Datafaker field called by hand in the test ({@link
 *       DatafakerRepeated}).
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// JUnit's own code (streams over extension registries, annotation searches) is slow to settle:
// with 5 warm-up iterations one fork's measured iterations ran from 107 to 224 us and the forks'
// means were 177, 428 and 173 us; with 25, the error fell to about a tenth of the score.
@Warmup(iterations = 25, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
public class ExtensionOverhead {
  /** Repetitions of each variant's test, per launcher run. */
  public static final int REPETITIONS = 100;

  /** Elements of the injected list. */
  public static final int SIZE = 10;

  /** The variant run. */
  @Param({
    "plain",
    "constant",
    "constant-shaped",
    "inert-fields",
    "minimal-fields",
    "forgery",
    "forgery-fields",
    "forgery-by-hand",
    "instancio",
    "datafaker"
  })
  public String variant;

  private Launcher launcher;
  private LauncherDiscoveryRequest request;

  /** Creates the benchmark state; JMH does this. */
  public ExtensionOverhead() {}

  /** Creates the launcher and the discovery request of the variant's test class. */
  @Setup(Level.Trial)
  public void setUp() {
    launcher = LauncherFactory.create();
    request =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(selectClass(testClass(variant)))
            .configurationParameter("forgery.seed", "42")
            .configurationParameter("forgery.replay", "false")
            .build();
    long passed = run();
    if (passed != REPETITIONS) {
      throw new IllegalStateException(variant + ": " + passed + " of " + REPETITIONS + " passed");
    }
  }

  private static Class<?> testClass(String variant) {
    switch (variant) {
      case "plain":
        return PlainRepeated.class;
      case "constant":
        return ConstantRepeated.class;
      case "constant-shaped":
        return ConstantShapedRepeated.class;
      case "inert-fields":
        return InertFieldsRepeated.class;
      case "minimal-fields":
        return MinimalFieldsRepeated.class;
      case "forgery":
        return ForgeryRepeated.class;
      case "forgery-fields":
        return ForgeryFieldsRepeated.class;
      case "forgery-by-hand":
        return ForgeryByHandRepeated.class;
      case "instancio":
        return InstancioRepeated.class;
      case "datafaker":
        return DatafakerRepeated.class;
      default:
        throw new IllegalArgumentException(
            "variant: "
                + variant
                + " is none of plain, constant, constant-shaped, inert-fields, minimal-fields, forgery, forgery-fields,"
                + " forgery-by-hand, instancio,"
                + " datafaker");
    }
  }

  /**
   * Discovers and runs the variant's test class once.
   *
   * @return the repetitions that passed
   */
  @Benchmark
  @OperationsPerInvocation(REPETITIONS)
  public long run() {
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launcher.execute(request, listener);
    TestExecutionSummary summary = listener.getSummary();
    if (summary.getTotalFailureCount() > 0) {
      throw new IllegalStateException(
          variant + " failed: " + summary.getFailures().get(0).getException(),
          summary.getFailures().get(0).getException());
    }
    return summary.getTestsSucceededCount();
  }

  /**
   * Fails the test unless its values are all there; keeps them alive.
   *
   * @param email the email address
   * @param emails the list
   * @param customer the record
   */
  static void check(String email, List<String> emails, Customer customer) {
    if (email == null
        || emails.size() != SIZE
        || customer == null
        || customer.email() == null
        || customer.dateOfBirth() == null) {
      throw new AssertionError("missing values: " + email + ", " + emails + ", " + customer);
    }
  }
}
