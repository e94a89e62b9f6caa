package dev.forgery.benchmarks.overhead;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The floor of any extension that injects parameters: the test takes its three values as annotated
 * parameters from a resolver that hands out constants, so its cost over {@link PlainRepeated} is
 * what JUnit itself spends on resolving three parameters (finding the resolver, scanning each
 * parameter's annotations), which forgery and Instancio pay too.
 */
@ExtendWith(ConstantRepeated.Constants.class)
public class ConstantRepeated {
  /** Marks a parameter the resolver fills. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.PARAMETER)
  @interface Constant {}

  /** Hands out the same constants as {@link PlainRepeated}, by parameter type. */
  public static final class Constants implements ParameterResolver {
    private static final String EMAIL = "ada.lovelace@example.com";
    private static final List<String> EMAILS = Collections.nCopies(ExtensionOverhead.SIZE, EMAIL);
    private static final Customer CUSTOMER =
        new Customer("Ada", "Lovelace", EMAIL, 36, "London", LocalDate.of(1815, 12, 10));

    /** Creates the resolver; JUnit does this once per test class. */
    public Constants() {}

    @Override
    public boolean supportsParameter(
        ParameterContext parameterContext, ExtensionContext extensionContext) {
      return parameterContext.isAnnotated(Constant.class);
    }

    @Override
    public Object resolveParameter(
        ParameterContext parameterContext, ExtensionContext extensionContext) {
      return constant(parameterContext);
    }

    /** The constant of a parameter's type: the address, the list or the record. */
    static Object constant(ParameterContext parameterContext) {
      Class<?> type = parameterContext.getParameter().getType();
      if (type == String.class) {
        return EMAIL;
      }
      return type == List.class ? EMAILS : CUSTOMER;
    }
  }

  /** Creates the test instance; JUnit does this for each repetition. */
  public ConstantRepeated() {}

  /**
   * The repeated test.
   *
   * @param email an email address
   * @param emails ten email addresses
   * @param customer a record
   */
  @RepeatedTest(ExtensionOverhead.REPETITIONS)
  void test(@Constant String email, @Constant List<String> emails, @Constant Customer customer) {
    ExtensionOverhead.check(email, emails, customer);
  }
}
