package dev.forgery.benchmarks.overhead;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * {@link ConstantRepeated} with an annotation shaped like {@code @Forged}: a resolver of the same
 * constants, but its parameters carry an annotation with {@code @Forged}'s eight members, defaults
 * and meta-annotations, the list's saying {@code size = 10} as {@link ForgeryRepeated}'s does, and
 * it reads that annotation once per parameter, as forgery does, not on every test. JUnit reads
 * every parameter's annotations several times per test (each read parses them again) and compares
 * annotations member by member while it searches them; against {@code constant}, this variant shows
 * what that costs for an annotation of {@code @Forged}'s shape, and {@code forgery} against this
 * variant what forgery's own code adds: making the values and keeping the test's seed.
 */
@ExtendWith(ConstantShapedRepeated.Constants.class)
public class ConstantShapedRepeated {
  /** Marks a parameter the resolver fills; {@code @Forged}'s members, unused. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.PARAMETER, ElementType.FIELD})
  @interface Shaped {
    /**
     * As {@code @Forged}'s.
     *
     * @return unused
     */
    String value() default "";

    /**
     * As {@code @Forged}'s.
     *
     * @return unused
     */
    int size() default 10;

    /**
     * As {@code @Forged}'s.
     *
     * @return unused
     */
    String locale() default "";

    /**
     * As {@code @Forged}'s.
     *
     * @return unused
     */
    String min() default "";

    /**
     * As {@code @Forged}'s.
     *
     * @return unused
     */
    String max() default "";

    /**
     * As {@code @Forged}'s.
     *
     * @return unused
     */
    String[] oneOf() default {};

    /**
     * As {@code @Forged}'s.
     *
     * @return unused
     */
    boolean unique() default false;

    /**
     * As {@code @Forged}'s.
     *
     * @return unused
     */
    String model() default "";
  }

  /** Hands out {@link ConstantRepeated}'s constants. */
  public static final class Constants implements ParameterResolver {
    /** Creates the resolver; JUnit does this once per test class. */
    public Constants() {}

    /** Whether a parameter carries the annotation, read once per parameter as forgery does. */
    private final Map<Parameter, Boolean> shaped = new ConcurrentHashMap<>();

    @Override
    public boolean supportsParameter(
        ParameterContext parameterContext, ExtensionContext extensionContext) {
      return shaped.computeIfAbsent(
          parameterContext.getParameter(), p -> parameterContext.isAnnotated(Shaped.class));
    }

    @Override
    public Object resolveParameter(
        ParameterContext parameterContext, ExtensionContext extensionContext) {
      return ConstantRepeated.Constants.constant(parameterContext);
    }
  }

  /** Creates the test instance; JUnit does this for each repetition. */
  public ConstantShapedRepeated() {}

  /**
   * The repeated test.
   *
   * @param email an email address
   * @param emails ten email addresses
   * @param customer a record
   */
  @RepeatedTest(ExtensionOverhead.REPETITIONS)
  void test(
      @Shaped String email,
      @Shaped(size = ExtensionOverhead.SIZE) List<String> emails,
      @Shaped Customer customer) {
    ExtensionOverhead.check(email, emails, customer);
  }
}
