package dev.forgery.junit5;

import dev.forgery.Faker;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** Short renderings of injected values for the failure report: the report must stay readable. */
final class Abbreviation {
  static final int MAX_ITEMS = 3;
  static final int MAX_CHARS = 60;

  /** Objects get more room: their class name and first properties should show. */
  static final int MAX_OBJECT_CHARS = 120;

  /**
   * How many beans and containers deep a rendering goes: {@code
   * Page{content=[Customer{email=...}]}} shows a bean in a list in a bean; what lies deeper shows
   * as {@code Address{...}} or {@code [...] (2 values)}.
   */
  static final int MAX_DEPTH = 3;

  private Abbreviation() {}

  /**
   * Renders an injected value for the report: strings quoted, collections, maps, arrays and
   * optionals by their first {@value #MAX_ITEMS} items, objects by their own {@code toString} if
   * they have one, else by their properties, and what they hold rendered the same way.
   *
   * @param value an injected value, perhaps {@code null}
   * @return its rendering, never longer than a few lines of text
   */
  static String of(Object value) {
    return render(value, 0, Collections.newSetFromMap(new IdentityHashMap<>()), true);
  }

  /**
   * Renders a value {@code depth} beans and containers inside the injected one. {@code open} holds
   * the beans and containers being rendered around it: one of them met again is a back-reference,
   * shown elided rather than followed. {@code top} items are each cut on their own; inside a bean
   * the bean's cut decides.
   */
  private static String render(Object value, int depth, Set<Object> open, boolean top) {
    if (value == null || value instanceof String) {
      return cut(text(value), MAX_CHARS);
    }
    if (value instanceof Faker) {
      return value.toString();
    }
    if (value instanceof Supplier) {
      return "Supplier (values drawn on each get())";
    }
    if (value instanceof Stream) {
      return "Stream (see the seed)";
    }
    boolean container =
        value instanceof Collection
            || value instanceof Map
            || value instanceof Optional
            || value.getClass().isArray();
    Map<String, Object> record = container ? null : plainRecord(value);
    if (!container && record == null && hasOwnToString(value.getClass())) {
      return cut(ownText(value), MAX_CHARS);
    }
    if (depth >= MAX_DEPTH || !open.add(value)) {
      return elided(value);
    }
    try {
      if (value instanceof Collection) {
        Collection<?> values = (Collection<?>) value;
        return items(values.iterator(), values.size(), depth, open, top, false);
      }
      if (value instanceof Map) {
        Map<?, ?> entries = (Map<?, ?>) value;
        return items(entries.entrySet().iterator(), entries.size(), depth, open, top, true);
      }
      if (value instanceof Optional) {
        Optional<?> optional = (Optional<?>) value;
        return optional.isEmpty()
            ? "Optional.empty"
            : "Optional[" + render(optional.get(), depth + 1, open, false) + "]";
      }
      if (value.getClass().isArray()) {
        return items(elements(value), Array.getLength(value), depth, open, top, false);
      }
      String bean =
          record != null
              ? shown(value.getClass(), record, '[', ']', depth, open)
              : properties(value, depth, open);
      return depth == 0 || top ? cut(bean, MAX_OBJECT_CHARS) : bean;
    } finally {
      open.remove(value);
    }
  }

  /** A bean or container past the depth limit, or met again inside itself. */
  private static String elided(Object value) {
    if (value instanceof Collection || value.getClass().isArray()) {
      int size =
          value instanceof Collection ? ((Collection<?>) value).size() : Array.getLength(value);
      return "[...] (" + size + (size == 1 ? " value)" : " values)");
    }
    if (value instanceof Map) {
      int size = ((Map<?, ?>) value).size();
      return "{...} (" + size + (size == 1 ? " entry)" : " entries)");
    }
    if (value instanceof Optional) {
      return "Optional[...]";
    }
    return value.getClass().getSimpleName() + "{...}";
  }

  private static Iterator<Object> elements(Object array) {
    int length = Array.getLength(array);
    return new Iterator<Object>() {
      private int i;

      @Override
      public boolean hasNext() {
        return i < length;
      }

      @Override
      public Object next() {
        return Array.get(array, i++);
      }
    };
  }

  /**
   * The first {@value #MAX_ITEMS} items, or entries of a map, and how many there are: {@code ["a",
   * "b", "c", ... 2 more] (5 values)}, {@code {"a"=1} (1 entry)}.
   */
  private static String items(
      Iterator<?> values, int size, int depth, Set<Object> open, boolean top, boolean map) {
    StringBuilder out = new StringBuilder(map ? "{" : "[");
    int shown = 0;
    try {
      for (; shown < Math.min(size, MAX_ITEMS) && values.hasNext(); shown++) {
        out.append(shown == 0 ? "" : ", ");
        Object item = values.next();
        if (map) {
          Map.Entry<?, ?> entry = (Map.Entry<?, ?>) item;
          out.append(render(entry.getKey(), depth + 1, open, false))
              .append('=')
              .append(render(entry.getValue(), depth + 1, open, false));
        } else {
          String rendered = render(item, depth + 1, open, top);
          out.append(top ? cut(rendered, MAX_OBJECT_CHARS) : rendered);
        }
      }
    } catch (RuntimeException e) { // a collection changed or broken while it is read
      out.append(shown == 0 ? "" : ", ").append('?');
    }
    if (size > shown) {
      out.append(", ... ").append(size - shown).append(" more");
    }
    out.append(map ? "} (" : "] (").append(size);
    return out.append(
            map ? (size == 1 ? " entry)" : " entries)") : (size == 1 ? " value)" : " values)"))
        .toString();
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 3) + "...";
  }

  private static String text(Object value) {
    return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
  }

  /** A value's own {@code toString}; one that throws must not take the report down with it. */
  private static String ownText(Object value) {
    try {
      return String.valueOf(value);
    } catch (RuntimeException | LinkageError e) {
      return value.getClass().getSimpleName() + "{toString() threw " + e.getClass().getName() + "}";
    }
  }

  /** Whether the class says what it holds: a {@code toString} other than {@code Object}'s. */
  private static boolean hasOwnToString(Class<?> type) {
    try {
      return type.getMethod("toString").getDeclaringClass() != Object.class;
    } catch (NoSuchMethodException e) {
      return true; // an interface proxy or the like: let String.valueOf decide
    }
  }

  /** Stands for a property that could not be read: shown as {@code ?}. */
  private static final Object UNREADABLE =
      new Object() {
        @Override
        public String toString() {
          return "?";
        }
      };

  /**
   * The components of a record whose {@code toString} says no more than the one a record is given
   * ({@code Customer[email=..., orders=[...]]}, which shows a list of beans by identity hashes), in
   * order; or {@code null} for any other value, or a record whose own {@code toString} writes
   * anything else, which is kept. Such a record is rendered by its components, as a record writes
   * them, each rendered as the report renders values. Told by comparing texts, since a generated
   * {@code toString} cannot be told from a written one by reflection.
   */
  private static Map<String, Object> plainRecord(Object value) {
    Class<?> type = value.getClass();
    if (!type.isRecord()) {
      return null;
    }
    Map<String, Object> components = new LinkedHashMap<>();
    StringBuilder generated = new StringBuilder(type.getSimpleName()).append('[');
    String sep = "";
    for (RecordComponent c : type.getRecordComponents()) {
      Object v = read(c.getAccessor(), value);
      if (v == UNREADABLE) {
        return null;
      }
      components.put(c.getName(), v);
      generated.append(sep).append(c.getName()).append('=').append(v);
      sep = ", ";
    }
    try {
      return generated.append(']').toString().equals(value.toString()) ? components : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * A bean or field class without a {@code toString}, rendered by its properties in name order:
   * {@code Customer{age=34, email="ada@example.com", ...}}. The properties are those of its public
   * getters ({@code getEmail}, {@code isActive}) and public fields; a class with none, such as one
   * of private final fields and record-style accessors, shows its declared fields, each read
   * through the accessor named like it ({@code email()}) or else the field itself. What the
   * properties hold is rendered the same way, {@value #MAX_DEPTH} levels deep; the text stops
   * growing once it is longer than the report shows.
   */
  private static String properties(Object value, int depth, Set<Object> open) {
    Map<String, Object> props = new TreeMap<>();
    Class<?> type = value.getClass();
    for (Method m : type.getMethods()) {
      String name = propertyName(m);
      if (name != null) {
        props.put(name, read(m, value));
      }
    }
    for (Field f : type.getFields()) {
      if (!Modifier.isStatic(f.getModifiers()) && !props.containsKey(f.getName())) {
        props.put(f.getName(), read(f, value));
      }
    }
    if (props.isEmpty()) {
      declared(value, props);
    }
    return shown(type, props, '{', '}', depth, open);
  }

  /**
   * An object's properties in the order given, each rendered one level deeper, unreadable ones as
   * {@code ?}, between the brackets after its simple name: {@code Customer{age=34, ...}}; the text
   * stops growing once it is longer than the report shows.
   */
  private static String shown(
      Class<?> type,
      Map<String, Object> props,
      char opening,
      char closing,
      int depth,
      Set<Object> open) {
    StringBuilder out = new StringBuilder(type.getSimpleName()).append(opening);
    String sep = "";
    for (Map.Entry<String, Object> e : props.entrySet()) {
      if (out.length() > MAX_OBJECT_CHARS) {
        out.append(sep).append("...");
        break;
      }
      Object v = e.getValue();
      String shown = v == UNREADABLE ? "?" : render(v, depth + 1, open, false);
      out.append(sep).append(e.getKey()).append('=').append(shown);
      sep = ", ";
    }
    return out.append(closing).toString();
  }

  /**
   * The declared instance fields of a class and its superclasses, each read through a no-argument
   * method of its name (a record-style accessor) or else directly, where either may be read.
   */
  private static void declared(Object value, Map<String, Object> props) {
    for (Class<?> c = value.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers())
            || f.isSynthetic()
            || props.containsKey(f.getName())) {
          continue;
        }
        Method accessor = accessor(c, f);
        props.put(f.getName(), accessor != null ? read(accessor, value) : read(f, value));
      }
    }
  }

  /** The no-argument instance method named like a field and returning its type, or {@code null}. */
  private static Method accessor(Class<?> declaring, Field f) {
    try {
      Method m = declaring.getDeclaredMethod(f.getName());
      return Modifier.isStatic(m.getModifiers()) || m.getReturnType() != f.getType() ? null : m;
    } catch (NoSuchMethodException | RuntimeException e) {
      return null;
    }
  }

  /** A property's value, or {@link #UNREADABLE} if it cannot be read. */
  private static Object read(Member member, Object target) {
    try {
      if (!readable((AccessibleObject) member, target)) {
        return UNREADABLE;
      }
      return member instanceof Method
          ? ((Method) member).invoke(target)
          : ((Field) member).get(target);
    } catch (IllegalAccessException
        | InvocationTargetException
        | RuntimeException
        | LinkageError e) {
      return UNREADABLE;
    }
  }

  /**
   * Whether a member may be read. Beyond what is public, only as far as the module system grants
   * deep reflection to this module: the member's package is open to it, as every package on the
   * class path is. A package a named module keeps closed, the JDK's included, is not forced open.
   */
  private static boolean readable(AccessibleObject member, Object target) {
    if (member.canAccess(target)) {
      return true;
    }
    Class<?> owner = ((Member) member).getDeclaringClass();
    return owner.getModule().isOpen(owner.getPackageName(), Abbreviation.class.getModule())
        && member.trySetAccessible();
  }

  /** The property a public getter reads ({@code getEmail} is {@code email}), or {@code null}. */
  private static String propertyName(Method m) {
    if (Modifier.isStatic(m.getModifiers())
        || m.getParameterCount() != 0
        || m.getDeclaringClass() == Object.class
        || m.getReturnType() == void.class) {
      return null;
    }
    String n = m.getName();
    int prefix = n.startsWith("get") ? 3 : n.startsWith("is") ? 2 : 0;
    if (prefix == 0 || n.length() == prefix || !Character.isUpperCase(n.charAt(prefix))) {
      return null;
    }
    return Character.toLowerCase(n.charAt(prefix)) + n.substring(prefix + 1);
  }
}
