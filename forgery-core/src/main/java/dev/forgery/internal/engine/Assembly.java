package dev.forgery.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;

/**
 * Makes one object from its property values, in the order of its {@link Blueprint}'s properties:
 * through a constructor that takes them all (records, constructor classes), through a constructor
 * that takes the first ones followed by a setter or field write for each of the others (constructor
 * classes with setters), or through a no-arg constructor followed by a setter or a field write per
 * property (beans, field classes).
 *
 * <p>The values come either as one array ({@link #make(Object[])}, an object made on its own) or as
 * one row of a block's columns ({@link #make(Object[][], int)}, the block engine's objects). Each
 * way is one method handle composed once when the type is analysed, reading each value where it
 * lies: the columns are not first copied into an array per object, which cost a batch of
 * six-property records about a third of the time it spent making them.
 *
 * <p>A method handle held in an ordinary field cannot be inlined by the JIT, and each call then
 * walks its chain of adapters: about 100 ns per object for a five-property record and three times
 * that for a bean, more than drawing its values. So the handles are made constants: {@link #of}
 * defines a hidden class from the bytes of {@link ConstantAssembly}, with the handles as its class
 * data in {@code static final} fields, and the JIT compiles each such class's {@code make} methods
 * with the constructor and setters inlined. Where hidden classes cannot be defined, the handles are
 * called as they are, which is slower but gives the same objects.
 */
abstract class Assembly {
  /** The type of the handle that takes the values as one array. */
  static final MethodType MAKE = MethodType.methodType(Object.class, Object[].class);

  /** The type of the handle that takes the values as a row of columns. */
  static final MethodType MAKE_ROW =
      MethodType.methodType(Object.class, Object[][].class, int.class);

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
   * Makes the object of one row.
   *
   * @param columns one per property, in order, each holding that property's value for every row
   * @param row the row whose values make the object
   * @return the object
   */
  abstract Object make(Object[][] columns, int row);

  /**
   * Returns an assembly calling a constructor that takes every property.
   *
   * @param constructor the constructor, taking each property as an {@code Object}: {@code (Object,
   *     ...)Object}, one parameter per property
   * @return the assembly
   * @throws IllegalArgumentException if the constructor's type is not of that form
   */
  static Assembly byConstructor(MethodHandle constructor) {
    return byConstructor(constructor, new MethodHandle[0]);
  }

  /**
   * Returns an assembly calling a constructor that takes the first properties, then one setter or
   * field write for each of the others, in order.
   *
   * @param constructor the constructor, taking each of the first properties as an {@code Object}:
   *     {@code (Object, ...)Object}
   * @param setters per property after the constructor's, its setter or field write: {@code (Object,
   *     Object)void}
   * @return the assembly
   * @throws IllegalArgumentException if the constructor's type is not of that form
   */
  static Assembly byConstructor(MethodHandle constructor, MethodHandle[] setters) {
    int n = constructor.type().parameterCount();
    if (!constructor.type().equals(MethodType.genericMethodType(n))) {
      throw new IllegalArgumentException(
          "a constructor for an assembly takes and returns Object, got " + constructor.type());
    }
    if (setters.length == 0) {
      return of(Source.VALUES.gather(constructor), Source.COLUMNS.gather(constructor));
    }
    return of(
        setterHandle(Source.VALUES.gather(constructor), setters, Source.VALUES, n),
        setterHandle(Source.COLUMNS.gather(constructor), setters, Source.COLUMNS, n));
  }

  /**
   * Returns an assembly calling a no-arg constructor, then one setter or field write per property.
   *
   * @param constructor the no-arg constructor: {@code ()Object}
   * @param setters per property, its setter or field write: {@code (Object, Object)void}
   * @return the assembly
   */
  static Assembly bySetters(MethodHandle constructor, MethodHandle[] setters) {
    return of(
        setterHandle(constructor, setters, Source.VALUES),
        setterHandle(constructor, setters, Source.COLUMNS));
  }

  /**
   * Composes a no-arg constructor and the setters into one handle: the object is made, each setter
   * is called on it with its value in order, and the object is returned.
   *
   * @param constructor the no-arg constructor: {@code ()Object}
   * @param setters per property, its setter or field write: {@code (Object, Object)void}
   * @param source where the values are read from
   * @return a handle of the source's type
   */
  static MethodHandle setterHandle(
      MethodHandle constructor, MethodHandle[] setters, Source source) {
    return setterHandle(constructor, setters, source, 0);
  }

  /**
   * Composes a constructor and the setters into one handle: the object is made, each setter is
   * called on it with its value in order, and the object is returned.
   *
   * @param make makes the object: {@code ()Object}, or the source's type where a constructor reads
   *     the first {@code first} values from the source
   * @param setters per property from {@code first} on, its setter or field write: {@code (Object,
   *     Object)void}
   * @param source where the values are read from
   * @param first the index of the first property a setter writes
   * @return a handle of the source's type
   */
  private static MethodHandle setterHandle(
      MethodHandle make, MethodHandle[] setters, Source source, int first) {
    // (Object o, source...)Object: the setters in order, each on its value, then o.
    MethodHandle body =
        MethodHandles.dropArguments(
            MethodHandles.identity(Object.class), 1, source.type.parameterList());
    for (int k = setters.length - 1; k >= 0; k--) {
      // foldArguments runs the setter first, then the body built so far, on the same arguments.
      body =
          MethodHandles.foldArguments(
              body, MethodHandles.collectArguments(setters[k], 1, source.value(first + k)));
    }
    // The object becomes the first argument: (source...)Object.
    return MethodHandles.foldArguments(body, make);
  }

  /**
   * Returns an assembly calling {@code make} and {@code makeRow}, as constants of a hidden class
   * where possible.
   *
   * @param make {@link #MAKE}: the values as one array
   * @param makeRow {@link #MAKE_ROW}: the values as a row of columns, the same object
   * @return the assembly
   * @throws IllegalArgumentException if a handle is not of its type
   */
  static Assembly of(MethodHandle make, MethodHandle makeRow) {
    if (!make.type().equals(MAKE)) {
      throw new IllegalArgumentException("an assembly takes " + MAKE + ", got " + make.type());
    }
    if (!makeRow.type().equals(MAKE_ROW)) {
      throw new IllegalArgumentException(
          "an assembly's row handle takes " + MAKE_ROW + ", got " + makeRow.type());
    }
    if (TEMPLATE != null) {
      try {
        MethodHandles.Lookup hidden =
            MethodHandles.lookup()
                .defineHiddenClassWithClassData(TEMPLATE, List.of(make, makeRow), true);
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
    return new Handle(make, makeRow);
  }

  /** Where an assembly's handle reads the values: its parameters, and each property's value. */
  enum Source {
    /** One array of values: {@code (Object[] values)}, property {@code k} at {@code values[k]}. */
    VALUES(MAKE) {
      @Override
      MethodHandle value(int k) {
        return MethodHandles.insertArguments(
            MethodHandles.arrayElementGetter(Object[].class), 1, k);
      }
    },
    /**
     * A block's columns: {@code (Object[][] columns, int row)}, property {@code k} at {@code
     * columns[k][row]}.
     */
    COLUMNS(MAKE_ROW) {
      @Override
      MethodHandle value(int k) {
        MethodHandle column =
            MethodHandles.insertArguments(MethodHandles.arrayElementGetter(Object[][].class), 1, k);
        return MethodHandles.filterArguments(
            MethodHandles.arrayElementGetter(Object[].class), 0, column);
      }
    };

    /** The type of this source's handles. */
    final MethodType type;

    Source(MethodType type) {
      this.type = type;
    }

    /**
     * Property {@code k}'s value.
     *
     * @param k the property's index
     * @return a handle from this source's parameters to the value: {@code (source...)Object}
     */
    abstract MethodHandle value(int k);

    /**
     * Feeds a constructor its arguments, one per property, from this source.
     *
     * @param constructor {@code (Object, ...)Object}, one parameter per property
     * @return a handle of this source's type
     */
    MethodHandle gather(MethodHandle constructor) {
      int n = constructor.type().parameterCount();
      // Each argument in turn becomes this source's parameters and reads its value from them,
      // then every copy of the parameters is merged into one.
      MethodHandle all = constructor;
      for (int k = n - 1; k >= 0; k--) {
        all = MethodHandles.collectArguments(all, k, value(k));
      }
      int width = type.parameterCount();
      int[] reorder = new int[n * width];
      for (int i = 0; i < reorder.length; i++) {
        reorder[i] = i % width;
      }
      return MethodHandles.permuteArguments(all, type, reorder);
    }
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

  /** The handles called as they are: the path where no hidden class could be defined. */
  static final class Handle extends Assembly {
    private final MethodHandle make;
    private final MethodHandle makeRow;

    Handle(MethodHandle make, MethodHandle makeRow) {
      this.make = make;
      this.makeRow = makeRow;
    }

    @Override
    Object make(Object[] values) {
      try {
        return (Object) make.invokeExact(values);
      } catch (Throwable e) {
        throw rethrow(e);
      }
    }

    @Override
    Object make(Object[][] columns, int row) {
      try {
        return (Object) makeRow.invokeExact(columns, row);
      } catch (Throwable e) {
        throw rethrow(e);
      }
    }
  }
}
