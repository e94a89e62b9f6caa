package dev.forgery.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Makes one object from its property values, in the order of its {@link Blueprint}'s properties:
 * through a constructor that takes them all (records, constructor classes), or through a no-arg
 * constructor followed by a setter or a field write per property (beans, field classes).
 *
 * <p>Either way the making is one method handle of type {@code (Object[])Object}, composed once
 * when the type is analysed. A method handle held in an ordinary field cannot be inlined by the
 * JIT, and each call then walks its chain of adapters: about 100 ns per object for a five-property
 * record and three times that for a bean, more than drawing its values. So the handle is made a
 * constant: {@link #of} defines a hidden class from the bytes of {@link ConstantAssembly}, with the
 * handle as its class data in a {@code static final} field, and the JIT compiles each such class's
 * {@code make} with the constructor and setters inlined. Where hidden classes cannot be defined,
 * the handle is called as it is, which is slower but gives the same objects.
 */
abstract class Assembly {
  /** The type of every assembly's handle: the property values in, the object out. */
  static final MethodType MAKE = MethodType.methodType(Object.class, Object[].class);

  /** The class file of {@link ConstantAssembly}, or null if it cannot be read. */
  private static final byte[] TEMPLATE = template();

  /**
   * Makes the object.
   *
   * @param values one per property, in order; the array may be reused by the caller afterwards
   * @return the object
   */
  abstract Object make(Object[] values);

  /**
   * Returns an assembly calling a constructor that takes every property.
   *
   * @param constructor the constructor, taking its arguments as one array: {@code (Object[])Object}
   * @return the assembly
   */
  static Assembly byConstructor(MethodHandle constructor) {
    return of(constructor);
  }

  /**
   * Returns an assembly calling a no-arg constructor, then one setter or field write per property.
   *
   * @param constructor the no-arg constructor: {@code ()Object}
   * @param setters per property, its setter or field write: {@code (Object, Object)void}
   * @return the assembly
   */
  static Assembly bySetters(MethodHandle constructor, MethodHandle[] setters) {
    return of(setterHandle(constructor, setters));
  }

  /**
   * Composes a no-arg constructor and the setters into one handle: the object is made, each setter
   * is called on it with its value in order, and the object is returned.
   *
   * @param constructor the no-arg constructor: {@code ()Object}
   * @param setters per property, its setter or field write: {@code (Object, Object)void}
   * @return {@code (Object[])Object}
   */
  static MethodHandle setterHandle(MethodHandle constructor, MethodHandle[] setters) {
    // (Object o, Object[] values)Object: the setters in order, each on its value, then o.
    MethodHandle body =
        MethodHandles.dropArguments(MethodHandles.identity(Object.class), 1, Object[].class);
    for (int k = setters.length - 1; k >= 0; k--) {
      MethodHandle value =
          MethodHandles.insertArguments(MethodHandles.arrayElementGetter(Object[].class), 1, k);
      // foldArguments runs the setter first, then the body built so far, on the same arguments.
      body = MethodHandles.foldArguments(body, MethodHandles.filterArguments(setters[k], 1, value));
    }
    // The constructor's result becomes the first argument: (Object[])Object.
    return MethodHandles.foldArguments(body, constructor);
  }

  /**
   * Returns an assembly calling {@code make}, as a constant of a hidden class where possible.
   *
   * @param make {@code (Object[])Object}
   * @return the assembly
   */
  static Assembly of(MethodHandle make) {
    if (!make.type().equals(MAKE)) {
      throw new IllegalArgumentException("an assembly takes " + MAKE + ", got " + make.type());
    }
    if (TEMPLATE != null) {
      try {
        MethodHandles.Lookup hidden =
            MethodHandles.lookup().defineHiddenClassWithClassData(TEMPLATE, make, true);
        return (Assembly)
            hidden
                .findConstructor(hidden.lookupClass(), MethodType.methodType(void.class))
                .invoke();
      } catch (Throwable e) {
        // Any failure to define the class (a runtime without hidden classes, an unreadable
        // template) leaves the handle path; only errors of the JVM itself are passed on.
        if (e instanceof Error && !(e instanceof LinkageError)) {
          throw (Error) e;
        }
      }
    }
    return new Handle(make);
  }

  /** Reads the template's class file from the class path, or null where it is not readable. */
  private static byte[] template() {
    try (InputStream in = Assembly.class.getResourceAsStream("ConstantAssembly.class")) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      return null;
    }
  }

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

  /** The handle called as it is: the path where no hidden class could be defined. */
  static final class Handle extends Assembly {
    private final MethodHandle make;

    Handle(MethodHandle make) {
      this.make = make;
    }

    @Override
    Object make(Object[] values) {
      try {
        return (Object) make.invokeExact(values);
      } catch (Throwable e) {
        throw rethrow(e);
      }
    }
  }
}
