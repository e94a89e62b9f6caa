/**
 * forgery's core: a dependency-free, batch-first generator of realistic fake data.
 *
 * <p>Only {@code dev.forgery} is exported to everyone; everything under {@code
 * dev.forgery.internal} may change in any release. The seed arithmetic is exported to forgery's
 * JUnit extension alone, so that a test's seeds and a dataset's come from one definition, and so is
 * the test binding, through which the extension makes unseeded fakers draw from a test's seed.
 */
@SuppressWarnings("module") // the extension is a separate artifact, absent when core is compiled
module dev.forgery.core {
  exports dev.forgery;
  exports dev.forgery.internal.random to
      dev.forgery.junit5;
  exports dev.forgery.internal.binding to
      dev.forgery.junit5;
}
