package dev.forgery.internal.engine;

import java.lang.constant.ConstantDescs;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;

/**
 * The template of the hidden classes {@link Assembly#of} defines: its class file is read as bytes
 * and defined once per assembled type, with that type's two handles as the class data, which this
 * class's {@code static final} fields then hold. The JIT treats the fields as constants and inlines
 * the handles into the {@code make} methods. Loaded as an ordinary class it has no class data and
 * is never instantiated.
 */
final class ConstantAssembly extends Assembly {
  /** The handle taking the values as one array: {@code (Object[])Object}. */
  private static final MethodHandle MAKE = classData(0);

  /** The handle taking the values as a row of columns: {@code (Object[][], int)Object}. */
  private static final MethodHandle MAKE_ROW = classData(1);

  /** Creates the assembly; called once, by {@link Assembly#of}, on the hidden class. */
  ConstantAssembly() {}

  private static MethodHandle classData(int index) {
    try {
      return MethodHandles.classDataAt(
          MethodHandles.lookup(), ConstantDescs.DEFAULT_NAME, MethodHandle.class, index);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  Object make(Object[] values) {
    try {
      return (Object) MAKE.invokeExact(values);
    } catch (Throwable e) {
      throw rethrow(e);
    }
  }

  @Override
  Object make(Object[][] columns, int row) {
    try {
      return (Object) MAKE_ROW.invokeExact(columns, row);
    } catch (Throwable e) {
      throw rethrow(e);
    }
  }
}
