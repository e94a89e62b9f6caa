package dev.forgery.junit5;

import dev.forgery.Faker;
import dev.forgery.internal.binding.TestBinding;
import dev.forgery.junit5.internal.ForgeryReport;
import dev.forgery.junit5.internal.RunReport;
import dev.forgery.junit5.internal.RunSeed;
import dev.forgery.junit5.internal.Seeds;
import dev.forgery.junit5.internal.Settings;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.AfterEachCallback;
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
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.junit.jupiter.api.extension.TestInstantiationAwareExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.opentest4j.TestAbortedException;

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
 * change the others, and a test copied into another class keeps its values. {@link Seed @Seed} pins
 * a seed in code.
 *
 * <p>Data made without a seed: from before the first {@code @BeforeEach} method to after the last
 * {@code @AfterEach} method (and in each dynamic test), a test's seed is bound to its thread and to
 * the threads it starts, so {@code new Faker()} and the {@code Forgery} shortcuts in builders and
 * helpers draw from it and replay with it ({@code forgery.bind=false} turns this off). Fakers made
 * outside any test, such as in a {@code static} field, are not bound.
 *
 * <p>Relative dates count from the run's date: the configuration parameter {@code forgery.today}
 * (an ISO date), or the current UTC date when the run starts. The replay lines print it.
 *
 * <p>When a test or one of its lifecycle methods fails, the original exception is rethrown
 * unchanged with a suppressed exception that names the test, its seed, the {@code @Seed} line that
 * replays it, the {@code -Dforgery.seed} that replays the run, and the injected values. The seed is
 * also published as the report entry {@code forgery.seed}, and the report in one line as {@code
 * forgery.failure}, which the extension also prints while the test runs, for consoles that trim
 * stack traces.
 *
 * <p>A failed dynamic test is remembered under its {@code @TestFactory}, whose seed made its data.
 * The replay file never fails a test: a malformed line is skipped, and a file that cannot be read
 * or written only turns replay off; each problem is reported once as the report entry {@code
 * forgery.warning}. A bad configuration parameter fails the tests that need it with an error naming
 * the parameter, and is not remembered as a failure.
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
        AfterEachCallback,
        TestExecutionExceptionHandler,
        LifecycleMethodExecutionExceptionHandler,
        InvocationInterceptor,
        TestInstancePreConstructCallback,
        TestWatcher {
  private static final Namespace NAMESPACE = Namespace.create(ForgeryExtension.class);

  static {
    Warmup.start();
  }

  /** Guards the making of a test's state, once per context (see {@link #state}). */
  private static final Object STATE_LOCK = new Object();

  private static final String REPLAY = "replay file";
  private static final String PARALLEL_ENABLED = "junit.jupiter.execution.parallel.enabled";
  private static final String RUN_REPORT = "run report";
  private static final String RUN_SEED = "run seed";

  /** Whether each parameter carries {@code @Forged}. */
  private static final PerClass<Parameter, Boolean> FORGED = new PerClass<>();

  /** The {@code @Seed} of each test class or the nearest enclosing class that has one. */
  private static final PerClass<Boolean, Optional<Seed>> CLASS_SEEDS = new PerClass<>();

  /** The {@code @Seed} of each test method. */
  private static final PerClass<Method, Optional<Seed>> METHOD_SEEDS = new PerClass<>();

  /** The target of each {@code @Forged} parameter, by parameter. */
  private static final PerClass<Parameter, Injection> TARGETS = new PerClass<>();

  /** The target of each {@code @Forged} field, by field. */
  private static final PerClass<Field, Injection> FIELD_TARGETS = new PerClass<>();

  /** The {@code @Forged} fields of each test class (one entry per class). */
  private static final PerClass<Boolean, List<Field>> FIELDS = new PerClass<>();

  /** Whether each test method is a {@code @TestFactory}. */
  private static final PerClass<Method, Boolean> FACTORIES = new PerClass<>();

  /**
   * The key of what belongs to one context alone in its store. A store also answers with its
   * parents' entries, so the key names the context itself (a dynamic test must not find its
   * factory's state as its own). JUnit passes a test the same context object in every callback, and
   * its contexts compare by identity, so the key holds the object: its unique id would be formatted
   * into a new string on every look-up.
   *
   * @param what what is kept, e.g. {@code state}
   * @param context the context
   */
  private record Own(String what, ExtensionContext context) {
    // equals and hashCode are written out: a record's own are made through
    // java.lang.runtime.ObjectMethods on first use, which took about 40 ms in a fresh JVM (the
    // first record of a JVM; RESULTS.md), on the way to the first value.
    @Override
    public boolean equals(Object o) {
      return o instanceof Own other && what.equals(other.what) && context == other.context;
    }

    @Override
    public int hashCode() {
      return 31 * what.hashCode() + System.identityHashCode(context);
    }

    static Own state(ExtensionContext context) {
      return new Own("state", context);
    }

    static Own binding(ExtensionContext context) {
      return new Own("binding", context);
    }
  }

  /**
   * A parameter's or field's target, worked out once, and the provider its name infers to.
   *
   * @param target the target
   * @param inferred the provider inferred for it, remembered
   */
  private record Injection(Forger.Target target, Forger.Inferred inferred) {
    Injection(Forger.Target target) {
      this(target, new Forger.Inferred());
    }
  }

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
    Class<?> owner = parameterContext.getDeclaringExecutable().getDeclaringClass();
    Parameter parameter = parameterContext.getParameter();
    Boolean forged = FORGED.find(owner, parameter);
    if (forged == null) {
      forged = FORGED.remember(owner, parameter, parameterContext.isAnnotated(Forged.class));
    }
    return forged
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
    if (parameterContext.getDeclaringExecutable() instanceof Constructor
        && extensionContext.getTestMethod().isEmpty()
        && extensionContext.getTestInstanceLifecycle().orElse(TestInstance.Lifecycle.PER_CLASS)
            == TestInstance.Lifecycle.PER_METHOD) {
      throw new ParameterResolutionException(
          "parameter '"
              + parameter.getName()
              + "' of "
              + parameterContext.getDeclaringExecutable().getDeclaringClass().getSimpleName()
              + "'s constructor: a new instance is made for every test, but JUnit Jupiter before"
              + " 5.12 does not tell an extension which test it is for, so every test would get"
              + " the same value. Use JUnit Jupiter 5.12 or newer, a @Forged field or test method"
              + " parameter, or @TestInstance(PER_CLASS) for one value per class.");
    }
    Class<?> owner = parameterContext.getDeclaringExecutable().getDeclaringClass();
    Injection injection = TARGETS.find(owner, parameter);
    if (injection == null) {
      injection = TARGETS.remember(owner, parameter, new Injection(target(parameterContext)));
    }
    TestState state = state(extensionContext);
    long seed =
        parameter.isNamePresent()
            ? Seeds.injected(state.valueSeed(), parameter.getName())
            : Seeds.injected(state.valueSeed(), parameterContext.getIndex());
    Object value = forge(extensionContext, injection.target(), injection.inferred(), seed);
    state.injected(parameter.getName(), value);
    return value;
  }

  /**
   * Asks JUnit (5.12 and newer) for the test's own context when it makes a test instance, so that a
   * {@code @Forged} constructor parameter is seeded by the test the instance is made for; a class
   * whose one instance serves every test ({@code PER_CLASS}) still gets the class's context. JUnit
   * before 5.12 never calls this, and passes the class's context.
   *
   * @param rootContext the root context
   * @return {@code TEST_METHOD}
   */
  @Override
  public TestInstantiationAwareExtension.ExtensionContextScope
      getTestInstantiationExtensionContextScope(ExtensionContext rootContext) {
    return TestInstantiationAwareExtension.ExtensionContextScope.TEST_METHOD;
  }

  /**
   * Binds the test's seed before its instance is made, where JUnit says which test the instance is
   * for (5.12 and newer, a per-method class): the fakers and builders that instance fields make as
   * they are initialised then draw from the test's seed, and replay with it.
   *
   * @param factoryContext the instance about to be made
   * @param context the test, or the class where JUnit gives no test
   */
  @Override
  public void preConstructTestInstance(
      TestInstanceFactoryContext factoryContext, ExtensionContext context) {
    if (context.getTestMethod().isPresent()) {
      bind(context, state(context).valueSeed());
    }
  }

  /** What a {@code @Forged} parameter is, worked out from its declaration once. */
  private static Forger.Target target(ParameterContext parameterContext) {
    Parameter parameter = parameterContext.getParameter();
    Executable executable = parameterContext.getDeclaringExecutable();
    Forged forged = parameterContext.findAnnotation(Forged.class).orElseThrow();
    String where =
        executable.getDeclaringClass().getSimpleName()
            + "."
            + (executable instanceof Method ? executable.getName() : "<init>");
    return new Forger.Target(
        "parameter '" + parameter.getName() + "'",
        where,
        parameter.isNamePresent() ? parameter.getName() : null,
        parameter.getParameterizedType(),
        forged);
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
    bind(context, state.valueSeed());
    for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
      List<Field> fields = FIELDS.find(instance.getClass(), Boolean.TRUE);
      if (fields == null) {
        fields =
            FIELDS.remember(instance.getClass(), Boolean.TRUE, forgedFields(instance.getClass()));
      }
      for (Field field : fields) {
        inject(context, state, instance, field, field.getAnnotation(Forged.class));
      }
    }
  }

  /** The {@code @Forged} fields of a class and its superclasses, the class's own first. */
  private static List<Field> forgedFields(Class<?> testClass) {
    List<Field> fields = new ArrayList<>();
    for (Class<?> type = testClass;
        type != null && type != Object.class;
        type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (field.isAnnotationPresent(Forged.class)) {
          fields.add(field);
        }
      }
    }
    return List.copyOf(fields);
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
    refuseSharedInstance(context, instance, name);
    Injection injection = FIELD_TARGETS.find(field.getDeclaringClass(), field);
    if (injection == null) {
      injection =
          FIELD_TARGETS.remember(
              field.getDeclaringClass(),
              field,
              new Injection(
                  new Forger.Target(
                      "field '" + field.getName() + "'",
                      field.getDeclaringClass().getSimpleName(),
                      field.getName(),
                      field.getGenericType(),
                      forged)));
    }
    Object value =
        forge(
            context,
            injection.target(),
            injection.inferred(),
            Seeds.injected(state.valueSeed(), field.getName()));
    field.setAccessible(true);
    field.set(instance, value);
    state.injected(field.getName(), value);
  }

  /**
   * Fails a {@code @Forged} field of an instance that tests running at the same time share: one
   * test would overwrite the values another is using (and its failure report would show them).
   */
  private static void refuseSharedInstance(ExtensionContext context, Object instance, String name) {
    // The run-wide switch first: JUnit works a test's execution mode out from the annotations of
    // the test and its classes on every call, which was 40% of the extension's time per test.
    boolean parallel = perRun(context, PARALLEL_ENABLED, Boolean.class);
    if (!parallel || context.getExecutionMode() != ExecutionMode.CONCURRENT) {
      return;
    }
    for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
      if (c.getTestClass().orElse(null) == instance.getClass()) {
        if (c.getTestInstanceLifecycle().orElse(null) == TestInstance.Lifecycle.PER_CLASS) {
          String type = instance.getClass().getSimpleName();
          throw new ExtensionConfigurationException(
              "@Forged field "
                  + name
                  + " cannot be filled for "
                  + display(context)
                  + ": "
                  + type
                  + " has one instance for all its tests (@TestInstance(PER_CLASS)) and they run"
                  + " concurrently, so each test would overwrite the values another is using."
                  + " Take the value as a @Forged parameter of the test method instead, or run "
                  + type
                  + "'s tests one at a time (@Execution(ExecutionMode.SAME_THREAD)), or give it"
                  + " an instance per test (the default PER_METHOD lifecycle).");
        }
        return;
      }
    }
  }

  /**
   * Makes the value of a target from a faker of its locale seeded with {@code seed}, with the run's
   * reference date and the test's custom providers registered.
   */
  static Object forge(ExtensionContext context, Forger.Target target, long seed) {
    return forge(context, target, null, seed);
  }

  /**
   * Makes the value of a target as {@link #forge(ExtensionContext, Forger.Target, long)} does,
   * remembering the provider its name infers to in {@code inferred} (when not {@code null}) while
   * the test has no custom providers.
   */
  private static Object forge(
      ExtensionContext context, Forger.Target target, Forger.Inferred inferred, long seed) {
    String locale = target.forged().locale().strip();
    if (locale.isEmpty()) {
      locale = perRun(context, Settings.LOCALE, String.class);
    }
    LocalDate today = perRun(context, Settings.TODAY, LocalDate.class);
    Faker faker;
    try {
      faker = new Faker(locale, seed).withToday(today);
    } catch (IllegalArgumentException e) {
      // forgery.locale is checked when it is read (Settings.locale): only @Forged(locale) is left.
      throw Forger.fail(
          target,
          e.getMessage(),
          "Correct @Forged(locale = ...), or remove it for the default (" + Settings.LOCALE + ").");
    }
    boolean custom = Registrations.apply(context, faker);
    return Forger.forge(
        target, faker, inferred == null || custom ? null : new Forger.Memory(inferred, locale));
  }

  // ---------------------------------------------------------------------------------------------
  // seeds

  private static Settings settings(ExtensionContext context) {
    return Settings.of(context::getConfigurationParameter);
  }

  /**
   * A value worked out from the run's configuration parameters, once a run: kept for the run once
   * read without an error, so that a bad parameter fails every test that reads it, each with the
   * same error.
   *
   * @param key the value's configuration parameter, or {@link #RUN_SEED}
   * @param type its class
   */
  private static <T> T perRun(ExtensionContext context, String key, Class<T> type) {
    PerRun run = PerRun.of(context);
    T value = run.find(key, type);
    return value != null ? value : run.remember(key, type, type.cast(read(context, key)));
  }

  /**
   * Reads a value of {@link #perRun}: a switch, not a function per value, since each function the
   * first test evaluates is a class made at run time (ADR 0034).
   */
  private static Object read(ExtensionContext context, String key) {
    Settings settings = settings(context);
    try {
      switch (key) {
        case Settings.LOCALE:
          return settings.locale();
        case Settings.TODAY:
          return settings.today();
        case Settings.BIND:
          return settings.bind();
        case Settings.SEED:
          return settings.configuredSeed();
        case RUN_SEED:
          return RunSeed.of(settings);
        case PARALLEL_ENABLED:
          Optional<String> parallel = context.getConfigurationParameter(PARALLEL_ENABLED);
          return parallel.isPresent() && Boolean.parseBoolean(parallel.get());
        default:
          throw new IllegalStateException("no run-wide value " + key);
      }
    } catch (IllegalArgumentException e) {
      throw new ExtensionConfigurationException(e.getMessage(), e);
    }
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
    // Not getOrComputeIfAbsent, which takes a function (ADR 0034). The lock stands for its
    // atomicity: a @ForgedSource test's state is asked for by its invocations, which may run
    // concurrently, and must be made once.
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    Own key = Own.state(context);
    TestState state = store.get(key, TestState.class);
    if (state != null) {
      return state;
    }
    synchronized (STATE_LOCK) {
      state = store.get(key, TestState.class);
      if (state == null) {
        state = newState(context);
        store.put(key, state);
      }
      return state;
    }
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
    runReport(context); // the run seed is printed first
    String warmup = Warmup.takeWarning();
    if (warmup != null) {
      publish(context.getRoot(), WARNING_ENTRY, warmup);
    }
    Optional<ExtensionContext> template = Invocations.templateOf(context);
    if (template.isPresent()) {
      return Invocations.state(state(template.get()), display(context), context.getUniqueId());
    }
    String stableId = stableId(context.getUniqueId());
    Optional<Seed> classSeed = Optional.empty();
    Class<?> testClass = context.getTestClass().orElse(null);
    if (testClass != null) {
      if (context.getTestMethod().isEmpty()) {
        refuseSeedsOnClassMethods(testClass);
      }
      classSeed = CLASS_SEEDS.find(testClass, Boolean.TRUE);
      if (classSeed == null) {
        classSeed = CLASS_SEEDS.remember(testClass, Boolean.TRUE, classSeed(testClass));
      }
    }
    OptionalLong configured = perRun(context, Settings.SEED, OptionalLong.class);
    RunSeed run = perRun(context, RUN_SEED, RunSeed.class);
    long runSeed = classSeed.isPresent() ? classSeed.get().value() : run.seed();
    String runHint =
        classSeed.isPresent()
            ? ForgeryReport.seedAnnotation(runSeed)
                + " on the test class fixes the run seed, with -D"
                + Settings.TODAY
                + "="
                + run.today()
            : run.hint();
    Optional<Seed> methodSeed = Optional.empty();
    Method method = context.getTestMethod().orElse(null);
    if (method != null) {
      methodSeed = METHOD_SEEDS.find(method.getDeclaringClass(), method);
      if (methodSeed == null) {
        methodSeed =
            METHOD_SEEDS.remember(
                method.getDeclaringClass(),
                method,
                AnnotationSupport.findAnnotation(method, Seed.class));
      }
    }
    if (methodSeed.isPresent()) {
      return new TestState(
          context,
          stableId,
          methodSeed.get().value(),
          "fixed by @Seed on the test method",
          runHint,
          TestState.Origin.METHOD_SEED);
    }
    if (classSeed.isPresent()) {
      // A class's own state (its @BeforeAll and @AfterAll methods, PER_CLASS fields) takes the
      // seed of its own @Seed as it is: that is the @Seed a failure there prints (ADR 0036).
      boolean classItself = method == null && AnnotationSupport.isAnnotated(testClass, Seed.class);
      return new TestState(
          context,
          stableId,
          classItself ? runSeed : Seeds.derive(runSeed, stableId),
          classItself ? "fixed by @Seed on the test class" : "derived from @Seed on the test class",
          runHint,
          TestState.Origin.CLASS_SEED);
    }
    if (configured.isEmpty() && context.getTestMethod().isPresent()) {
      Optional<ReplayFile> replay = replayFile(context);
      Long remembered = replay.map(r -> r.seedFor(stableId)).orElse(null);
      if (remembered != null) {
        return new TestState(
            context,
            stableId,
            remembered,
            "replayed: this test failed with it last run, see " + replay.get().path(),
            run.hintForOthers(),
            TestState.Origin.REPLAYED);
      }
    }
    return new TestState(
        context,
        stableId,
        Seeds.derive(runSeed, stableId),
        configured.isPresent() ? "derived from forgery.seed" : "derived from the random run seed",
        runHint,
        TestState.Origin.DERIVED);
  }

  /**
   * Refuses {@code @Seed} on a {@code @BeforeAll} or {@code @AfterAll} method, which would
   * otherwise be ignored: those methods draw from the test class's seed, which {@code @Seed} on the
   * class sets.
   */
  private static void refuseSeedsOnClassMethods(Class<?> testClass) {
    for (Method method :
        AnnotationSupport.findAnnotatedMethods(
            testClass, Seed.class, HierarchyTraversalMode.TOP_DOWN)) {
      String lifecycle =
          AnnotationSupport.isAnnotated(method, BeforeAll.class)
              ? "@BeforeAll"
              : AnnotationSupport.isAnnotated(method, AfterAll.class) ? "@AfterAll" : null;
      if (lifecycle != null) {
        throw new ExtensionConfigurationException(
            "@Seed on "
                + lifecycle
                + " method "
                + method.getDeclaringClass().getSimpleName()
                + "."
                + method.getName()
                + "() has no effect: "
                + lifecycle
                + " methods draw from the test class's seed. Put the @Seed on the class"
                + " instead.");
      }
    }
  }

  /** The {@code @Seed} of a test class or of the nearest enclosing class that has one. */
  private static Optional<Seed> classSeed(Class<?> testClass) {
    for (Class<?> type = testClass; type != null; type = type.getEnclosingClass()) {
      Optional<Seed> seed = AnnotationSupport.findAnnotation(type, Seed.class);
      if (seed.isPresent()) {
        return seed;
      }
    }
    return Optional.empty();
  }

  /** Publishes the notes a test's seed calls for, and applies the fixed-seed guard. */
  private static void announce(ExtensionContext context, TestState state) {
    // Comparisons, not a switch, which compiles to a class of its own on the first test's path.
    TestState.Origin origin = state.origin();
    if (origin == TestState.Origin.REPLAYED) {
      publish(
          context,
          REPLAY_ENTRY,
          "replaying seed "
              + Seeds.hex(state.seed())
              + " for "
              + state.test()
              + ", which failed with it last run");
    } else if (origin == TestState.Origin.METHOD_SEED || origin == TestState.Origin.CLASS_SEED) {
      Settings.WhenFixed policy = config(() -> settings(context).whenFixed());
      String where = origin == TestState.Origin.METHOD_SEED ? "method" : "class";
      if (policy == Settings.WhenFixed.FAIL) {
        throw new ExtensionConfigurationException(
            state.test()
                + " runs with a seed fixed by @Seed on its "
                + where
                + ", and forgery.seed.whenfixed=fail forbids fixed seeds in this build."
                + " Remove the @Seed (it is meant for replaying a failure locally), or set"
                + " forgery.seed.whenfixed=allow.");
      } else if (policy == Settings.WhenFixed.WARN) {
        publish(
            context,
            WARNING_ENTRY,
            state.test()
                + " runs with a seed fixed by @Seed on its "
                + where
                + "; remove it once the failure it replays is fixed");
      }
    }
  }

  /** The part of a unique id from the Jupiter engine on, so a suite around it does not matter. */
  static String stableId(String uniqueId) {
    int engine = uniqueId.lastIndexOf("[engine:");
    return engine > 0 ? uniqueId.substring(engine) : uniqueId;
  }

  static String display(ExtensionContext context) {
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
    ReplayFile replay =
        context
            .getRoot()
            .getStore(NAMESPACE)
            .getOrComputeIfAbsent(
                REPLAY, key -> ReplayFile.load(config(settings::replayFile)), ReplayFile.class);
    warn(context, replay);
    return Optional.of(replay);
  }

  /**
   * Publishes the replay file's new warnings (each comes once a run) on the run's root context:
   * they concern the run, not the test that happened to meet them.
   */
  private static void warn(ExtensionContext context, ReplayFile replay) {
    for (String warning : replay.takeWarnings()) {
      publish(context.getRoot(), WARNING_ENTRY, warning);
    }
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
    TestBinding binding = bindDynamic(extensionContext);
    try {
      invocation.proceed();
    } catch (Throwable failure) {
      Throwable reported = report(extensionContext, failure);
      remember(extensionContext, failure);
      throw reported;
    } finally {
      if (binding != null) {
        binding.close();
      }
    }
  }

  /**
   * Attaches the seed report to a failed test factory method's exception (Jupiter calls no
   * exception handler for a factory) and rethrows it.
   *
   * @param <T> what the factory returns
   * @param invocation the factory method's invocation
   * @param invocationContext the factory method
   * @param extensionContext the factory's context
   * @return what the factory returned
   * @throws Throwable whatever the factory threw, unchanged but for the report
   */
  @Override
  public <T> T interceptTestFactoryMethod(
      Invocation<T> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext extensionContext)
      throws Throwable {
    try {
      return invocation.proceed();
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
    LocalDate today;
    try {
      state = existingState(context);
      today = settings(context).today();
    } catch (RuntimeException e) {
      // A broken configuration must not hide the test's own failure.
      throwable.addSuppressed(e);
      return throwable;
    }
    boolean own = context.getStore(NAMESPACE).get(Own.state(context)) != null;
    ForgeryReport forgeryReport =
        new ForgeryReport(
            own ? state.test() : display(context),
            state.seed(),
            own
                ? state.seedNote()
                : state.seedNote()
                    + "; the seed of its factory "
                    + state.test()
                    + ", where @Seed goes",
            state.runHint(),
            state.injected(),
            today,
            context.getTestMethod().isEmpty());
    throwable.addSuppressed(forgeryReport);
    context.publishReportEntry(SEED_ENTRY, Seeds.hex(state.seed()));
    // While the test still runs, so that the printed line is the test's own output (ADR 0021).
    publish(context, ForgeryReport.FAILURE_ENTRY, forgeryReport.line());
    runReport(context).failed(throwable);
    return throwable;
  }

  /** Publishes a report entry, and prints it through the run report if forgery prints it. */
  private static void publish(ExtensionContext context, String key, String value) {
    context.publishReportEntry(key, value);
    runReport(context).published(Map.of(key, value));
  }

  /**
   * The run's report (ADR 0023): one per engine run, kept in the root context's store, started (the
   * run seed printed) when first needed and ended when JUnit closes that store at the end of the
   * run, which prints the summary of failed tests.
   */
  private static RunReport runReport(ExtensionContext context) {
    PerRun run = PerRun.of(context);
    RunReport report = run.find(RUN_REPORT, RunReport.class);
    if (report != null) {
      return report;
    }
    // No functions here (ADR 0034); the lock stands for getOrComputeIfAbsent's.
    ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
    Object closer;
    synchronized (RunReportCloser.class) {
      closer = store.get(RUN_REPORT);
      if (closer == null) {
        closer = RunReportCloser.start(settings(context));
        store.put(RUN_REPORT, closer);
      }
    }
    return run.remember(RUN_REPORT, RunReport.class, RunReportCloser.reportOf(closer));
  }

  /** The state of this context or the nearest ancestor that has one (e.g. a test factory). */
  private static TestState existingState(ExtensionContext context) {
    for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
      TestState state = c.getStore(NAMESPACE).get(Own.state(c), TestState.class);
      if (state != null) {
        return state;
      }
    }
    return state(context);
  }

  // ---------------------------------------------------------------------------------------------
  // replay bookkeeping

  /**
   * Ends the binding of the test's seed to its thread, after every {@code @AfterEach} method; and
   * settles a test factory's replay entry once its dynamic tests have run, as {@link #testFailed}
   * and {@link #testSuccessful} do for other tests (Jupiter calls no {@link TestWatcher} for a
   * factory): remembers the factory's seed if the factory method failed, and forgets a replayed
   * seed if nothing the factory made failed.
   *
   * @param context the test, or test factory
   */
  @Override
  public void afterEach(ExtensionContext context) {
    unbind(context);
    Method method = context.getTestMethod().orElse(null);
    if (method == null) {
      return;
    }
    if (PerClass.annotated(FACTORIES, method, TestFactory.class)) {
      Optional<Throwable> failure = context.getExecutionException();
      if (failure.isPresent()) {
        remember(context, failure.get());
      } else {
        testSuccessful(context);
      }
    }
  }

  /**
   * Forgets a replayed seed once its test passes.
   *
   * @param context the test
   */
  @Override
  public void testSuccessful(ExtensionContext context) {
    TestState state = context.getStore(NAMESPACE).get(Own.state(context), TestState.class);
    if (state != null && state.origin() == TestState.Origin.REPLAYED && !state.hasFailed()) {
      replayFile(context)
          .ifPresent(
              replay -> {
                replay.passed(state.stableId());
                warn(context, replay);
              });
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
    remember(context, cause);
    closeBinding(context);
  }

  /**
   * Ends the binding of a test that was aborted before its {@code afterEach}, such as by an
   * assumption in its constructor.
   *
   * @param context the test
   * @param cause why it was aborted
   */
  @Override
  public void testAborted(ExtensionContext context, Throwable cause) {
    closeBinding(context);
  }

  /**
   * Remembers the seed a test (or a test factory's dynamic test) failed with, unless the seed had
   * nothing to do with it: a seed pinned in code, or an error in forgery's configuration, which
   * replaying the seed would only repeat.
   */
  private static void remember(ExtensionContext context, Throwable cause) {
    if (cause instanceof TestAbortedException) {
      return;
    }
    for (Throwable t = cause; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof ExtensionConfigurationException) {
        return;
      }
    }
    try {
      TestState state = existingState(context);
      state.failed();
      if (state.origin() == TestState.Origin.DERIVED
          || state.origin() == TestState.Origin.REPLAYED) {
        replayFile(context)
            .ifPresent(
                replay -> {
                  replay.failed(state.stableId(), state.seed());
                  warn(context, replay);
                });
      }
    } catch (RuntimeException e) {
      // The failure is already reported; a configuration error shows there too.
    }
  }

  // ---------------------------------------------------------------------------------------------
  // binding: data made without a seed inside a test draws from the test's seed

  /** Ends the binding of the test's seed to its thread, after every {@code @AfterEach} method. */
  private static void unbind(ExtensionContext context) {
    TestBinding binding =
        context.getStore(NAMESPACE).remove(Own.binding(context), TestBinding.class);
    if (binding != null) {
      binding.close();
    }
  }

  /**
   * Ends a binding that {@link #afterEach} did not, because the test's instance could not be made.
   * JUnit calls the {@link TestWatcher} after it has closed the test's store, which can then only
   * be read: the binding is closed, not removed.
   */
  private static void closeBinding(ExtensionContext context) {
    TestBinding binding = context.getStore(NAMESPACE).get(Own.binding(context), TestBinding.class);
    if (binding != null) {
      binding.close();
    }
  }

  /**
   * Binds a test's seed to the running thread, before any {@code @BeforeEach} method, unless {@code
   * forgery.bind=false}: {@code new Faker()} and {@code Forgery.*} then draw from it.
   */
  private static void bind(ExtensionContext context, long seed) {
    if (context.getStore(NAMESPACE).get(Own.binding(context)) != null) {
      return; // bound before the test instance was made
    }
    TestBinding binding = open(context, seed);
    if (binding != null) {
      context.getStore(NAMESPACE).put(Own.binding(context), binding);
    }
  }

  /** Binds a dynamic test to the seed its factory's seed and its place below the factory give. */
  private static TestBinding bindDynamic(ExtensionContext context) {
    TestState factory = existingState(context);
    String id = stableId(context.getUniqueId());
    String below =
        id.startsWith(factory.stableId()) ? id.substring(factory.stableId().length()) : id;
    return open(context, Seeds.dynamic(factory.seed(), below));
  }

  private static TestBinding open(ExtensionContext context, long seed) {
    if (!perRun(context, Settings.BIND, Boolean.class)) {
      return null;
    }
    return TestBinding.bind(
        seed,
        perRun(context, Settings.LOCALE, String.class),
        perRun(context, Settings.TODAY, LocalDate.class));
  }
}
