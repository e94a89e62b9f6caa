package dev.forgery.internal.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Queue;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The concrete collection or map a declared container type is given, decided once per property:
 * {@code List}, {@code Collection} and {@code Iterable} an {@code ArrayList}; {@code LinkedList}
 * itself; {@code Queue} and {@code Deque} an {@code ArrayDeque}; {@code Set} a {@code
 * LinkedHashSet} (draw order); {@code SortedSet} and {@code NavigableSet} a {@code TreeSet}; {@code
 * EnumSet} itself; {@code Map} a {@code LinkedHashMap}; {@code SortedMap} and {@code NavigableMap}
 * a {@code TreeMap}; {@code EnumMap} itself. A record's interface-typed containers are unmodifiable
 * views of those, since records are values; a queue has no such view and stays an {@code
 * ArrayDeque}.
 *
 * <p>The elements are drawn the same way whatever the shape (a set's distinct elements in draw
 * order, a map's first value per key), so changing {@code Set} to {@code SortedSet} reorders the
 * elements but never changes them.
 */
final class Container {
  /** The shapes, each a family of declared types. */
  enum Kind {
    LIST,
    LINKED_LIST,
    DEQUE,
    SET,
    SORTED_SET,
    ENUM_SET,
    MAP,
    SORTED_MAP,
    ENUM_MAP
  }

  private final Kind kind;
  private final boolean mutable;
  private final Class<?> enumType;

  private Container(Kind kind, boolean mutable, Class<?> enumType) {
    this.kind = kind;
    this.mutable = mutable;
    this.enumType = enumType;
  }

  /**
   * Returns the shape of a declared container class, or {@code null} if it is not one forgery
   * fills.
   *
   * @param raw the declared class
   * @param mutable whether the owner is not a record (its containers may be added to)
   * @param element the raw class of the elements or keys, {@code null} if not a class; only used
   *     for {@code EnumSet} and {@code EnumMap}
   * @return the shape, or {@code null}
   */
  static Container of(Class<?> raw, boolean mutable, Class<?> element) {
    Kind kind = kind(raw);
    if (kind == null) {
      return null;
    }
    // A concrete class declared by a record is what the record asked for, so it is modifiable.
    boolean modifiable = mutable || !raw.isInterface() || kind == Kind.DEQUE;
    boolean enumKind = kind == Kind.ENUM_SET || kind == Kind.ENUM_MAP;
    return new Container(kind, modifiable, enumKind ? element : null);
  }

  private static Kind kind(Class<?> raw) {
    if (raw == List.class
        || raw == Collection.class
        || raw == Iterable.class
        || raw == ArrayList.class) {
      return Kind.LIST;
    } else if (raw == LinkedList.class) {
      return Kind.LINKED_LIST;
    } else if (raw == Queue.class || raw == Deque.class || raw == ArrayDeque.class) {
      return Kind.DEQUE;
    } else if (raw == Set.class || raw == HashSet.class || raw == LinkedHashSet.class) {
      return Kind.SET;
    } else if (raw == SortedSet.class || raw == NavigableSet.class || raw == TreeSet.class) {
      return Kind.SORTED_SET;
    } else if (raw == EnumSet.class) {
      return Kind.ENUM_SET;
    } else if (raw == Map.class || raw == HashMap.class || raw == LinkedHashMap.class) {
      return Kind.MAP;
    } else if (raw == SortedMap.class || raw == NavigableMap.class || raw == TreeMap.class) {
      return Kind.SORTED_MAP;
    } else if (raw == EnumMap.class) {
      return Kind.ENUM_MAP;
    }
    return null;
  }

  /**
   * Returns whether this is a map.
   *
   * @return whether the container holds keys and values
   */
  boolean isMap() {
    return kind == Kind.MAP || kind == Kind.SORTED_MAP || kind == Kind.ENUM_MAP;
  }

  /**
   * Returns whether this is a set, whose duplicates collapse.
   *
   * @return whether elements are distinct
   */
  boolean isSet() {
    return kind == Kind.SET || kind == Kind.SORTED_SET || kind == Kind.ENUM_SET;
  }

  /**
   * Returns whether the elements (or keys) are kept in their natural order, so they must be {@code
   * Comparable}.
   *
   * @return whether the container sorts
   */
  boolean sorted() {
    return kind == Kind.SORTED_SET || kind == Kind.SORTED_MAP;
  }

  /**
   * Returns whether the collection may hold {@code null} elements: a sorted set, a queue and an
   * enum set may not.
   *
   * @return whether a nullable element override fits
   */
  boolean holdsNull() {
    return kind == Kind.LIST || kind == Kind.LINKED_LIST || kind == Kind.SET;
  }

  /**
   * Returns whether the elements (or keys) must be constants of an enum.
   *
   * @return whether this is an {@code EnumSet} or {@code EnumMap}
   */
  boolean enumKeyed() {
    return kind == Kind.ENUM_SET || kind == Kind.ENUM_MAP;
  }

  /**
   * Returns the collection that holds {@code values}: for a set, the distinct values in draw order.
   *
   * @param values the drawn elements, a {@code LinkedHashSet} for a set, a fixed-size list
   *     otherwise; handed over, so it may be kept
   * @return the collection of the declared type
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  Object collection(Collection<Object> values) {
    switch (kind) {
      case LINKED_LIST:
        return new LinkedList<>(values);
      case DEQUE:
        return new ArrayDeque<>(values);
      case SORTED_SET:
        TreeSet<Object> sorted = new TreeSet<>(values);
        return mutable ? sorted : Collections.unmodifiableNavigableSet(sorted);
      case ENUM_SET:
        EnumSet set = EnumSet.noneOf((Class) enumType);
        set.addAll(values);
        return set;
      case SET:
        Set<Object> distinct =
            values instanceof LinkedHashSet ? (Set<Object>) values : new LinkedHashSet<>(values);
        return mutable ? distinct : Collections.unmodifiableSet(distinct);
      default:
        return mutable
            ? new ArrayList<>(values)
            : Collections.unmodifiableList(
                values instanceof List ? (List<Object>) values : new ArrayList<>(values));
    }
  }

  /**
   * Returns the map that holds {@code entries}.
   *
   * @param entries the drawn entries in draw order, a {@code LinkedHashMap}; handed over, so it may
   *     be kept
   * @return the map of the declared type
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  Object map(Map<Object, Object> entries) {
    switch (kind) {
      case SORTED_MAP:
        TreeMap<Object, Object> sorted = new TreeMap<>(entries);
        return mutable ? sorted : Collections.unmodifiableNavigableMap(sorted);
      case ENUM_MAP:
        EnumMap map = new EnumMap((Class) enumType);
        map.putAll(entries);
        return map;
      default:
        Map<Object, Object> copy =
            entries instanceof LinkedHashMap ? entries : new LinkedHashMap<>(entries);
        return mutable ? copy : Collections.unmodifiableMap(copy);
    }
  }

  /**
   * Returns the empty container where a cycle is cut: a new one for each object if it may be added
   * to, else one shared immutable value.
   *
   * @return the generator
   */
  Fixed empty() {
    if (!mutable) {
      Object value = isMap() ? map(Map.of()) : collection(List.of());
      return Fixed.of(value);
    }
    return Fixed.fresh(() -> isMap() ? map(Map.of()) : collection(List.of()));
  }

  /**
   * Returns the type of the containers this makes, for messages and {@code valueType}.
   *
   * @return a collection or map interface
   */
  Class<?> type() {
    switch (kind) {
      case LINKED_LIST:
        return LinkedList.class;
      case DEQUE:
        return Deque.class;
      case SET:
        return Set.class;
      case SORTED_SET:
        return NavigableSet.class;
      case ENUM_SET:
        return EnumSet.class;
      case MAP:
        return Map.class;
      case SORTED_MAP:
        return NavigableMap.class;
      case ENUM_MAP:
        return EnumMap.class;
      default:
        return List.class;
    }
  }
}
