package dev.forgery.internal.schema;

import dev.forgery.FakeWith;
import dev.forgery.internal.Suggestions;
import dev.forgery.internal.random.RandomSource;
import dev.forgery.internal.random.SplitMix64;
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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * How to build one Java record type from a seed: a tree of component generators and the record's
 * canonical constructor as a spread method handle, analysed once per type.
 */
public final class RecordPlan {
  /** Provider names that components are often called instead, by normalised name. */
  private static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("fullname", "name"),
          Map.entry("surname", "lastName"),
          Map.entry("familyname", "lastName"),
          Map.entry("givenname", "firstName"),
          Map.entry("forename", "firstName"),
          Map.entry("mail", "email"),
          Map.entry("emailaddress", "email"),
          Map.entry("id", "uuid"),
          Map.entry("guid", "uuid"),
          Map.entry("phone", "phoneNumber"),
          Map.entry("mobile", "phoneNumber"),
          Map.entry("telephone", "phoneNumber"),
          Map.entry("zip", "postcode"),
          Map.entry("zipcode", "postcode"),
          Map.entry("postalcode", "postcode"),
          Map.entry("street", "streetAddress"),
          Map.entry("companyname", "company"),
          Map.entry("employer", "company"),
          Map.entry("jobtitle", "job"),
          Map.entry("website", "url"),
          Map.entry("homepage", "url"),
          Map.entry("ip", "ipv4"),
          Map.entry("ipaddress", "ipv4"),
          Map.entry("birthdate", "dateOfBirth"),
          Map.entry("birthday", "dateOfBirth"),
          Map.entry("dob", "dateOfBirth"));

  /** String components with these words get placeholder text. */
  private static final Set<String> TEXT_WORDS =
      Set.of("text", "description", "bio", "summary", "comment", "notes", "body", "content");

  private static final int MIN_LIST = 1;
  private static final int MAX_LIST = 5;

  private final Class<?> type;
  private final Node root;
  private final Set<String> customs;

  private RecordPlan(Class<?> type, Node root, Set<String> customs) {
    this.type = type;
    this.root = root;
    this.customs = customs;
  }

  /**
   * Analyses a record type.
   *
   * @param type a record class
   * @param lookup the built-in providers
   * @param overrides fields that decide the top-level components of the same name, or empty
   * @return the plan
   * @throws IllegalArgumentException if a component cannot be filled, naming it
   */
  public static RecordPlan of(Class<?> type, ProviderLookup lookup, List<FieldSpec> overrides) {
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
    return new RecordPlan(type, root, Collections.unmodifiableSet(builder.customs));
  }

  /**
   * Returns the names used in {@link FakeWith} that are not built-in and must be registered on the
   * faker.
   *
   * @return the custom provider names
   */
  public Set<String> customs() {
    return customs;
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
  public Object make(Worker w, long base, long row) {
    return root.make(Seeds.row(base, row), w);
  }

  /** A generator of one component's value from a seed. */
  abstract static class Node {
    abstract Object make(long seed, Worker w);
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
    private final FieldGen gen;
    private final double nullRate;
    private final Convert convert;
    private final Class<?> target;
    private final String where;

    Leaf(FieldGen gen, double nullRate, Convert convert, Class<?> target, String where) {
      this.gen = gen;
      this.nullRate = nullRate;
      this.convert = convert;
      this.target = target;
      this.where = where;
    }

    @Override
    Object make(long seed, Worker w) {
      RandomSource random = w.random();
      random.reseed(seed);
      if (nullRate > 0 && random.nextDouble() < nullRate) {
        return null;
      }
      Object v = gen.next(w.faker(), random);
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
    Object make(long seed, Worker w) {
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
    Object make(long seed, Worker w) {
      w.random().reseed(seed);
      int size = (int) (MIN_LIST + w.random().nextBounded(MAX_LIST - MIN_LIST + 1));
      Object[] values = new Object[size];
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
    private final ProviderLookup lookup;
    private final Set<String> customs = new TreeSet<>();

    Builder(ProviderLookup lookup) {
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
        return new ListNode(node(singular(name), element, null, visiting, where), raw == Set.class);
      }
      if (raw.isEnum()) {
        if (raw.getEnumConstants().length == 0) {
          throw new IllegalArgumentException(where + ": the enum has no constants");
        }
        return leaf(new Generators.Constants(raw), 0, raw, where);
      }
      FieldGen gen = infer(name, raw, where);
      return leaf(gen, 0, raw, where);
    }

    private Node annotated(String name, FakeWith fakeWith, Class<?> raw, String where) {
      String type = fakeWith.value();
      String key = type.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
      boolean numeric =
          Set.of("int", "integer", "float", "double", "bool", "boolean", "text").contains(key);
      List<Object> args = new ArrayList<>();
      for (String arg : fakeWith.args()) {
        args.add(numeric ? number(arg) : arg);
      }
      if (!TypeParser.OWN_TYPES.contains(key)
          && !Set.of("integer", "double", "boolean").contains(key)
          && lookup.find(type) == null) {
        if (!args.isEmpty()) {
          throw new IllegalArgumentException(
              where
                  + ": @FakeWith(\""
                  + type
                  + "\") names no built-in type, and custom"
                  + " providers take no arguments");
        }
        customs.add(type);
        return leaf(new Generators.Provided(f -> f.generate(type), Object.class), 0, raw, where);
      }
      FieldGen gen;
      try {
        gen = TypeParser.parse(name, type, args, lookup);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
      }
      return leaf(gen, 0, raw, where);
    }

    private static Object number(String arg) {
      try {
        long l = Long.parseLong(arg.trim());
        return l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE ? (Object) (int) l : (Object) l;
      } catch (NumberFormatException e) {
        try {
          return Double.parseDouble(arg.trim());
        } catch (NumberFormatException e2) {
          return arg;
        }
      }
    }

    private FieldGen infer(String name, Class<?> raw, String where) {
      Class<?> boxed = boxed(raw);
      ProviderRef ref = byName(name, boxed);
      if (ref != null) {
        return new Generators.Provided(ref);
      }
      List<String> words = words(name);
      if (boxed == Integer.class || boxed == Short.class || boxed == Byte.class) {
        return intRange(words, boxed);
      }
      if (boxed == Long.class) {
        return new Generators.Longs(1, 1_000_000_000L);
      }
      if (boxed == Double.class || boxed == Float.class) {
        if (words.contains("latitude") || words.contains("lat")) {
          return new Generators.Doubles(-90, 90, 6);
        }
        if (words.contains("longitude") || words.contains("lng") || words.contains("lon")) {
          return new Generators.Doubles(-180, 180, 6);
        }
        if (words.contains("rate") || words.contains("ratio") || words.contains("probability")) {
          return new Generators.Doubles(0, 1, -1);
        }
        return new Generators.Doubles(0, 1000, 2);
      }
      if (boxed == Boolean.class) {
        return new Generators.Bools(0.5);
      }
      if (boxed == LocalDate.class) {
        if (words.contains("birth")
            || words.contains("dob")
            || words.contains("born")
            || words.contains("birthday")) {
          return new Generators.Dates(LocalDate.of(1940, 1, 1), LocalDate.of(2007, 12, 31));
        }
        return new Generators.Dates(TypeParser.DEFAULT_MIN_DATE, TypeParser.DEFAULT_MAX_DATE);
      }
      if (boxed == LocalDateTime.class) {
        return new Generators.DateTimes(
            TypeParser.DEFAULT_MIN_DATE.atStartOfDay(),
            TypeParser.DEFAULT_MAX_DATE.atTime(23, 59, 59));
      }
      if (boxed == UUID.class) {
        ProviderRef uuid = lookup.find("uuid");
        return new Generators.Provided(uuid.single(), UUID.class);
      }
      if (boxed == String.class) {
        for (String word : words) {
          if (TEXT_WORDS.contains(word)) {
            return new Generators.Texts(20, 200);
          }
        }
        throw new IllegalArgumentException(
            "cannot fill "
                + where
                + ": no provider is named like it"
                + Suggestions.closest(name, lookup.names())
                + "; rename it after a provider, annotate it with @FakeWith(\"<provider>\") or"
                + " pass a Schema override; providers: "
                + lookup.names());
      }
      throw new IllegalArgumentException(
          "cannot fill "
              + where
              + ": unsupported type; supported are String, numbers, boolean, LocalDate,"
              + " LocalDateTime, UUID, enums, records and List/Set of those, or annotate it with"
              + " @FakeWith(\"<provider>\")");
    }

    private ProviderRef byName(String name, Class<?> boxed) {
      String key = name.replace("_", "").toLowerCase(Locale.ROOT);
      List<String> candidates = new ArrayList<>(List.of(name));
      String alias = ALIASES.get(key);
      if (alias != null) {
        candidates.add(alias);
      }
      for (String candidate : candidates) {
        ProviderRef ref = lookup.find(candidate);
        if (ref == null) {
          continue;
        }
        if (boxed.isAssignableFrom(ref.type())) {
          return ref;
        }
        if (boxed == String.class && ref.type() != Object.class && ref.type() != Boolean.class) {
          ProviderRef inner = ref;
          return new ProviderRef(
              ref.name(), String.class, f -> String.valueOf(inner.single().apply(f)));
        }
      }
      return null;
    }

    private static FieldGen intRange(List<String> words, Class<?> boxed) {
      if (words.contains("age")) {
        return new Generators.Ints(18, 80);
      }
      if (words.contains("year")) {
        return new Generators.Ints(1950, 2030);
      }
      if (words.contains("month")) {
        return new Generators.Ints(1, 12);
      }
      if (words.contains("day")) {
        return new Generators.Ints(1, 28);
      }
      if (words.contains("hour")) {
        return new Generators.Ints(0, 23);
      }
      if (words.contains("minute") || words.contains("second")) {
        return new Generators.Ints(0, 59);
      }
      if (boxed == Byte.class || words.contains("percent") || words.contains("percentage")) {
        return new Generators.Ints(0, 100);
      }
      return new Generators.Ints(0, 1000);
    }

    private static Node leaf(FieldGen gen, double nullRate, Class<?> raw, String where) {
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
        convert = Convert.TO_SHORT;
      } else if (produced == Integer.class && target == Byte.class) {
        convert = Convert.TO_BYTE;
      } else if (target == String.class) {
        convert = Convert.TO_STRING;
      } else {
        throw new IllegalArgumentException(
            where + ": its type gives " + produced.getSimpleName() + " values, which do not fit");
      }
      return new Leaf(gen, nullRate, convert, target, where);
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

  /** {@code emails} to {@code email}, {@code cities} to {@code city}, {@code addresses} to ... */
  static String singular(String name) {
    if (name.endsWith("ies") && name.length() > 3) {
      return name.substring(0, name.length() - 3) + "y";
    }
    if (name.endsWith("sses")
        || name.endsWith("xes")
        || name.endsWith("ches")
        || name.endsWith("shes")) {
      return name.substring(0, name.length() - 2);
    }
    if (name.endsWith("s") && !name.endsWith("ss") && name.length() > 1) {
      return name.substring(0, name.length() - 1);
    }
    return name;
  }

  /** Splits {@code dateOfBirth} or {@code date_of_birth} into lower-case words. */
  static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '_' || c == '-' || Character.isUpperCase(c)) {
        if (word.length() > 0) {
          words.add(word.toString());
          word.setLength(0);
        }
        if (c == '_' || c == '-') {
          continue;
        }
      }
      word.append(Character.toLowerCase(c));
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }
}
