package it.coreinternal;

import dev.forgery.internal.random.Seeds;

/** Must fail to compile: dev.forgery.internal.random is exported to dev.forgery.junit5 only. */
public final class Reach {
  public static long salt() {
    return Seeds.salt("x");
  }
}
