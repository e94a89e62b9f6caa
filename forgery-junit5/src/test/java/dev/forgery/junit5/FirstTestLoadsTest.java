package dev.forgery.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forgery.Faker;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.engine.JupiterTestEngine;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.launcher.core.LauncherFactory;
import org.opentest4j.AssertionFailedError;

/**
 * What the extension's first test loads, seen in a class loader of its own: the failure report's
 * rendering ({@link Abbreviation}) only when a test fails, and the value types' rules only for a
 * value type, since every class on the first test's path is paid for by every test JVM.
 */
class FirstTestLoadsTest {
  private static final String RENDERING = Abbreviation.class.getName();

  /** A test that passes. */
  @ExtendWith(ForgeryExtension.class)
  static class Passing {
    @Test
    void passes(@Forged String email) {
      if (email.indexOf('@') < 0) {
        throw new AssertionError(email);
      }
    }
  }

  /** The same test, failing. */
  @ExtendWith(ForgeryExtension.class)
  static class Failing {
    @Test
    void fails(@Forged String email) {
      throw new AssertionError("fails on purpose with " + email);
    }
  }

  @Test
  void aPassingTestLoadsNoRenderingOfItsValues() throws Exception {
    try (Isolated loader = new Isolated()) {
      assertThat(loader.run(Passing.class)).isEqualTo(1);
      assertThat(loader.loaded(ForgeryExtension.class.getName())).isTrue();
      assertThat(loader.loaded(RENDERING)).isFalse();
      // Nor the value types no provider gives (ZoneId, Duration...), for a String.
      assertThat(loader.loaded("dev.forgery.internal.engine.Leaves")).isFalse();
      assertThat(loader.loaded(Forger.class.getName() + "$Made")).isFalse();
    }
  }

  @Test
  void aFailingTestRendersItsValues() throws Exception {
    try (Isolated loader = new Isolated()) {
      assertThat(loader.run(Failing.class)).isZero();
      assertThat(loader.loaded(RENDERING)).isTrue();
    }
  }

  /** Loads JUnit, forgery and these tests itself, with only the platform's classes above it. */
  private static final class Isolated extends URLClassLoader {
    Isolated() {
      super(
          locations(
              FirstTestLoadsTest.class,
              ForgeryExtension.class,
              Faker.class,
              Test.class,
              JupiterTestEngine.class,
              TestEngine.class,
              AnnotationSupport.class,
              LauncherFactory.class,
              AssertionFailedError.class,
              API.class),
          ClassLoader.getPlatformClassLoader());
    }

    /** Runs a test class here, JUnit finding its engine through this loader; returns passes. */
    long run(Class<?> testClass) throws ReflectiveOperationException {
      Thread thread = Thread.currentThread();
      ClassLoader previous = thread.getContextClassLoader();
      thread.setContextClassLoader(this);
      try {
        return (Long)
            Class.forName(IsolatedRun.class.getName(), true, this)
                .getMethod("run", String.class)
                .invoke(null, testClass.getName());
      } finally {
        thread.setContextClassLoader(previous);
      }
    }

    boolean loaded(String name) {
      synchronized (getClassLoadingLock(name)) {
        return findLoadedClass(name) != null;
      }
    }

    private static URL[] locations(Class<?>... types) {
      Set<URL> urls = new LinkedHashSet<>();
      for (Class<?> type : types) {
        urls.add(type.getProtectionDomain().getCodeSource().getLocation());
      }
      return urls.toArray(new URL[0]);
    }
  }
}
