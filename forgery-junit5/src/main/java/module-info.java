/**
 * forgery's JUnit Jupiter extension: seeded fake data injected into tests, each test's seed in its
 * failure report, and replay of the seeds of tests that failed.
 *
 * <p>Only {@code dev.forgery.junit5} is exported. JUnit is not a transitive dependency: tests bring
 * their own Jupiter (5.10 or newer, 6.x included) and {@code junit-jupiter-params} to use
 * {@code @ForgedSource}. The JUnit Platform launcher is not read: on the module path this module
 * resolves with or without the launcher module.
 */
@SuppressWarnings("module") // the name is fixed by the spec; its digit is the JUnit major
module dev.forgery.junit5 {
  requires transitive dev.forgery.core;
  requires static transitive org.junit.jupiter.api;
  requires static transitive org.junit.jupiter.params;

  exports dev.forgery.junit5;

  // JUnit creates the @ForgedSource arguments provider, a package-private class, reflectively.
  opens dev.forgery.junit5 to
      org.junit.platform.commons;

  uses dev.forgery.junit5.CustomProviders;

// No launcher listener: providing a service of the launcher module made this module fail to
// resolve without it, and on the class path the launcher could not load it from this module. The
// extension prints the run report itself (ADR 0023).
}
