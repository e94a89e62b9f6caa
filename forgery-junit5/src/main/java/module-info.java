/**
 * forgery's JUnit Jupiter extension: seeded fake data injected into tests, each test's seed in its
 * failure report, and replay of the seeds of tests that failed.
 *
 * <p>Only {@code dev.forgery.junit5} is exported. JUnit is not a transitive dependency: tests bring
 * their own Jupiter (5.10 or newer, 6.x included) and JUnit Platform launcher, and {@code
 * junit-jupiter-params} to use {@code @ForgedSource}. The launcher module is needed at compile time
 * only (for the class-path listener): on the module path this module resolves with or without it.
 */
@SuppressWarnings("module") // the name is fixed by the spec; its digit is the JUnit major
module dev.forgery.junit5 {
  requires transitive dev.forgery.core;
  requires static transitive org.junit.jupiter.api;
  requires static transitive org.junit.jupiter.params;
  requires static org.junit.platform.launcher;

  exports dev.forgery.junit5;

  // JUnit creates the @ForgedSource arguments provider, a package-private class, reflectively.
  opens dev.forgery.junit5 to
      org.junit.platform.commons;

  uses dev.forgery.junit5.CustomProviders;

// No "provides org.junit.platform.launcher.TestExecutionListener": a module may only provide a
// service of a module it reads, so the declaration made this module fail to resolve wherever the
// launcher module was not resolved with it (ADR 0023). On the class path META-INF/services still
// registers the listener; on the module path the extension prints the run report itself.
}
