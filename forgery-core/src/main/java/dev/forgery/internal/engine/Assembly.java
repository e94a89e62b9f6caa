package dev.forgery.internal.engine;

import java.lang.invoke.MethodHandle;

/**
 * Makes one object from its property values, in the order of its {@link Blueprint}'s properties:
 * through a constructor that takes them all (records, constructor classes), or through a no-arg
 * constructor followed by a setter or a field write per property (beans, field classes). The method
 * handles are resolved once, when the type is analysed; making an object calls them and nothing
 * else, so there is no reflection per object.
 */
abstract class Assembly {

  /**
   * Makes the object.
   *
   * @param values one per property, in order; the array may be reused by the caller afterwards
   * @return the object
   */
  abstract Object make(Object[] values);

  /** Rethrows what a constructor or setter threw: a check it makes reaches the caller as thrown. */
  static RuntimeException rethrow(Throwable e) {
    if (e instanceof RuntimeException) {
      return (RuntimeException) e;
    }
    if (e instanceof Error) {
      throw (Error) e;
    }
    return new IllegalStateException(e);
  }

  /** One constructor taking every property. */
  static final class ByConstructor extends Assembly {
    /** The constructor, taking its arguments as one {@code Object[]}: {@code (Object[])Object}. */
    private final MethodHandle constructor;

    ByConstructor(MethodHandle constructor) {
      this.constructor = constructor;
    }

    @Override
    Object make(Object[] values) {
      try {
        return (Object) constructor.invokeExact(values);
      } catch (Throwable e) {
        throw rethrow(e);
      }
    }
  }

  /** A no-arg constructor, then one setter or field write per property. */
  static final class BySetters extends Assembly {
    /** The no-arg constructor: {@code ()Object}. */
    private final MethodHandle constructor;

    /** Per property, its setter or field write: {@code (Object, Object)void}. */
    private final MethodHandle[] setters;

    BySetters(MethodHandle constructor, MethodHandle[] setters) {
      this.constructor = constructor;
      this.setters = setters;
    }

    @Override
    Object make(Object[] values) {
      try {
        Object o = (Object) constructor.invokeExact();
        for (int k = 0; k < setters.length; k++) {
          setters[k].invokeExact(o, values[k]);
        }
        return o;
      } catch (Throwable e) {
        throw rethrow(e);
      }
    }
  }
}
