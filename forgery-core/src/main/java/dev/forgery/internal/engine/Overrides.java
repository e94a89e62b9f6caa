package dev.forgery.internal.engine;

import dev.forgery.internal.Suggestions;
import dev.forgery.internal.registry.Inference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The schema fields that decide properties of an object, by what their names say:
 *
 * <ul>
 *   <li>a <b>path</b> names one property: {@code age}, {@code address.city}, the elements of a
 *       collection, array or map ({@code tags[]}) and the properties of those elements ({@code
 *       items[].price}); a path through an {@code Optional} goes straight to its value ({@code
 *       address.city} for an {@code Optional<Address> address});
 *   <li>a <b>selector</b> names every property, at any depth, whose name matches a pattern in which
 *       {@code *} stands for any run of characters, optionally preceded by the type the property
 *       must have: {@code "*Id"}, {@code "String *Id"}, {@code "LocalDate *"}. A type is written as
 *       its simple or qualified name, or as a primitive for its box ({@code int} is also {@code
 *       Integer}).
 * </ul>
 *
 * <p>A path wins over selectors, and among selectors the first declared that matches wins, so the
 * order of a schema's fields decides and nothing depends on hashing. Every override must decide at
 * least one property: one that decides none is reported with the closest paths, when the walk is
 * over. An override whose values do not fit a property it decides fails where it is met.
 */
final class Overrides {
  /** What a field name may be: a path of names, with {@code []} after a container's name. */
  private static final Pattern PATH =
      Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\[])*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*(\\[])*)*");

  /** What a selector may be: an optional type, a space, and a name pattern with {@code *}. */
  private static final Pattern SELECTOR =
      Pattern.compile("(?:([\\p{L}_$][\\p{L}\\p{N}_$.]*) +)?([\\p{L}\\p{N}_$*]+)");

  /**
   * One selector and whether it decided a property.
   *
   * @param spec the schema field
   * @param type the type it requires, or {@code null} for any
   * @param name the name pattern, compiled
   */
  private record Selector(FieldSpec spec, String type, Pattern name) {}

  private final Map<String, FieldSpec> paths = new HashMap<>();

  /** The sizes of containers by path, removed as the walk meets them. */
  private final Map<String, Integer> sizes = new HashMap<>();

  private final List<Selector> selectors = new ArrayList<>();
  private final List<Selector> unusedSelectors = new ArrayList<>();

  private Overrides() {}

  /** No overrides. */
  static Overrides none() {
    return new Overrides();
  }

  /**
   * Sorts schema fields into paths and selectors.
   *
   * @param fields the fields, in declaration order
   * @return the overrides
   * @throws IllegalArgumentException if a field's name is neither a path nor a selector
   */
  static Overrides of(List<FieldSpec> fields) {
    return of(fields, Map.of());
  }

  /**
   * Sorts schema fields into paths and selectors, and takes the sizes of containers by path.
   *
   * @param fields the fields, in declaration order
   * @param sizes how many elements the container at a path holds
   * @return the overrides
   * @throws IllegalArgumentException if a field's name is neither a path nor a selector, a size's
   *     is not a path, or a path is both sized and decided by a field
   */
  static Overrides of(List<FieldSpec> fields, Map<String, Integer> sizes) {
    Overrides o = new Overrides();
    for (Map.Entry<String, Integer> e : sizes.entrySet()) {
      if (!PATH.matcher(e.getKey()).matches()) {
        throw new IllegalArgumentException(
            "size path '"
                + e.getKey()
                + "' is not a property path; name a collection, array or map property by its"
                + " path, e.g. 'orders' or 'orders[].lines'");
      }
      o.sizes.put(e.getKey(), e.getValue());
    }
    for (FieldSpec f : fields) {
      String key = f.name().strip();
      if (PATH.matcher(key).matches()) {
        if (o.sizes.containsKey(key)) {
          throw new IllegalArgumentException(
              "override field '"
                  + key
                  + "' decides the whole property, so its size("
                  + o.sizes.get(key)
                  + ") has nothing to size; drop one, or override the elements with '"
                  + key
                  + "[]'");
        }
        o.paths.put(key, f);
        continue;
      }
      Matcher m = SELECTOR.matcher(key);
      if (!m.matches()) {
        throw new IllegalArgumentException(
            "override field '"
                + f.name()
                + "' is neither a property path (age, address.city, tags[], items[].price) nor a"
                + " selector (\"*Id\", \"String *Id\", \"LocalDate *\")");
      }
      Selector s = new Selector(f, m.group(1), glob(m.group(2)));
      o.selectors.add(s);
      o.unusedSelectors.add(s);
    }
    return o;
  }

  /** A name pattern as a regex: {@code *} is any run of characters, the rest is literal. */
  private static Pattern glob(String pattern) {
    StringBuilder regex = new StringBuilder();
    String[] parts = pattern.split("\\*", -1);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        regex.append(".*");
      }
      if (!parts[i].isEmpty()) {
        regex.append(Pattern.quote(parts[i]));
      }
    }
    return Pattern.compile(regex.toString());
  }

  /**
   * Returns the override of the property at {@code path}: the field of that path, else the first
   * selector that matches its name and type.
   *
   * @param path the property's path, e.g. {@code items[].price}
   * @param name the property's own name, e.g. {@code price}
   * @param raw its class
   * @return the field, or {@code null}
   */
  FieldSpec property(String path, String name, Class<?> raw) {
    FieldSpec exact = paths.remove(path);
    if (exact != null) {
      return exact;
    }
    for (Selector s : selectors) {
      if (s.name().matcher(name).matches() && (s.type() == null || fits(s.type(), raw))) {
        unusedSelectors.remove(s);
        return s.spec();
      }
    }
    return null;
  }

  /**
   * Returns the override of the elements of a container: only a path decides them ({@code tags[]}).
   *
   * @param path the elements' path
   * @return the field, or {@code null}
   */
  FieldSpec elements(String path) {
    return paths.remove(path);
  }

  /**
   * Returns the size given for the container at {@code path}, marking it used.
   *
   * @param path the property's path
   * @return the size, or {@code null}
   */
  Integer size(String path) {
    return sizes.remove(path);
  }

  /** Whether the type written in a selector names {@code raw}, or the box of a primitive. */
  private static boolean fits(String type, Class<?> raw) {
    Class<?> boxed = Inference.boxed(raw);
    return type.equals(raw.getSimpleName())
        || type.equals(raw.getName())
        || type.equals(raw.getCanonicalName())
        || type.equals(boxed.getSimpleName())
        || type.equals(boxed.getName())
        || (!raw.isPrimitive() && type.equals(primitiveOf(raw)));
  }

  /** The primitive a box holds, by name ({@code int} for {@code Integer}), or {@code null}. */
  private static String primitiveOf(Class<?> box) {
    for (Class<?> p :
        new Class<?>[] {
          int.class,
          long.class,
          double.class,
          float.class,
          short.class,
          byte.class,
          char.class,
          boolean.class
        }) {
      if (Inference.boxed(p) == box) {
        return p.getName();
      }
    }
    return null;
  }

  /**
   * Fails if an override decided no property.
   *
   * @param type the requested type, for the message
   * @param topLevel the names of its top-level properties
   * @param met every path the walk met, for suggestions
   * @throws IllegalArgumentException naming the first such override and the closest paths
   */
  void requireAllUsed(Class<?> type, List<String> topLevel, List<String> met) {
    String what = type.isRecord() ? "component of record " : "property of class ";
    if (!sizes.isEmpty()) {
      String unused = new TreeSet<>(sizes.keySet()).first();
      throw new IllegalArgumentException(
          "size path '"
              + unused
              + "' names no "
              + what
              + type.getName()
              + Suggestions.closest(unused, met)
              + "; nested properties are named by their path, e.g. 'customer.phones', and those"
              + " of a collection's elements by '[]', e.g. 'orders[].lines'");
    }
    if (!paths.isEmpty()) {
      String unused = new TreeSet<>(paths.keySet()).first();
      throw new IllegalArgumentException(
          "override field '"
              + unused
              + "' names no "
              + what
              + type.getName()
              + Suggestions.closest(unused, met)
              + "; top-level: "
              + topLevel
              + "; nested properties are named by their path, e.g. 'address.city', and the"
              + " elements of collections by '[]', e.g. 'items[].price'");
    }
    if (!unusedSelectors.isEmpty()) {
      Selector s = unusedSelectors.get(0);
      throw new IllegalArgumentException(
          "override field '"
              + s.spec().name()
              + "' matches no "
              + what
              + type.getName()
              + (s.type() == null ? "" : " of type " + s.type())
              + " at any depth; properties: "
              + met);
    }
  }
}
