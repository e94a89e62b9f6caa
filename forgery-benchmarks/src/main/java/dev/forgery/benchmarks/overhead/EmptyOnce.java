package dev.forgery.benchmarks.overhead;

import org.junit.jupiter.api.Test;

/** One test with nothing in it and no extension: the JUnit run that first values are timed over. */
public class EmptyOnce {
  /** Creates the test instance; JUnit does this. */
  public EmptyOnce() {}

  /** The empty test. */
  @Test
  void test() {}
}
