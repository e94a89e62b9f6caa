package dev.forgery.internal.engine;

import dev.forgery.internal.random.RandomSource;
import dev.forgery.internal.registry.Defaults;
import dev.forgery.internal.registry.Generator;
import java.lang.reflect.Array;

/**
 * An array of {@link Defaults#COLLECTION_SIZE} elements (or the length a {@code @Size} asks for),
 * seeded as a list's ({@link CollectionComponent}): {@code String[] tags} holds the values {@code
 * List<String> tags} would. Primitive arrays are unboxed from the drawn cells.
 */
final class ArrayComponent extends Component {
  private final Generator element;
  private final Class<?> componentType;
  private final int size;

  /**
   * Creates the component, of {@link Defaults#COLLECTION_SIZE} elements.
   *
   * @param element the elements' generator, giving boxed values for a primitive array
   * @param componentType the array's component class
   */
  ArrayComponent(Generator element, Class<?> componentType) {
    this(element, componentType, Defaults.COLLECTION_SIZE);
  }

  private ArrayComponent(Generator element, Class<?> componentType, int size) {
    this.element = element;
    this.componentType = componentType;
    this.size = size;
  }

  /**
   * Returns an array of the same component type with other elements or another length, as a
   * {@code @Size} asks (see {@link Constraints}).
   *
   * @param element the elements' generator
   * @param size the length
   * @return the component
   */
  ArrayComponent with(Generator element, int size) {
    return new ArrayComponent(element, componentType, size);
  }

  /** The elements' generator. */
  Generator element() {
    return element;
  }

  /** How many elements it draws. */
  int size() {
    return size;
  }

  /**
   * Returns an empty array of a component type, immutable as every empty array is.
   *
   * @param componentType the component class
   * @return the array
   */
  static Object empty(Class<?> componentType) {
    return Array.newInstance(componentType, 0);
  }

  @Override
  public Class<?> valueType() {
    return empty(componentType).getClass();
  }

  @Override
  Object make(long seed, RandomSource w) {
    Object[] values = CollectionComponent.elements(element, seed, w, size);
    if (!componentType.isPrimitive()) {
      Object array = Array.newInstance(componentType, size);
      System.arraycopy(values, 0, array, 0, size);
      return array;
    }
    return unboxed(values);
  }

  /** Copies boxed cells into a new primitive array of the component type. */
  private Object unboxed(Object[] values) {
    int n = values.length;
    if (componentType == int.class) {
      int[] out = new int[n];
      for (int i = 0; i < n; i++) {
        out[i] = (Integer) values[i];
      }
      return out;
    } else if (componentType == long.class) {
      long[] out = new long[n];
      for (int i = 0; i < n; i++) {
        out[i] = (Long) values[i];
      }
      return out;
    } else if (componentType == double.class) {
      double[] out = new double[n];
      for (int i = 0; i < n; i++) {
        out[i] = (Double) values[i];
      }
      return out;
    } else if (componentType == boolean.class) {
      boolean[] out = new boolean[n];
      for (int i = 0; i < n; i++) {
        out[i] = (Boolean) values[i];
      }
      return out;
    } else if (componentType == float.class) {
      float[] out = new float[n];
      for (int i = 0; i < n; i++) {
        out[i] = (Float) values[i];
      }
      return out;
    } else if (componentType == short.class) {
      short[] out = new short[n];
      for (int i = 0; i < n; i++) {
        out[i] = (Short) values[i];
      }
      return out;
    }
    byte[] out = new byte[n];
    for (int i = 0; i < n; i++) {
      out[i] = (Byte) values[i];
    }
    return out;
  }

  @Override
  public String toString() {
    return element + "[]";
  }
}
