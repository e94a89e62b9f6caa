package dev.forgery.internal.engine;

import dev.forgery.internal.random.RandomSource;
import dev.forgery.internal.random.SplitMix64;
import dev.forgery.internal.registry.Generator;

/**
 * A record inside a record: its components are seeded from its own seed, component {@code k} at
 * {@code mix64(seed ^ salt(name_k))}, the same rule as a top-level record's components from their
 * row seed, and the record is made by its canonical constructor.
 */
final class NestedRecord extends Component {
  private final Class<?> type;
  private final RecordSink constructor;
  private final Generator[] children;
  private final long[] salts;

  /**
   * Creates the component.
   *
   * @param type the record class
   * @param constructor calls the canonical constructor
   * @param children one generator per component, in order
   * @param salts the salts of the components' names
   */
  NestedRecord(Class<?> type, RecordSink constructor, Generator[] children, long[] salts) {
    this.type = type;
    this.constructor = constructor;
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
    return constructor.make(args);
  }

  @Override
  public String toString() {
    return type.getName();
  }
}
