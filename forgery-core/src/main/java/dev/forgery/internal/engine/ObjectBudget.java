package dev.forgery.internal.engine;

import dev.forgery.internal.registry.Defaults;
import dev.forgery.internal.registry.Generator;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How many objects one requested object holds, estimated while its plan is built, and the limit on
 * it ({@link Defaults#OBJECTS_PER_ROOT}). Each collection, array and map counts as full and each
 * {@code Optional} as present, so the estimate is what one object holds at most; a nested object
 * counts itself and what its properties hold. Cutting cycles bounds how deep an object goes, not
 * how wide: four levels of ten-element collections of distinct classes are 11,111 objects per root,
 * and a million roots then fill the heap. A plan over the limit is therefore refused before any
 * object is made, with the path where most of the objects are and the sizes that would shrink it.
 *
 * <p>The walk also counts the nested objects it plans, with the same limit, so that a model whose
 * classes name each other along very many paths fails with a message rather than taking the walk
 * itself out of memory.
 */
final class ObjectBudget {
  /**
   * What one value of a generator holds: how many objects, and the path of the deepest object on
   * the way that holds most of them.
   */
  private record Load(long objects, String heaviest) {}

  private static final Load NONE = new Load(0, null);

  private final String root;
  private final long limit;

  /** The loads of the nested objects planned so far, by identity: only ever looked up. */
  private final Map<Generator, Load> loads = new IdentityHashMap<>();

  private long planned;

  /**
   * Starts an estimate.
   *
   * @param root how messages name the requested type, e.g. {@code Customer}
   * @param limit how many objects one requested object may hold
   */
  ObjectBudget(String root, long limit) {
    this.root = root;
    this.limit = limit;
  }

  /**
   * Counts one more nested object planned by the walk.
   *
   * @param at its path from the requested type, for the message
   * @throws IllegalArgumentException if the walk has planned more than the limit
   */
  void planned(String at) {
    if (++planned > limit) {
      throw new IllegalArgumentException(
          "cannot fill "
              + root
              + ": its plan has more than "
              + String.format(Locale.ROOT, "%,d", limit)
              + " nested objects by "
              + root
              + "."
              + at
              + "; its classes refer to each other along too many paths: pass Schema overrides"
              + " for some of the properties on this path, or annotate them with"
              + " @FakeWith(\"<provider>\")");
    }
  }

  /**
   * Records what a nested object holds: itself and its properties' objects.
   *
   * @param object the nested object's generator
   * @param at its path from the requested type
   * @param children its properties' generators, final (sized and constrained)
   */
  void object(NestedObject object, String at, Generator[] children) {
    loads.put(object, load(at, children));
  }

  /**
   * Returns how many objects one requested object holds at most.
   *
   * @param children the generators of its top-level properties
   * @return the estimate, itself included
   * @throws IllegalArgumentException if it is over the limit, naming the path that multiplies most
   *     and the sizes that would shrink it
   */
  long check(Generator[] children) {
    Load load = load("", children);
    if (load.objects() <= limit) {
      return load.objects();
    }
    String heaviest = load.heaviest();
    int last = heaviest.lastIndexOf("[]");
    String fix =
        last < 0
            ? "pass a Schema override for '" + heaviest + "'"
            : "give its collections fewer elements with Schema.builder().size(path, n), e.g."
                + " .size(\""
                + heaviest.substring(0, last)
                + "\", 2), or replace a property on it with a Schema override";
    throw new IllegalArgumentException(
        "cannot fill "
            + root
            + ": one object would hold about "
            + String.format(Locale.ROOT, "%,d", load.objects())
            + " objects, more than the "
            + String.format(Locale.ROOT, "%,d", limit)
            + " forgery makes for one; most of them are at "
            + root
            + "."
            + heaviest
            + ", each collection on the way multiplying them by its size: "
            + fix);
  }

  /** An object at {@code at}: itself, and its properties' loads; the heaviest one's path. */
  private Load load(String at, Generator[] children) {
    long objects = 1;
    Load heaviest = null;
    for (Generator child : children) {
      Load l = load(child);
      objects = add(objects, l.objects());
      if (l.objects() > 0 && (heaviest == null || l.objects() > heaviest.objects())) {
        heaviest = l;
      }
    }
    return new Load(objects, heaviest == null ? at : heaviest.heaviest());
  }

  /** What one value of a generator holds: through containers to the nested objects recorded. */
  private Load load(Generator gen) {
    if (gen instanceof NestedObject) {
      return loads.getOrDefault(gen, NONE);
    }
    if (gen instanceof Nullable) {
      return load(((Nullable) gen).gen());
    }
    if (gen instanceof OptionalComponent) {
      return load(((OptionalComponent) gen).value());
    }
    if (gen instanceof CollectionComponent) {
      CollectionComponent c = (CollectionComponent) gen;
      return times(c.size(), load(c.element()));
    }
    if (gen instanceof ArrayComponent) {
      ArrayComponent a = (ArrayComponent) gen;
      return times(a.size(), load(a.element()));
    }
    if (gen instanceof MapComponent) {
      MapComponent m = (MapComponent) gen;
      return times(m.size(), load(m.value()));
    }
    return NONE;
  }

  private static Load times(int size, Load element) {
    if (element.objects() == 0) {
      return NONE;
    }
    long objects =
        element.objects() > Long.MAX_VALUE / Math.max(1, size)
            ? Long.MAX_VALUE
            : element.objects() * size;
    return new Load(objects, element.heaviest());
  }

  private static long add(long a, long b) {
    return a > Long.MAX_VALUE - b ? Long.MAX_VALUE : a + b;
  }
}
