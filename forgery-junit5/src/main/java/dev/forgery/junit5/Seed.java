package dev.forgery.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Pins a seed in code: on a test method, that test's seed (every repetition or invocation of it
 * gets exactly this seed); on a test class, the run seed from which the seeds of the class's tests
 * (and its {@code @Nested} classes) are derived, and the seed of the class's own values, those of
 * its {@code @BeforeAll} and {@code @AfterAll} methods and {@code PER_CLASS} fields. A failed
 * {@code @BeforeAll} or {@code @AfterAll} method's report says to paste its {@code @Seed} on the
 * class; on such a method itself the annotation would have no effect and is refused.
 *
 * <pre>{@code
 * @ExtendWith(ForgeryExtension.class)
 * class SignupTest {
 *   @Test
 *   @Seed(0x5EEDL) // pasted from a failure report: this test gets the failed run's values again
 *   void acceptsNewUsers(@Forged List<String> emails) { ... }
 * }
 * }</pre>
 *
 * <p>A failed test's report prints the line to paste, e.g. {@code @Seed(0x5EEDL)}. Pinned seeds are
 * meant for replaying; set the configuration parameter {@code forgery.seed.whenfixed} to {@code
 * warn} or {@code fail} (for example on CI) to catch one left in code.
 *
 * @since 0.1.0
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Seed {
  /**
   * The seed.
   *
   * @return any long, usually copied from a failure report
   */
  long value();
}
