package dev.forgery.internal.engine;

import dev.forgery.internal.random.RandomSource;
import dev.forgery.internal.registry.Generator;
import java.util.Optional;

/**
 * An {@code Optional}, always present (but where a cycle is cut): its value is the one the same
 * property would have without the {@code Optional}, drawn at the same cell seed.
 */
final class OptionalComponent extends Component {
  private final Generator value;

  /**
   * Creates the component.
   *
   * @param value the value's generator
   */
  OptionalComponent(Generator value) {
    this.value = value;
  }

  /** The value's generator. */
  Generator value() {
    return value;
  }

  @Override
  public Class<?> valueType() {
    return Optional.class;
  }

  @Override
  Object make(long seed, RandomSource w) {
    return Optional.ofNullable(Component.at(value, seed, w));
  }

  @Override
  public String toString() {
    return "Optional<" + value + ">";
  }
}
