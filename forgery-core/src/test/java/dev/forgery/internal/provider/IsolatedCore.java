package dev.forgery.internal.provider;

import java.net.URL;
import java.net.URLClassLoader;

/**
 * Loads forgery-core's classes itself, and tells which it has loaded: what a first use does, seen
 * without what other tests in the same JVM loaded or cached before.
 */
public final class IsolatedCore extends URLClassLoader {
  /**
   * Creates a loader of the classes under {@code classes}, with only the platform's above it.
   *
   * @param classes forgery-core's classes
   */
  public IsolatedCore(URL classes) {
    super(new URL[] {classes}, ClassLoader.getPlatformClassLoader());
  }

  /**
   * Tells whether this loader has loaded the class.
   *
   * @param name a binary class name
   * @return whether it is loaded
   */
  public boolean loaded(String name) {
    synchronized (getClassLoadingLock(name)) {
      return findLoadedClass(name) != null;
    }
  }
}
