package dev.forgery.internal.engine;

import dev.forgery.FakeWith;
import dev.forgery.internal.Suggestions;
import dev.forgery.internal.provider.choice.ChoiceProviders;
import dev.forgery.internal.provider.numbers.NumberProviders;
import dev.forgery.internal.random.RandomSource;
import dev.forgery.internal.random.SplitMix64;
import dev.forgery.internal.registry.Defaults;
import dev.forgery.internal.registry.Generator;
import dev.forgery.internal.registry.Inference;
import dev.forgery.internal.registry.Lookup;
import dev.forgery.internal.registry.ProviderDef;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * How to build one Java record type from a seed: a tree of component generators and the record's
 * canonical constructor as a spread method handle, analysed once per type.
 */
public final class RecordPlan {
  /** Types a component may have besides records, enums and collections. */
  private static final Set<Class<?>> SUPPORTED =
      Set.of(
          String.class,
          Boolean.class,
          LocalDate.class,
          LocalDateTime.class,
          UUID.class,
          Integer.class,
          Long.class,
          Short.class,
          Byte.class,
          Double.class,
          Float.class);

  private final Class<?> type;
  private final Node root;

  private RecordPlan(Class<?> type, Node root) {
    this.type = type;
    this.root = root;
  }

  /**
   * Analyses a record type.
   *
   * @param type a record class
   * @param lookup the providers components may use
   * @param overrides fields that decide the top-level components of the same name, or empty
   * @return the plan
   * @throws IllegalArgumentException if a component cannot be filled, naming it
   */
  public static RecordPlan of(Class<?> type, Lookup lookup, List<FieldSpec> overrides) {
    if (type == null || !type.isRecord()) {
      throw new IllegalArgumentException(
          "type must be a record class, got " + (type == null ? "null" : type.getName()));
    }
    Builder builder = new Builder(lookup);
    Map<String, FieldSpec> byName = new HashMap<>();
    for (FieldSpec f : overrides) {
      byName.put(f.name(), f);
    }
    Node root = builder.record(type, byName, new HashSet<>());
    if (!byName.isEmpty()) {
      List<String> names = new ArrayList<>();
      for (RecordComponent c : type.getRecordComponents()) {
        names.add(c.getName());
      }
      String unused = new TreeSet<>(byName.keySet()).first();
      throw new IllegalArgumentException(
          "override field '"
              + unused
              + "' names no component of record "
              + type.getName()
              + Suggestions.closest(unused, names)
              + "; components: "
              + names);
    }
    return new RecordPlan(type, root);
  }

  /**
   * Returns the record type.
   *
   * @return the class
   */
  public Class<?> type() {
    return type;
  }

  /**
   * Builds row {@code row} of the dataset {@code base}.
   *
   * @param w the calling thread's worker
   * @param base the dataset seed
   * @param row the row index
   * @return the record
   */
  public Object make(RandomSource w, long base, long row) {
    return root.make(Seeds.row(base, row), w);
  }

  /** A generator of one component's value from a seed. */
  abstract static class Node {
    abstract Object make(long seed, RandomSource w);
  }

  /** How a leaf value is adapted to its component type. */
  enum Convert {
    NONE,
    TO_LONG,
    TO_DOUBLE,
    TO_FLOAT,
    TO_SHORT,
    TO_BYTE,
    TO_STRING,
    CHECK
  }

  static final class Leaf extends Node {
    private final Generator gen;
    private final double nullRate;
    private final Convert convert;
    private final Class<?> target;
    private final String where;

    Leaf(Generator gen, double nullRate, Convert convert, Class<?> target, String where) {
      this.gen = gen;
      this.nullRate = nullRate;
      this.convert = convert;
      this.target = target;
      this.where = where;
    }

    @Override
    Object make(long seed, RandomSource w) {
      RandomSource random = w;
      random.reseed(seed);
      if (nullRate > 0 && random.nextDouble() < nullRate) {
        return null;
      }
      Object v = gen.next(random);
      switch (convert) {
        case NONE:
          return v;
        case TO_LONG:
          return ((Number) v).longValue();
        case TO_DOUBLE:
          return ((Number) v).doubleValue();
        case TO_FLOAT:
          return ((Number) v).floatValue();
        case TO_SHORT:
          return ((Number) v).shortValue();
        case TO_BYTE:
          return ((Number) v).byteValue();
        case TO_STRING:
          return String.valueOf(v);
        default:
          if (v != null && !target.isInstance(v)) {
            throw new IllegalArgumentException(
                where
                    + ": the provider returned "
                    + v.getClass().getName()
                    + ", which does not fit "
                    + target.getName());
          }
          return v;
      }
    }
  }

  static final class RecordNode extends Node {
    private final MethodHandle constructor;
    private final Node[] children;
    private final long[] salts;

    RecordNode(MethodHandle constructor, Node[] children, long[] salts) {
      this.constructor = constructor;
      this.children = children;
      this.salts = salts;
    }

    @Override
    Object make(long seed, RandomSource w) {
      Object[] args = new Object[children.length];
      for (int k = 0; k < children.length; k++) {
        args[k] = children[k].make(SplitMix64.mix64(seed ^ salts[k]), w);
      }
      try {
        return (Object) constructor.invokeExact(args);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
    }
  }

  static final class ListNode extends Node {
    private final Node element;
    private final boolean set;

    ListNode(Node element, boolean set) {
      this.element = element;
      this.set = set;
    }

    @Override
    Object make(long seed, RandomSource w) {
      Object[] values = new Object[Defaults.COLLECTION_SIZE];
      int size = values.length;
      for (int i = 0; i < size; i++) {
        values[i] = element.make(Seeds.row(seed, i + 1L), w);
      }
      if (set) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(values)));
      }
      return Collections.unmodifiableList(Arrays.asList(values));
    }
  }

  /** Walks a record type once. */
  private static final class Builder {
    private final Lookup lookup;

    Builder(Lookup lookup) {
      this.lookup = lookup;
    }

    Node record(Class<?> type, Map<String, FieldSpec> overrides, Set<Class<?>> visiting) {
      if (!visiting.add(type)) {
        throw new IllegalArgumentException(
            "record " + type.getName() + " contains itself; forgery cannot fill recursive records");
      }
      RecordComponent[] components = type.getRecordComponents();
      Node[] children = new Node[components.length];
      long[] salts = new long[components.length];
      Class<?>[] types = new Class<?>[components.length];
      for (int k = 0; k < components.length; k++) {
        RecordComponent c = components[k];
        types[k] = c.getType();
        salts[k] = Seeds.salt(c.getName());
        String where =
            "component '"
                + c.getName()
                + "' ("
                + c.getGenericType().getTypeName()
                + ") of record "
                + type.getName();
        FieldSpec override = overrides.remove(c.getName());
        if (override != null) {
          children[k] = leaf(override.gen(), override.nullRate(), c.getType(), where);
        } else {
          children[k] =
              node(
                  c.getName(),
                  c.getGenericType(),
                  c.getAnnotation(FakeWith.class),
                  visiting,
                  where);
        }
      }
      visiting.remove(type);
      return new RecordNode(constructor(type, types), children, salts);
    }

    Node node(String name, Type generic, FakeWith fakeWith, Set<Class<?>> visiting, String where) {
      Class<?> raw = rawClass(generic);
      if (fakeWith != null) {
        return annotated(name, fakeWith, raw, where);
      }
      if (raw.isRecord()) {
        return record(raw, new HashMap<>(), visiting);
      }
      if (raw == List.class || raw == Collection.class || raw == Set.class) {
        if (!(generic instanceof ParameterizedType)) {
          throw new IllegalArgumentException(
              where + ": declare the element type, e.g. List<String>");
        }
        Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
        if (element instanceof WildcardType) {
          element = ((WildcardType) element).getUpperBounds()[0];
        }
        return new ListNode(node(name, element, null, visiting, where), raw == Set.class);
      }
      if (raw.isEnum()) {
        if (raw.getEnumConstants().length == 0) {
          throw new IllegalArgumentException(where + ": the enum has no constants");
        }
        return leaf(new ChoiceProviders.Constants(raw), 0, raw, where);
      }
      Generator gen = infer(name, raw, where);
      return leaf(gen, 0, raw, where);
    }

    private Node annotated(String name, FakeWith fakeWith, Class<?> raw, String where) {
      String type = fakeWith.value();
      ProviderDef def = lookup.find(type);
      if (def == null) {
        throw new IllegalArgumentException(
            where
                + ": @FakeWith(\""
                + type
                + "\") names no provider"
                + Suggestions.closest(type, lookup.vocabulary())
                + "; register a custom provider with faker.register(\""
                + type
                + "\", f -> ...) first; providers: "
                + lookup.names());
      }
      Generator gen = def.bindText(lookup.locale(), List.of(fakeWith.args()), where);
      return leaf(gen, 0, raw, where);
    }

    private Generator infer(String name, Class<?> raw, String where) {
      Class<?> boxed = boxed(raw);
      if (!SUPPORTED.contains(boxed)) {
        throw new IllegalArgumentException(
            "cannot fill "
                + where
                + ": unsupported type; supported are String, numbers, boolean, LocalDate,"
                + " LocalDateTime, UUID, enums, records and List/Set of those, or annotate it with"
                + " @FakeWith(\"<provider>\")");
      }
      Inference.Match match;
      try {
        match = Inference.require(name, boxed, lookup, "cannot fill " + where);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            e.getMessage()
                + "; rename it after a provider, annotate it with @FakeWith(\"<provider>\") or"
                + " pass a Schema override",
            e);
      }
      return match.def().bind(lookup.locale(), match.args(), where);
    }

    private static Node leaf(Generator gen, double nullRate, Class<?> raw, String where) {
      if (nullRate > 0 && raw.isPrimitive()) {
        throw new IllegalArgumentException(
            where + ": a primitive component cannot be null; use the boxed type");
      }
      Class<?> target = boxed(raw);
      Class<?> produced = gen.valueType();
      Convert convert;
      if (target.isAssignableFrom(produced)) {
        convert = Convert.NONE;
      } else if (produced == Object.class) {
        convert = Convert.CHECK;
      } else if (Number.class.isAssignableFrom(produced) && target == Long.class) {
        convert = Convert.TO_LONG;
      } else if (Number.class.isAssignableFrom(produced) && target == Double.class) {
        convert = Convert.TO_DOUBLE;
      } else if (Number.class.isAssignableFrom(produced) && target == Float.class) {
        convert = Convert.TO_FLOAT;
      } else if (produced == Integer.class && target == Short.class) {
        fitsRange(gen, Short.MIN_VALUE, Short.MAX_VALUE, "short", where);
        convert = Convert.TO_SHORT;
      } else if (produced == Integer.class && target == Byte.class) {
        fitsRange(gen, Byte.MIN_VALUE, Byte.MAX_VALUE, "byte", where);
        convert = Convert.TO_BYTE;
      } else if (target == String.class) {
        convert = Convert.TO_STRING;
      } else {
        throw new IllegalArgumentException(
            where + ": its type gives " + produced.getSimpleName() + " values, which do not fit");
      }
      return new Leaf(gen, nullRate, convert, target, where);
    }

    /** Rejects an int range that a narrower component type cannot hold, instead of wrapping. */
    private static void fitsRange(Generator gen, int min, int max, String type, String where) {
      if (!(gen instanceof NumberProviders.Ints)) {
        throw new IllegalArgumentException(
            where + ": only an int range can fill a " + type + ", got " + gen);
      }
      NumberProviders.Ints ints = (NumberProviders.Ints) gen;
      if (ints.min() < min || ints.max() > max) {
        throw new IllegalArgumentException(
            where
                + ": "
                + gen
                + " does not fit a "
                + type
                + ", whose values are "
                + min
                + ".."
                + max
                + "; narrow the range or widen the component type");
      }
    }

    private static MethodHandle constructor(Class<?> type, Class<?>[] types) {
      Constructor<?> constructor;
      try {
        constructor = type.getDeclaredConstructor(types);
      } catch (NoSuchMethodException e) {
        throw new IllegalArgumentException(
            "record " + type.getName() + " has no canonical constructor", e);
      }
      MethodHandle handle;
      try {
        handle = MethodHandles.publicLookup().unreflectConstructor(constructor);
      } catch (IllegalAccessException notPublic) {
        try {
          constructor.setAccessible(true);
          handle = MethodHandles.lookup().unreflectConstructor(constructor);
        } catch (RuntimeException | IllegalAccessException e) {
          throw new IllegalArgumentException(
              "record "
                  + type.getName()
                  + " cannot be constructed by forgery: make the record and its canonical"
                  + " constructor public, or open its package to module dev.forgery.core",
              e);
        }
      }
      return handle
          .asSpreader(Object[].class, types.length)
          .asType(MethodType.methodType(Object.class, Object[].class));
    }
  }

  static Class<?> rawClass(Type type) {
    if (type instanceof Class) {
      return (Class<?>) type;
    }
    if (type instanceof ParameterizedType) {
      return (Class<?>) ((ParameterizedType) type).getRawType();
    }
    return Object.class;
  }

  static Class<?> boxed(Class<?> type) {
    if (!type.isPrimitive()) {
      return type;
    }
    if (type == int.class) {
      return Integer.class;
    }
    if (type == long.class) {
      return Long.class;
    }
    if (type == double.class) {
      return Double.class;
    }
    if (type == float.class) {
      return Float.class;
    }
    if (type == boolean.class) {
      return Boolean.class;
    }
    if (type == short.class) {
      return Short.class;
    }
    if (type == byte.class) {
      return Byte.class;
    }
    return Character.class;
  }
}
