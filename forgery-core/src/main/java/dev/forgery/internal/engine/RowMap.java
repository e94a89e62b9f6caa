package dev.forgery.internal.engine;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable row: values in schema order over one key array shared by every row of a batch.
 *
 * <p>Costs one small object and the values array per row, against a {@code LinkedHashMap}'s table
 * plus one entry object per field. Honours the {@link Map} contract: equal to any map with the same
 * mappings, same hash code; every mutator throws {@link UnsupportedOperationException}. Values may
 * be {@code null} (nullable fields).
 */
public final class RowMap extends AbstractMap<String, Object> {
  private final Keys keys;
  private final Object[] values;

  /**
   * Wraps, without copying, the values of one row.
   *
   * @param keys the shared keys
   * @param values one value per key, owned by this map from now on
   */
  public RowMap(Keys keys, Object[] values) {
    this.keys = keys;
    this.values = values;
  }

  /** The field names of a batch, in order, with a lookup from name to position. */
  public static final class Keys {
    private final String[] names;
    private final Map<String, Integer> index;

    /**
     * Creates the keys.
     *
     * @param names distinct names in order
     */
    public Keys(String[] names) {
      this.names = names.clone();
      // Few fields: a linear scan over interned-like keys beats hashing.
      if (names.length > 8) {
        index = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
          index.put(names[i], i);
        }
      } else {
        index = null;
      }
    }

    int indexOf(Object key) {
      if (index != null) {
        Integer i = index.get(key);
        return i == null ? -1 : i;
      }
      for (int i = 0; i < names.length; i++) {
        if (names[i].equals(key)) {
          return i;
        }
      }
      return -1;
    }

    /**
     * Returns the number of keys.
     *
     * @return the size
     */
    public int size() {
      return names.length;
    }
  }

  @Override
  public int size() {
    return values.length;
  }

  @Override
  public boolean isEmpty() {
    return values.length == 0;
  }

  @Override
  public boolean containsKey(Object key) {
    return keys.indexOf(key) >= 0;
  }

  @Override
  public Object get(Object key) {
    int i = keys.indexOf(key);
    return i < 0 ? null : values[i];
  }

  @Override
  public Object getOrDefault(Object key, Object defaultValue) {
    int i = keys.indexOf(key);
    return i < 0 ? defaultValue : values[i];
  }

  @Override
  public int hashCode() {
    int h = 0;
    for (int i = 0; i < values.length; i++) {
      h += keys.names[i].hashCode() ^ Objects.hashCode(values[i]);
    }
    return h;
  }

  @Override
  public Set<Entry<String, Object>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return values.length;
      }

      @Override
      public Iterator<Entry<String, Object>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < values.length;
          }

          @Override
          public Entry<String, Object> next() {
            if (next >= values.length) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new SimpleImmutableEntry<>(keys.names[i], values[i]);
          }
        };
      }
    };
  }
}
