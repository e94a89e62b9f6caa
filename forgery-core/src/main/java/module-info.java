/**
 * forgery's core: a dependency-free, batch-first generator of realistic fake data.
 *
 * <p>Only {@code dev.forgery} is exported; everything under {@code dev.forgery.internal} may change
 * in any release.
 */
module dev.forgery.core {
  exports dev.forgery;
}
