package dev.forgery.junit5;

import dev.forgery.junit5.internal.Seeds;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.junit.jupiter.params.support.AnnotationConsumer;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The arguments of a {@link ForgedSource @ForgedSource} test: for invocation {@code i}, every
 * parameter forged from a faker seeded by the test's seed, {@code i} and the parameter, exactly as
 * {@code @Forged} parameters are.
 *
 * <p>JUnit 5.10 calls only {@code provideArguments(ExtensionContext)}; newer versions deprecate it
 * for a variant with the parameter declarations, whose default calls it. Implementing the old one
 * keeps one class working on 5.10 through 6.x.
 */
final class ForgedArguments implements ArgumentsProvider, AnnotationConsumer<ForgedSource> {
  /** A {@code @Forged} with every default, for parameters without one. */
  private static final Forged DEFAULTS = defaults();

  private int samples;

  /** Created by JUnit. */
  ForgedArguments() {}

  @Override
  public void accept(ForgedSource source) {
    samples = source.samples();
  }

  @Override
  @SuppressWarnings("deprecation") // the method JUnit 5.10 calls; see the class comment
  public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
    // Nothing is thrown from here: JUnit 5.13+ would report any exception as a provider that
    // implements the wrong method. Mistakes surface as the stream is read, with their own message.
    return Stream.of(context).flatMap(this::arguments);
  }

  private Stream<Arguments> arguments(ExtensionContext context) {
    Method method = context.getRequiredTestMethod();
    String where = method.getDeclaringClass().getSimpleName() + "." + method.getName();
    if (samples < 1) {
      throw new ExtensionConfigurationException(
          "@ForgedSource(samples = "
              + samples
              + ") on "
              + where
              + ": samples must be >= 1. Use @ForgedSource(samples = 10) or similar.");
    }
    List<ArgumentsSource> sources =
        AnnotationSupport.findRepeatableAnnotations(method, ArgumentsSource.class);
    if (sources.size() > 1) {
      // Another source's invocations hold its own arguments, and the @Forged parameters among
      // those @ForgedSource fills would be left to no resolver.
      throw new ExtensionConfigurationException(
          "@ForgedSource on "
              + where
              + " fills every parameter, so it cannot share the test with another source of"
              + " arguments ("
              + otherSources(sources)
              + "). Move those cases to a test of their own, or drop @ForgedSource and keep"
              + " @Forged on the parameters after the other source's.");
    }
    TestState state = ForgeryExtension.templateState(context);
    List<Forger.Target> targets = new ArrayList<>();
    Parameter[] parameters = method.getParameters();
    for (int i = 0; i < Invocations.filled(method); i++) {
      Parameter parameter = parameters[i];
      targets.add(
          new Forger.Target(
              "parameter '" + parameter.getName() + "'",
              where,
              parameter.isNamePresent() ? parameter.getName() : null,
              parameter.getParameterizedType(),
              parameter.isAnnotationPresent(Forged.class)
                  ? parameter.getAnnotation(Forged.class)
                  : DEFAULTS));
    }
    return IntStream.rangeClosed(1, samples)
        .mapToObj(i -> arguments(context, method, targets, Invocations.seed(state.seed(), i)));
  }

  private static Arguments arguments(
      ExtensionContext context, Method method, List<Forger.Target> targets, long seed) {
    Object[] values = new Object[targets.size()];
    Parameter[] parameters = method.getParameters();
    for (int i = 0; i < values.length; i++) {
      Parameter parameter = parameters[i];
      long valueSeed =
          parameter.isNamePresent()
              ? Seeds.injected(seed, parameter.getName())
              : Seeds.injected(seed, i);
      Object value = ForgeryExtension.forge(context, targets.get(i), valueSeed);
      values[i] = Named.of(Abbreviation.of(value), value);
    }
    return Arguments.of(values);
  }

  /** The providers of the other sources, by their simple names. */
  private static String otherSources(List<ArgumentsSource> sources) {
    StringBuilder names = new StringBuilder();
    for (ArgumentsSource source : sources) {
      if (source.value() != ForgedArguments.class) {
        names.append(names.length() == 0 ? "" : ", ").append(source.value().getSimpleName());
      }
    }
    return names.toString();
  }

  private static Forged defaults() {
    try {
      return Unannotated.class.getDeclaredField("value").getAnnotation(Forged.class);
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Holds the {@code @Forged} of every default. */
  private static final class Unannotated {
    @Forged Object value;
  }
}
