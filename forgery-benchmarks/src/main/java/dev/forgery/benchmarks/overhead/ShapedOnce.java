package dev.forgery.benchmarks.overhead;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.junit.jupiter.api.extension.TestInstantiationAwareExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * {@link ConstantOnce} with forgery's shape: its one parameter carries an annotation of {@code
 * Forged}'s eight members ({@link ConstantShapedRepeated.Shaped}), and the extension that fills it
 * with a constant implements every extension interface {@code ForgeryExtension} does, each doing
 * nothing (JUnit's defaults where there are some). Against {@link EmptyOnce}, what JUnit itself
 * spends on a first test with an extension and a parameter of forgery's shape, before any of
 * forgery's code runs.
 */
@ExtendWith(ShapedOnce.Resolver.class)
public class ShapedOnce {
  /** Fills the annotated parameter with a constant; every other callback does nothing. */
  public static final class Resolver
      implements ParameterResolver,
          BeforeEachCallback,
          AfterEachCallback,
          TestExecutionExceptionHandler,
          LifecycleMethodExecutionExceptionHandler,
          InvocationInterceptor,
          TestInstancePreConstructCallback,
          TestWatcher {
    /** Creates the extension; JUnit does this once per test class. */
    public Resolver() {}

    @Override
    public boolean supportsParameter(
        ParameterContext parameterContext, ExtensionContext extensionContext) {
      return parameterContext.isAnnotated(ConstantShapedRepeated.Shaped.class);
    }

    @Override
    public Object resolveParameter(
        ParameterContext parameterContext, ExtensionContext extensionContext) {
      parameterContext.findAnnotation(ConstantShapedRepeated.Shaped.class).orElseThrow().size();
      return ConstantRepeated.Constants.constant(parameterContext);
    }

    @Override
    public TestInstantiationAwareExtension.ExtensionContextScope
        getTestInstantiationExtensionContextScope(ExtensionContext rootContext) {
      return TestInstantiationAwareExtension.ExtensionContextScope.TEST_METHOD;
    }

    @Override
    public void preConstructTestInstance(
        TestInstanceFactoryContext factoryContext, ExtensionContext context) {}

    @Override
    public void beforeEach(ExtensionContext context) {}

    @Override
    public void afterEach(ExtensionContext context) {}

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable)
        throws Throwable {
      throw throwable;
    }
  }

  /** Creates the test instance; JUnit does this. */
  public ShapedOnce() {}

  /**
   * The test.
   *
   * @param email an email address
   */
  @Test
  void test(@ConstantShapedRepeated.Shaped String email) {
    if (email.indexOf('@') < 0) {
      throw new AssertionError("not an email address: " + email);
    }
  }
}
