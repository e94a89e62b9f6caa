package dev.forgery.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Runs a {@code @ParameterizedTest} once per sample, every parameter filled with seeded fake data
 * by the rules of {@link Forged @Forged}: the provider inferred from the name and type, or
 * configured with {@code @Forged} on the parameter.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @ForgedSource(samples = 50)
 * void acceptsEveryAdult(String email, @Forged(min = "18", max = "120") int age,
 *                        @Forged(oneOf = {"FREE", "PRO"}) Plan plan) { ... }
 * }</pre>
 *
 * <p>Each invocation's seed is derived from the test's seed and the invocation's index, so the
 * samples differ from each other and from run to run, and the {@code @Seed} a failed invocation's
 * report prints, pasted on the method, replays every invocation with the same values. A failed
 * invocation's report lists its arguments; a failed one is remembered and replayed as any test is.
 *
 * <p>Trailing parameters of JUnit's own types ({@code TestInfo}, {@code TestReporter}) are left to
 * JUnit. The annotation registers {@link ForgeryExtension} for the method; JUnit Jupiter's {@code
 * junit-jupiter-params} must be on the test class path, as for any {@code @ParameterizedTest}.
 *
 * @since 0.1.0
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@ArgumentsSource(ForgedArguments.class)
@ExtendWith(ForgeryExtension.class)
// The provider is package-private on purpose: JUnit creates it reflectively, clients never name it.
@SuppressWarnings("exports")
public @interface ForgedSource {
  /**
   * Sets how many times the test runs, each time with new values.
   *
   * @return the number of invocations, {@code >= 1}; default 10
   */
  int samples() default 10;
}
