package dev.forgery.benchmarks.overhead;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One test whose one annotated parameter a resolver of a constant fills: against {@link EmptyOnce},
 * what JUnit itself spends on its first extension and its first resolved parameter, which any
 * extension that injects a parameter pays on its first test.
 */
@ExtendWith(ConstantOnce.Constant.class)
public class ConstantOnce {
  /** Marks the parameter the resolver fills. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.PARAMETER)
  @interface Given {}

  /** Hands out one email address. */
  public static final class Constant implements ParameterResolver {
    /** Creates the resolver; JUnit does this once per test class. */
    public Constant() {}

    @Override
    public boolean supportsParameter(
        ParameterContext parameterContext, ExtensionContext extensionContext) {
      return parameterContext.isAnnotated(Given.class);
    }

    @Override
    public Object resolveParameter(
        ParameterContext parameterContext, ExtensionContext extensionContext) {
      return "ada.lovelace@example.com";
    }
  }

  /** Creates the test instance; JUnit does this. */
  public ConstantOnce() {}

  /**
   * The test.
   *
   * @param email an email address
   */
  @Test
  void test(@Given String email) {
    if (email.indexOf('@') < 0) {
      throw new AssertionError("not an email address: " + email);
    }
  }
}
