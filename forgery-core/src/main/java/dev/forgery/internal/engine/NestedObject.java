package dev.forgery.internal.engine;

import dev.forgery.internal.random.RandomSource;
import dev.forgery.internal.random.SplitMix64;
import dev.forgery.internal.registry.Generator;

/**
 * An object inside an object (a record in a record, a bean in a bean): its properties are seeded
 * from its own seed, property {@code k} at {@code mix64(seed ^ salt(name_k))}, the same rule as a
 * top-level object's properties from their row seed, and the object is made by its {@link
 * Assembly}.
 */
final class NestedObject extends Component {
  private final Class<?> type;
  private final Assembly assembly;
  private final Generator[] children;
  private final long[] salts;

  /**
   * Creates the component.
   *
   * @param type the class
   * @param assembly makes the object from its property values
   * @param children one generator per property, in order
   * @param salts the salts of the properties' names
   */
  NestedObject(Class<?> type, Assembly assembly, Generator[] children, long[] salts) {
    this.type = type;
    this.assembly = assembly;
    this.children = children;
    this.salts = salts;
  }

  @Override
  public Class<?> valueType() {
    return type;
  }

  @Override
  Object make(long seed, RandomSource w) {
    Object[] args = new Object[children.length];
    for (int k = 0; k < children.length; k++) {
      args[k] = Component.at(children[k], SplitMix64.mix64(seed ^ salts[k]), w);
    }
    return assembly.make(args);
  }

  @Override
  public String toString() {
    return type.getName();
  }
}
