/** A module that tries to use the core's internals: it must not compile. */
module it.coreinternal {
  requires dev.forgery.core;
}
