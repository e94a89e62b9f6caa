package dev.forgery.benchmarks.overhead;

import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * The floor of an extension shaped like forgery's: the same seven extension interfaces (a parameter
 * resolver, before- and after-each callbacks, both exception handlers, an invocation interceptor
 * and a test watcher), doing nothing but set three annotated fields to constants before each test.
 * Its cost over {@link PlainRepeated} is what JUnit spends on calling such an extension; {@code
 * forgery-fields} minus this is what forgery's own work costs per test.
 */
@ExtendWith(InertFieldsRepeated.Inert.class)
public class InertFieldsRepeated {
  /** Sets the annotated fields to constants; every other callback is JUnit's default or empty. */
  public static final class Inert extends ConstantFields
      implements ParameterResolver,
          AfterEachCallback,
          TestExecutionExceptionHandler,
          LifecycleMethodExecutionExceptionHandler,
          InvocationInterceptor,
          TestWatcher {
    /** Creates the extension; JUnit does this once per test class. */
    public Inert() {}

    @Override
    public boolean supportsParameter(
        ParameterContext parameterContext, ExtensionContext extensionContext) {
      return false;
    }

    @Override
    public Object resolveParameter(
        ParameterContext parameterContext, ExtensionContext extensionContext) {
      throw new UnsupportedOperationException("resolves no parameters");
    }

    @Override
    public void afterEach(ExtensionContext context) {}

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable)
        throws Throwable {
      throw throwable;
    }
  }

  @ConstantFields.Constant String email;

  @ConstantFields.Constant List<String> emails;

  @ConstantFields.Constant Customer customer;

  /** Creates the test instance; JUnit does this for each repetition. */
  public InertFieldsRepeated() {}

  /** The repeated test. */
  @RepeatedTest(ExtensionOverhead.REPETITIONS)
  void test() {
    ExtensionOverhead.check(email, emails, customer);
  }
}
