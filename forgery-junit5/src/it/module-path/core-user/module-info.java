/** A user's module of the core alone. */
module it.coreuser {
  requires dev.forgery.core;
}
