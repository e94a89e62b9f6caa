package dev.forgery.internal.engine;

import dev.forgery.internal.random.RandomSource;
import dev.forgery.internal.random.Seeds;
import dev.forgery.internal.registry.Defaults;
import dev.forgery.internal.registry.Generator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A {@code List} or {@code Set} of {@link Defaults#COLLECTION_SIZE} elements, element {@code i}
 * seeded {@code Seeds.row(seed, i + 1)}: the elements are drawn as one column, so a list of emails
 * uses the provider's column draw. A set keeps the distinct elements in draw order. A record's
 * collections are unmodifiable, as records are values; other classes get an {@code ArrayList} or a
 * {@code LinkedHashSet} they may add to, as entities and beans expect.
 */
final class CollectionComponent extends Component {
  private final Generator element;
  private final boolean set;
  private final boolean mutable;

  /**
   * Creates the component.
   *
   * @param element the elements' generator
   * @param set whether to make a {@code Set} rather than a {@code List}
   * @param mutable whether to make an {@code ArrayList} or {@code LinkedHashSet} rather than an
   *     unmodifiable view
   */
  CollectionComponent(Generator element, boolean set, boolean mutable) {
    this.element = element;
    this.set = set;
    this.mutable = mutable;
  }

  @Override
  public Class<?> valueType() {
    return set ? Set.class : List.class;
  }

  /**
   * Draws the cells of {@code size} elements under a container's seed, element {@code i} seeded
   * {@code Seeds.row(seed, i + 1)}.
   */
  static Object[] elements(Generator element, long seed, RandomSource w, int size) {
    long[] seeds = new long[size];
    for (int i = 0; i < size; i++) {
      seeds[i] = Seeds.row(seed, i + 1L);
    }
    Object[] values = new Object[size];
    element.fill(w, seeds, values, 0, size);
    return values;
  }

  @Override
  Object make(long seed, RandomSource w) {
    List<Object> values = Arrays.asList(elements(element, seed, w, Defaults.COLLECTION_SIZE));
    if (set) {
      Set<Object> distinct = new LinkedHashSet<>(values);
      return mutable ? distinct : Collections.unmodifiableSet(distinct);
    }
    return mutable ? new ArrayList<>(values) : Collections.unmodifiableList(values);
  }

  @Override
  public String toString() {
    return (set ? "Set<" : "List<") + element + ">";
  }
}
