package dev.forgery.internal.engine;

import dev.forgery.internal.random.RandomSource;
import dev.forgery.internal.random.Seeds;
import dev.forgery.internal.registry.Defaults;
import dev.forgery.internal.registry.Generator;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A {@code List} or {@code Set} component of {@link Defaults#COLLECTION_SIZE} elements, element
 * {@code i} seeded {@code Seeds.row(seed, i + 1)}: the elements are drawn as one column, so a list
 * of emails uses the provider's column draw. A set keeps the distinct elements in draw order.
 */
final class CollectionComponent extends Component {
  private final Generator element;
  private final boolean set;

  /**
   * Creates the component.
   *
   * @param element the elements' generator
   * @param set whether to make a {@code Set} rather than a {@code List}
   */
  CollectionComponent(Generator element, boolean set) {
    this.element = element;
    this.set = set;
  }

  @Override
  public Class<?> valueType() {
    return set ? Set.class : List.class;
  }

  @Override
  Object make(long seed, RandomSource w) {
    int size = Defaults.COLLECTION_SIZE;
    long[] seeds = new long[size];
    for (int i = 0; i < size; i++) {
      seeds[i] = Seeds.row(seed, i + 1L);
    }
    Object[] values = new Object[size];
    element.fill(w, seeds, values, 0, size);
    if (set) {
      return Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(values)));
    }
    return Collections.unmodifiableList(Arrays.asList(values));
  }

  @Override
  public String toString() {
    return (set ? "Set<" : "List<") + element + ">";
  }
}
