package dev.forgery.internal.engine;

import dev.forgery.internal.random.RandomSource;
import dev.forgery.internal.registry.Generator;
import java.util.function.Supplier;

/**
 * A property whose value is the same every time and draws nothing: where a cycle is cut, {@code
 * null} for an object and an empty collection, map, array or {@code Optional} for a container of
 * one; the {@code null}, {@code true} or {@code false} a constraint asks for. An empty container
 * that its owner may add to is made anew for every object.
 */
final class Fixed extends Generator {
  /** The {@code null} that cuts a cycle at an object-typed property. */
  static final Fixed CUT = new Fixed(() -> null, Object.class, "null (a cycle cut)");

  /** The {@code null} a {@code @Null} constraint asks for. */
  static final Fixed NULL = new Fixed(() -> null, Object.class, "null (@Null)");

  private final Supplier<?> value;
  private final Class<?> type;
  private final String text;

  private Fixed(Supplier<?> value, Class<?> type, String text) {
    this.value = value;
    this.type = type;
    this.text = text;
  }

  /**
   * Returns a generator of one immutable value.
   *
   * @param value the value
   * @return the generator
   */
  static Fixed of(Object value) {
    return new Fixed(() -> value, value.getClass(), "always " + value);
  }

  /**
   * Returns a generator of a new (modifiable, empty) value each time.
   *
   * @param make makes the value
   * @return the generator
   */
  static Fixed fresh(Supplier<?> make) {
    Object sample = make.get();
    return new Fixed(make, sample.getClass(), "a new " + sample.getClass().getSimpleName());
  }

  @Override
  public Class<?> valueType() {
    return type;
  }

  @Override
  public Object next(RandomSource random) {
    return value.get();
  }

  @Override
  public void fill(RandomSource random, long[] seeds, Object[] out, int at, int count) {
    for (int k = 0; k < count; k++) {
      out[at + k] = value.get();
    }
  }

  @Override
  public String toString() {
    return text;
  }
}
