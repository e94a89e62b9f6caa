package dev.forgery.benchmarks.overhead;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
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
  /** Marks a field the extension fills. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.FIELD)
  @interface Constant {}

  /** Sets the annotated fields to constants; every other callback is JUnit's default or empty. */
  public static final class Inert
      implements ParameterResolver,
          BeforeEachCallback,
          AfterEachCallback,
          TestExecutionExceptionHandler,
          LifecycleMethodExecutionExceptionHandler,
          InvocationInterceptor,
          TestWatcher {
    private static final String EMAIL = "ada.lovelace@example.com";
    private static final List<String> EMAILS = Collections.nCopies(ExtensionOverhead.SIZE, EMAIL);
    private static final Customer CUSTOMER =
        new Customer("Ada", "Lovelace", EMAIL, 36, "London", LocalDate.of(1815, 12, 10));

    private volatile List<Field> fields;

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
    public void beforeEach(ExtensionContext context) throws IllegalAccessException {
      Object instance = context.getRequiredTestInstance();
      for (Field field : fields(instance.getClass())) {
        Class<?> type = field.getType();
        field.set(instance, type == String.class ? EMAIL : type == List.class ? EMAILS : CUSTOMER);
      }
    }

    private List<Field> fields(Class<?> type) {
      List<Field> found = fields;
      if (found == null) {
        found = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
          if (field.isAnnotationPresent(Constant.class)) {
            field.setAccessible(true);
            found.add(field);
          }
        }
        fields = found;
      }
      return found;
    }

    @Override
    public void afterEach(ExtensionContext context) {}

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable)
        throws Throwable {
      throw throwable;
    }
  }

  @Constant String email;

  @Constant List<String> emails;

  @Constant Customer customer;

  /** Creates the test instance; JUnit does this for each repetition. */
  public InertFieldsRepeated() {}

  /** The repeated test. */
  @RepeatedTest(ExtensionOverhead.REPETITIONS)
  void test() {
    ExtensionOverhead.check(email, emails, customer);
  }
}
