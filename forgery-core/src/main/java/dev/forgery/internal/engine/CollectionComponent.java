package dev.forgery.internal.engine;

import dev.forgery.internal.random.RandomSource;
import dev.forgery.internal.random.Seeds;
import dev.forgery.internal.registry.Defaults;
import dev.forgery.internal.registry.Generator;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * A {@code List} or {@code Set} of {@link Defaults#COLLECTION_SIZE} elements (or the size a
 * {@code @Size} asks for, see {@link Constraints}), element {@code i} seeded {@code Seeds.row(seed,
 * i + 1)}: the elements are drawn as one column, so a list of emails uses the provider's column
 * draw. A set keeps the distinct elements in draw order; where a constraint asks for at least
 * {@code min} of them, elements {@code size}, {@code size + 1}, ... are drawn, seeded the same way,
 * until it has them. The {@link Container} decides the collection they are put in: a record's
 * collections are unmodifiable, as records are values; other classes get an {@code ArrayList}, a
 * {@code LinkedHashSet} or the concrete collection they declare, which they may add to, as entities
 * and beans expect.
 */
final class CollectionComponent extends Component {
  /** How many elements beyond the drawn ones a set may draw per distinct element it lacks. */
  static final int EXTRA_DRAWS = 100;

  private final Generator element;
  private final Container shape;
  private final int size;
  private final int min;

  /**
   * Creates the component, of {@link Defaults#COLLECTION_SIZE} elements.
   *
   * @param element the elements' generator
   * @param shape the collection the elements are put in
   */
  CollectionComponent(Generator element, Container shape) {
    this(element, shape, Defaults.COLLECTION_SIZE, 0);
  }

  private CollectionComponent(Generator element, Container shape, int size, int min) {
    this.element = element;
    this.shape = shape;
    this.size = size;
    this.min = min;
  }

  /**
   * Returns the same kind of collection with other elements or another size.
   *
   * @param element the elements' generator
   * @param size how many elements to draw
   * @param min how many distinct elements a set must have at least, {@code <= size}
   * @return the component
   */
  CollectionComponent with(Generator element, int size, int min) {
    return new CollectionComponent(element, shape, size, min);
  }

  /** The elements' generator. */
  Generator element() {
    return element;
  }

  /** How many elements it draws. */
  int size() {
    return size;
  }

  /** Whether this is a set, whose duplicates collapse. */
  boolean isSet() {
    return shape.isSet();
  }

  @Override
  public Class<?> valueType() {
    return shape.type();
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

  /**
   * Draws elements {@code from}, {@code from + 1}, ... of a container seeded {@code seed}, each at
   * {@code Seeds.row(seed, i + 1)} as {@link #elements} seeds them, into {@code into} until it
   * holds {@code min} of them: how a set or map that must hold that many distinct elements or keys
   * is completed.
   *
   * @param into the distinct elements or keys drawn so far, added to
   * @param add draws element {@code i} at its seed and adds it
   * @param from the index of the first element not drawn yet
   * @param min how many {@code into} must hold
   * @param what the container, for the message
   * @throws IllegalStateException if {@link #EXTRA_DRAWS} per missing element do not suffice
   */
  static void complete(Collection<?> into, IntConsumer add, int from, int min, Object what) {
    int limit = from + EXTRA_DRAWS * Math.max(1, min);
    for (int i = from; into.size() < min; i++) {
      if (i == limit) {
        throw new IllegalStateException(
            what
                + ": "
                + (limit - from)
                + " more draws gave only "
                + into.size()
                + " distinct values of the "
                + min
                + " its @Size asks for; widen the element's values or lower the minimum");
      }
      add.accept(i);
    }
  }

  @Override
  Object make(long seed, RandomSource w) {
    List<Object> values = Arrays.asList(elements(element, seed, w, size));
    if (shape.isSet()) {
      Set<Object> distinct = new LinkedHashSet<>(values);
      complete(
          distinct,
          i -> distinct.add(Component.at(element, Seeds.row(seed, i + 1L), w)),
          size,
          min,
          this);
      return shape.collection(distinct);
    }
    return shape.collection(values);
  }

  @Override
  public String toString() {
    return shape.type().getSimpleName() + "<" + element + ">";
  }
}
