package dev.forgery.internal.engine;

import java.lang.constant.ConstantDescs;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;

/**
 * The template of the hidden classes {@link Assembly#of} defines: its class file is read as bytes
 * and defined once per assembled type, with that type's handle as the class data, which this
 * class's {@code static final} field then holds. The JIT treats the field as a constant and inlines
 * the handle into {@link #make}. Loaded as an ordinary class it has no class data and is never
 * instantiated.
 */
final class ConstantAssembly extends Assembly {
  /** The handle of this hidden class: {@code (Object[])Object}. */
  private static final MethodHandle MAKE = classData();

  /** Creates the assembly; called once, by {@link Assembly#of}, on the hidden class. */
  ConstantAssembly() {}

  private static MethodHandle classData() {
    try {
      return MethodHandles.classData(
          MethodHandles.lookup(), ConstantDescs.DEFAULT_NAME, MethodHandle.class);
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
}
