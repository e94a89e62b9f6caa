package dev.forgery.junit5;

import dev.forgery.Faker;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * The {@link CustomProviders} that apply to a test: run-wide ones from {@code ServiceLoader}, then
 * those of {@link ForgeryProviders @ForgeryProviders} from the outermost class to the method. One
 * instance of each class serves the run; the list is worked out once per test.
 */
final class Registrations {
  private static final Namespace NAMESPACE = Namespace.create(Registrations.class);
  private static final String RUN_WIDE = "run-wide custom providers";

  /** Stands for a missing test class or method in a key. */
  private static final Object NONE = new Object();

  private record Registered(List<CustomProviders> all) {}

  private Registrations() {}

  /**
   * Registers the custom providers that apply to {@code context} on {@code faker}.
   *
   * @param context the test, class or {@code @ForgedSource} method
   * @param faker a faker just made for it
   * @return whether any custom providers apply, which can change what a name infers to
   * @throws ExtensionConfigurationException if a class cannot be made or refuses to register
   */
  static boolean apply(ExtensionContext context, Faker faker) {
    List<CustomProviders> all = of(context).all();
    for (CustomProviders providers : all) {
      try {
        providers.register(faker);
      } catch (RuntimeException e) {
        throw new ExtensionConfigurationException(
            providers.getClass().getName() + " could not register its providers: " + e.getMessage(),
            e);
      }
    }
    return !all.isEmpty();
  }

  private static Registered of(ExtensionContext context) {
    // What is found depends only on the test class and method, so the run finds it once for both.
    // No functions on the first test's path (ADR 0034).
    Object type = context.getTestClass().orElse(null);
    Object method = context.getTestMethod().orElse(null);
    List<Object> key =
        List.of("custom providers", type != null ? type : NONE, method != null ? method : NONE);
    PerRun run = PerRun.of(context);
    Registered found = run.find(key, Registered.class);
    return found != null ? found : run.remember(key, Registered.class, find(context));
  }

  private static Registered find(ExtensionContext context) {
    List<CustomProviders> all = new ArrayList<>(runWide(context).all());
    Deque<Class<?>> classes = new ArrayDeque<>();
    for (Class<?> type = context.getTestClass().orElse(null);
        type != null;
        type = type.getEnclosingClass()) {
      classes.addFirst(type);
    }
    for (Class<?> type : classes) {
      add(context, AnnotationSupport.findAnnotation(type, ForgeryProviders.class), all);
    }
    Method method = context.getTestMethod().orElse(null);
    if (method != null) {
      add(context, AnnotationSupport.findAnnotation(method, ForgeryProviders.class), all);
    }
    return new Registered(List.copyOf(all));
  }

  private static void add(
      ExtensionContext context, Optional<ForgeryProviders> annotation, List<CustomProviders> all) {
    if (annotation.isEmpty()) {
      return;
    }
    for (Class<? extends CustomProviders> type : annotation.get().value()) {
      all.add(
          context
              .getRoot()
              .getStore(NAMESPACE)
              .getOrComputeIfAbsent(type, key -> create(type), CustomProviders.class));
    }
  }

  private static CustomProviders create(Class<? extends CustomProviders> type) {
    try {
      return ReflectionSupport.newInstance(type);
    } catch (Exception e) { // JUnit rethrows a missing constructor's checked exception unchecked
      throw new ExtensionConfigurationException(
          "@ForgeryProviders("
              + type.getSimpleName()
              + ".class): cannot create "
              + type.getName()
              + " ("
              + e
              + "). Give it a constructor without arguments; a nested class must be static.",
          e);
    }
  }

  private static Registered runWide(ExtensionContext context) {
    ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
    synchronized (Registrations.class) { // for getOrComputeIfAbsent, which takes a function
      Registered registered = store.get(RUN_WIDE, Registered.class);
      if (registered == null) {
        registered = loadRunWide();
        store.put(RUN_WIDE, registered);
      }
      return registered;
    }
  }

  private static Registered loadRunWide() {
    List<CustomProviders> found = new ArrayList<>();
    try {
      for (CustomProviders providers : ServiceLoader.load(CustomProviders.class)) {
        found.add(providers);
      }
    } catch (ServiceConfigurationError e) {
      throw new ExtensionConfigurationException(
          "a run-wide CustomProviders listed in META-INF/services cannot be loaded: "
              + e.getMessage(),
          e);
    }
    return new Registered(List.copyOf(found));
  }
}
