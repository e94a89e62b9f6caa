package dev.forgery.junit5;

import dev.forgery.Faker;
import dev.forgery.junit5.internal.ForgeryReport;
import dev.forgery.junit5.internal.Seeds;
import dev.forgery.junit5.internal.Settings;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.DynamicTestInvocationContext;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit Jupiter extension that fills {@link Forged @Forged} parameters and fields with seeded
 * fake data, shows each failed test's seed in its stack trace, and replays the seeds of tests that
 * failed in the previous run.
 *
 * <pre>{@code
 * @ExtendWith(ForgeryExtension.class)
 * class SignupTest {
 *   @Forged Faker faker;                       // fresh for each test
 *
 *   @Test
 *   void acceptsNewUsers(@Forged List<String> emails, @Forged("safe_email") String owner) { ... }
 * }
 * }</pre>
 *
 * <p>Seeds: a test run has one run seed, the configuration parameter {@code forgery.seed} (also as
 * {@code -Dforgery.seed=...}) or a random one. Each test's seed is derived from the run seed and
 * the test's unique id, so its data is the same whether it runs alone, with its class or in
 * parallel; each repetition and parameterized invocation has its own. Each injected parameter or
 * field gets a faker seeded from the test seed and its own name, so adding a parameter does not
 * change the others. {@link Seed @Seed} pins a seed in code.
 *
 * <p>When a test or one of its lifecycle methods fails, the original exception is rethrown
 * unchanged with a suppressed exception that names the test, its seed, the {@code @Seed} line that
 * replays it, the {@code -Dforgery.seed} that replays the run, and the injected values. The seed is
 * also published as the report entry {@code forgery.seed}.
 *
 * <p>Configuration parameters: {@code forgery.seed}, {@code forgery.locale} (default {@code
 * en_US}), {@code forgery.replay} ({@code true}/{@code false}), {@code forgery.replay.file}
 * (default {@code target/forgery/failed-seeds.properties}), {@code forgery.seed.whenfixed} ({@code
 * allow}, {@code warn} or {@code fail}) and, for the run-level report, {@code forgery.report}
 * ({@code normal} or {@code quiet}).
 *
 * <p>The extension is stateless; what it knows about a test lives in that test's {@link
 * ExtensionContext.Store}.
 *
 * @since 0.1.0
 */
public final class ForgeryExtension
    implements ParameterResolver,
        BeforeEachCallback,
        TestExecutionExceptionHandler,
        LifecycleMethodExecutionExceptionHandler,
        InvocationInterceptor,
        TestWatcher {
  private static final Namespace NAMESPACE = Namespace.create(ForgeryExtension.class);
  private static final String REPLAY = "replay file";

  /** Report entry key of a failed test's seed. */
  static final String SEED_ENTRY = "forgery.seed";

  /** Report entry key of the note that a remembered seed was replayed. */
  static final String REPLAY_ENTRY = "forgery.replay";

  /** Report entry key of the warning that a seed is fixed in code. */
  static final String WARNING_ENTRY = "forgery.warning";

  /** Creates the extension; JUnit does this for {@code @ExtendWith(ForgeryExtension.class)}. */
  public ForgeryExtension() {}

  // ---------------------------------------------------------------------------------------------
  // injection

  /**
   * Claims every parameter annotated with {@link Forged @Forged} but those a {@link
   * ForgedSource @ForgedSource} fills.
   *
   * @param parameterContext the parameter
   * @param extensionContext the test or class
   * @return whether the parameter carries {@code @Forged} and is not filled by a source
   */
  @Override
  public boolean supportsParameter(
      ParameterContext parameterContext, ExtensionContext extensionContext) {
    return parameterContext.isAnnotated(Forged.class)
        && parameterContext.getIndex()
            >= Invocations.filled(parameterContext.getDeclaringExecutable());
  }

  /**
   * Creates the value of a {@code @Forged} parameter.
   *
   * @param parameterContext the parameter
   * @param extensionContext the test or class
   * @return the value
   * @throws ParameterResolutionException if the type is not supported or no provider fits; the
   *     message says how to fix it
   */
  @Override
  public Object resolveParameter(
      ParameterContext parameterContext, ExtensionContext extensionContext) {
    Parameter parameter = parameterContext.getParameter();
    Executable executable = parameterContext.getDeclaringExecutable();
    Forged forged = parameterContext.findAnnotation(Forged.class).orElseThrow();
    String where =
        executable.getDeclaringClass().getSimpleName()
            + "."
            + (executable instanceof Method ? executable.getName() : "<init>");
    Forger.Target target =
        new Forger.Target(
            "parameter '" + parameter.getName() + "'",
            where,
            parameter.isNamePresent() ? parameter.getName() : null,
            parameter.getParameterizedType(),
            forged);
    String key = key(executable, parameterContext.getIndex());
    TestState state = state(extensionContext);
    Object value = forge(extensionContext, state, target, key);
    state.injected(parameter.getName(), value);
    return value;
  }

  /**
   * Fills the {@code @Forged} fields of the test instance and its enclosing instances with values
   * for this test, before any {@code @BeforeEach} method runs.
   *
   * @param context the test
   */
  @Override
  public void beforeEach(ExtensionContext context) throws IllegalAccessException {
    TestState state = state(context);
    announce(context, state);
    for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
      for (Class<?> type = instance.getClass();
          type != null && type != Object.class;
          type = type.getSuperclass()) {
        for (Field field : type.getDeclaredFields()) {
          Forged forged = field.getAnnotation(Forged.class);
          if (forged != null) {
            inject(context, state, instance, field, forged);
          }
        }
      }
    }
  }

  private void inject(
      ExtensionContext context, TestState state, Object instance, Field field, Forged forged)
      throws IllegalAccessException {
    String name = field.getDeclaringClass().getSimpleName() + "." + field.getName();
    if (Modifier.isStatic(field.getModifiers()) || Modifier.isFinal(field.getModifiers())) {
      throw new ExtensionConfigurationException(
          "@Forged field "
              + name
              + " is static or final; forgery fills instance fields, fresh for each test."
              + " Make it a non-final instance field, or use a @Forged parameter of @BeforeAll.");
    }
    Forger.Target target =
        new Forger.Target(
            "field '" + field.getName() + "'",
            field.getDeclaringClass().getSimpleName(),
            field.getName(),
            field.getGenericType(),
            forged);
    Object value =
        forge(
            context,
            state,
            target,
            "field " + field.getDeclaringClass().getName() + "#" + field.getName());
    field.setAccessible(true);
    field.set(instance, value);
    state.injected(field.getName(), value);
  }

  /** The seed key of a parameter: its method and position. */
  static String key(Executable executable, int index) {
    return "parameter "
        + executable.getDeclaringClass().getName()
        + "#"
        + executable.getName()
        + "/"
        + index;
  }

  private static Object forge(
      ExtensionContext context, TestState state, Forger.Target target, String key) {
    return forge(context, target, Seeds.derive(state.valueSeed(), key));
  }

  /**
   * Makes the value of a target from a faker of its locale seeded with {@code seed}, with the
   * test's custom providers registered.
   */
  static Object forge(ExtensionContext context, Forger.Target target, long seed) {
    String locale = target.forged().locale().strip();
    if (locale.isEmpty()) {
      locale = config(() -> settings(context).locale());
    }
    Faker faker;
    try {
      faker = new Faker(locale, seed);
    } catch (IllegalArgumentException e) {
      throw Forger.fail(target, "locale '" + locale + "' is not supported", e.getMessage());
    }
    Registrations.apply(context, faker);
    return Forger.forge(target, faker);
  }

  // ---------------------------------------------------------------------------------------------
  // seeds

  private static Settings settings(ExtensionContext context) {
    return Settings.of(context::getConfigurationParameter);
  }

  /** Turns a bad configuration parameter into an error JUnit reports as such. */
  private static <T> T config(Supplier<T> read) {
    try {
      return read.get();
    } catch (IllegalArgumentException e) {
      throw new ExtensionConfigurationException(e.getMessage(), e);
    }
  }

  static TestState state(ExtensionContext context) {
    return context
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            "state " + context.getUniqueId(), key -> newState(context), TestState.class);
  }

  /**
   * The state of a {@link ForgedSource @ForgedSource} test as its arguments are made. A replayed
   * seed is announced once here and forgotten: any invocation that fails remembers it again.
   */
  static TestState templateState(ExtensionContext context) {
    TestState state = state(context);
    if (state.origin() == TestState.Origin.REPLAYED) {
      announce(context, state);
      replayFile(context).ifPresent(replay -> replay.passed(state.stableId()));
    }
    return state;
  }

  private static TestState newState(ExtensionContext context) {
    Optional<ExtensionContext> template = Invocations.templateOf(context);
    if (template.isPresent()) {
      return Invocations.state(state(template.get()), display(context), context.getUniqueId());
    }
    Settings settings = settings(context);
    String test = display(context);
    String stableId = stableId(context.getUniqueId());
    Optional<Seed> classSeed = classSeed(context);
    OptionalLong configured = config(settings::configuredSeed);
    long runSeed =
        classSeed.isPresent()
            ? classSeed.get().value()
            : configured.isPresent() ? configured.getAsLong() : config(settings::runSeed);
    String runHint =
        classSeed.isPresent()
            ? ForgeryReport.seedAnnotation(runSeed) + " on the test class fixes the run seed"
            : "-Dforgery.seed=" + Seeds.hex(runSeed);
    Optional<Seed> methodSeed =
        context.getTestMethod().flatMap(m -> AnnotationSupport.findAnnotation(m, Seed.class));
    if (methodSeed.isPresent()) {
      return new TestState(
          test,
          stableId,
          methodSeed.get().value(),
          "fixed by @Seed on the test method",
          runHint,
          TestState.Origin.METHOD_SEED);
    }
    if (classSeed.isPresent()) {
      return new TestState(
          test,
          stableId,
          Seeds.derive(runSeed, stableId),
          "derived from @Seed on the test class",
          runHint,
          TestState.Origin.CLASS_SEED);
    }
    if (configured.isEmpty() && context.getTestMethod().isPresent()) {
      Optional<ReplayFile> replay = replayFile(context);
      Long remembered = replay.map(r -> r.seedFor(stableId)).orElse(null);
      if (remembered != null) {
        return new TestState(
            test,
            stableId,
            remembered,
            "replayed: this test failed with it last run, see " + replay.get().path(),
            runHint + " replays the other tests; this one needs the @Seed above",
            TestState.Origin.REPLAYED);
      }
    }
    return new TestState(
        test,
        stableId,
        Seeds.derive(runSeed, stableId),
        configured.isPresent() ? "derived from forgery.seed" : "derived from the random run seed",
        runHint,
        TestState.Origin.DERIVED);
  }

  private static Optional<Seed> classSeed(ExtensionContext context) {
    for (Class<?> type = context.getTestClass().orElse(null);
        type != null;
        type = type.getEnclosingClass()) {
      Optional<Seed> seed = AnnotationSupport.findAnnotation(type, Seed.class);
      if (seed.isPresent()) {
        return seed;
      }
    }
    return Optional.empty();
  }

  /** Publishes the notes a test's seed calls for, and applies the fixed-seed guard. */
  private static void announce(ExtensionContext context, TestState state) {
    switch (state.origin()) {
      case REPLAYED:
        context.publishReportEntry(
            REPLAY_ENTRY,
            "replaying seed "
                + Seeds.hex(state.seed())
                + " for "
                + state.test()
                + ", which failed with it last run");
        break;
      case METHOD_SEED:
      case CLASS_SEED:
        Settings.WhenFixed policy = config(() -> settings(context).whenFixed());
        String where = state.origin() == TestState.Origin.METHOD_SEED ? "method" : "class";
        if (policy == Settings.WhenFixed.FAIL) {
          throw new ExtensionConfigurationException(
              state.test()
                  + " runs with a seed fixed by @Seed on its "
                  + where
                  + ", and forgery.seed.whenfixed=fail forbids fixed seeds in this build."
                  + " Remove the @Seed (it is meant for replaying a failure locally), or set"
                  + " forgery.seed.whenfixed=allow.");
        } else if (policy == Settings.WhenFixed.WARN) {
          context.publishReportEntry(
              WARNING_ENTRY,
              state.test()
                  + " runs with a seed fixed by @Seed on its "
                  + where
                  + "; remove it once the failure it replays is fixed");
        }
        break;
      default:
        break;
    }
  }

  /** The part of a unique id from the Jupiter engine on, so a suite around it does not matter. */
  static String stableId(String uniqueId) {
    int engine = uniqueId.lastIndexOf("[engine:");
    return engine > 0 ? uniqueId.substring(engine) : uniqueId;
  }

  private static String display(ExtensionContext context) {
    Deque<String> names = new ArrayDeque<>();
    for (ExtensionContext c = context; c.getParent().isPresent(); c = c.getParent().get()) {
      names.addFirst(c.getDisplayName());
    }
    return String.join(" > ", names);
  }

  private static Optional<ReplayFile> replayFile(ExtensionContext context) {
    Settings settings = settings(context);
    if (!config(settings::replay)) {
      return Optional.empty();
    }
    return Optional.of(
        context
            .getRoot()
            .getStore(NAMESPACE)
            .getOrComputeIfAbsent(
                REPLAY, key -> ReplayFile.load(config(settings::replayFile)), ReplayFile.class));
  }

  // ---------------------------------------------------------------------------------------------
  // failures

  /**
   * Attaches the seed report to a failed test's exception and rethrows it unchanged.
   *
   * @param context the test
   * @param throwable what the test threw
   * @throws Throwable always {@code throwable}
   */
  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable throwable)
      throws Throwable {
    throw report(context, throwable);
  }

  /**
   * Attaches the seed report to a failed {@code @BeforeAll} method's exception and rethrows it.
   *
   * @param context the test class
   * @param throwable what the method threw
   * @throws Throwable always {@code throwable}
   */
  @Override
  public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable throwable)
      throws Throwable {
    throw report(context, throwable);
  }

  /**
   * Attaches the seed report to a failed {@code @BeforeEach} method's exception and rethrows it.
   *
   * @param context the test
   * @param throwable what the method threw
   * @throws Throwable always {@code throwable}
   */
  @Override
  public void handleBeforeEachMethodExecutionException(
      ExtensionContext context, Throwable throwable) throws Throwable {
    throw report(context, throwable);
  }

  /**
   * Attaches the seed report to a failed {@code @AfterEach} method's exception and rethrows it.
   *
   * @param context the test
   * @param throwable what the method threw
   * @throws Throwable always {@code throwable}
   */
  @Override
  public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable throwable)
      throws Throwable {
    throw report(context, throwable);
  }

  /**
   * Attaches the seed report to a failed {@code @AfterAll} method's exception and rethrows it.
   *
   * @param context the test class
   * @param throwable what the method threw
   * @throws Throwable always {@code throwable}
   */
  @Override
  public void handleAfterAllMethodExecutionException(ExtensionContext context, Throwable throwable)
      throws Throwable {
    throw report(context, throwable);
  }

  /**
   * Records the arguments of a {@link ForgedSource @ForgedSource} invocation for its failure
   * report, then runs it.
   *
   * @param invocation the test method's invocation
   * @param invocationContext its method and arguments
   * @param extensionContext the invocation's context
   * @throws Throwable whatever the test throws
   */
  @Override
  public void interceptTestTemplateMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext extensionContext)
      throws Throwable {
    Method method = invocationContext.getExecutable();
    int filled = Math.min(Invocations.filled(method), invocationContext.getArguments().size());
    if (filled > 0) {
      TestState state = state(extensionContext);
      Parameter[] parameters = method.getParameters();
      for (int i = 0; i < filled; i++) {
        state.injected(parameters[i].getName(), invocationContext.getArguments().get(i));
      }
    }
    invocation.proceed();
  }

  /**
   * Attaches the seed report to a failed dynamic test's exception (Jupiter calls no exception
   * handler for dynamic tests) and rethrows it.
   *
   * @param invocation the dynamic test
   * @param invocationContext its executable
   * @param extensionContext the dynamic test's context
   * @throws Throwable whatever the dynamic test threw, unchanged but for the report
   */
  @Override
  public void interceptDynamicTest(
      Invocation<Void> invocation,
      DynamicTestInvocationContext invocationContext,
      ExtensionContext extensionContext)
      throws Throwable {
    try {
      invocation.proceed();
    } catch (Throwable failure) {
      throw report(extensionContext, failure);
    }
  }

  private static Throwable report(ExtensionContext context, Throwable throwable) {
    for (Throwable suppressed : throwable.getSuppressed()) {
      if (suppressed instanceof ForgeryReport) {
        return throwable;
      }
    }
    TestState state;
    try {
      state = existingState(context);
    } catch (RuntimeException e) {
      // A broken configuration must not hide the test's own failure.
      throwable.addSuppressed(e);
      return throwable;
    }
    throwable.addSuppressed(
        new ForgeryReport(
            state.test(), state.seed(), state.seedNote(), state.runHint(), state.injected()));
    context.publishReportEntry(SEED_ENTRY, Seeds.hex(state.seed()));
    return throwable;
  }

  /** The state of this context or the nearest ancestor that has one (e.g. a test factory). */
  private static TestState existingState(ExtensionContext context) {
    for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
      TestState state = c.getStore(NAMESPACE).get("state " + c.getUniqueId(), TestState.class);
      if (state != null) {
        return state;
      }
    }
    return state(context);
  }

  // ---------------------------------------------------------------------------------------------
  // replay bookkeeping

  /**
   * Forgets a replayed seed once its test passes.
   *
   * @param context the test
   */
  @Override
  public void testSuccessful(ExtensionContext context) {
    TestState state =
        context.getStore(NAMESPACE).get("state " + context.getUniqueId(), TestState.class);
    if (state != null && state.origin() == TestState.Origin.REPLAYED) {
      replayFile(context).ifPresent(replay -> replay.passed(state.stableId()));
    }
  }

  /**
   * Remembers the seed of a failed test for the next run.
   *
   * @param context the test
   * @param cause why it failed
   */
  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    try {
      TestState state = existingState(context);
      if (state.origin() == TestState.Origin.DERIVED
          || state.origin() == TestState.Origin.REPLAYED) {
        replayFile(context).ifPresent(replay -> replay.failed(state.stableId(), state.seed()));
      }
    } catch (RuntimeException e) {
      // The failure is already reported; a configuration error shows there too.
    }
  }
}
