package dev.forgery.internal.engine;

import dev.forgery.internal.random.RandomSource;
import dev.forgery.internal.random.Seeds;
import dev.forgery.internal.random.SplitMix64;
import dev.forgery.internal.registry.Defaults;
import dev.forgery.internal.registry.Generator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@code Map} of up to {@link Defaults#COLLECTION_SIZE} entries (or the size a {@code @Size} asks
 * for): entry {@code i}'s value is seeded as element {@code i} of a list ({@code Seeds.row(seed, i
 * + 1)}) and its key at {@code mix64(that ^ salt("key"))}. A key drawn twice keeps its first value,
 * so a map may hold fewer entries, unless a constraint asks for at least {@code min}: then entries
 * {@code size}, {@code size + 1}, ... are drawn the same way until it has them. The entries keep
 * draw order, unless the {@link Container} sorts them ({@code SortedMap}, {@code EnumMap}).
 * Unmodifiable in a record, a {@code LinkedHashMap} or the declared map class elsewhere.
 */
final class MapComponent extends Component {
  private static final long KEY_SALT = Seeds.salt("key");

  private final Generator key;
  private final Generator value;
  private final Container shape;
  private final int size;
  private final int min;

  /**
   * Creates the component, of up to {@link Defaults#COLLECTION_SIZE} entries.
   *
   * @param key the keys' generator
   * @param value the values' generator
   * @param shape the map the entries are put in
   */
  MapComponent(Generator key, Generator value, Container shape) {
    this(key, value, shape, Defaults.COLLECTION_SIZE, 0);
  }

  private MapComponent(Generator key, Generator value, Container shape, int size, int min) {
    this.key = key;
    this.value = value;
    this.shape = shape;
    this.size = size;
    this.min = min;
  }

  /**
   * Returns a map of the same kind with other keys, values or size, as constraints ask (see {@link
   * Constraints}).
   *
   * @param key the keys' generator
   * @param value the values' generator
   * @param size how many entries to draw
   * @param min how many distinct keys it must have at least, {@code <= size}
   * @return the component
   */
  MapComponent with(Generator key, Generator value, int size, int min) {
    return new MapComponent(key, value, shape, size, min);
  }

  /** The keys' generator. */
  Generator key() {
    return key;
  }

  /** The values' generator. */
  Generator value() {
    return value;
  }

  /** How many entries it draws. */
  int size() {
    return size;
  }

  @Override
  public Class<?> valueType() {
    return shape.type();
  }

  @Override
  Object make(long seed, RandomSource w) {
    long[] valueSeeds = new long[size];
    long[] keySeeds = new long[size];
    for (int i = 0; i < size; i++) {
      valueSeeds[i] = Seeds.row(seed, i + 1L);
      keySeeds[i] = SplitMix64.mix64(valueSeeds[i] ^ KEY_SALT);
    }
    Object[] keys = new Object[size];
    Object[] values = new Object[size];
    key.fill(w, keySeeds, keys, 0, size);
    value.fill(w, valueSeeds, values, 0, size);
    Map<Object, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < size; i++) {
      map.putIfAbsent(keys[i], values[i]);
    }
    CollectionComponent.complete(
        map.keySet(),
        i -> {
          long valueSeed = Seeds.row(seed, i + 1L);
          map.putIfAbsent(
              Component.at(key, SplitMix64.mix64(valueSeed ^ KEY_SALT), w),
              Component.at(value, valueSeed, w));
        },
        size,
        min,
        this);
    return shape.map(map);
  }

  @Override
  public String toString() {
    return "Map<" + key + ", " + value + ">";
  }
}
