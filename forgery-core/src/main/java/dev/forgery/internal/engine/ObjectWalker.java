package dev.forgery.internal.engine;

import dev.forgery.FakeWith;
import dev.forgery.internal.Suggestions;
import dev.forgery.internal.provider.choice.ChoiceProviders;
import dev.forgery.internal.random.Seeds;
import dev.forgery.internal.registry.Defaults;
import dev.forgery.internal.registry.Generator;
import dev.forgery.internal.registry.Inference;
import dev.forgery.internal.registry.Lookup;
import dev.forgery.internal.registry.ProviderDef;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Walks a type once, by reflection, into generators: for each property of the object (a record
 * component, a constructor parameter, a bean property or a field, see {@link Blueprint}) a schema
 * override, a {@code @FakeWith} annotation, a provider inferred from its name and type, an enum's
 * constants, a nested object, or a {@code List}, {@code Set}, {@code Map}, {@code Optional} or
 * array of those, narrowed by the property's Bean Validation constraints ({@link Constraints}).
 * Every error names the property's path from the requested type ({@code
 * Order.customer.address.geo}) and says what would work.
 *
 * <p>Cycles are cut. A class met again along a path as a single value (a property, or an {@code
 * Optional}'s value) may recur {@link Defaults#RECURSION_DEPTH} time(s), so an {@code Employee}'s
 * manager is an employee whose own manager is {@code null}. Met again as the elements of a
 * collection, array or map, it does not recur: that container is the other side of a relation the
 * path has already followed ({@code Order.customer.orders}, {@code Product.category.products}), and
 * it is empty, as re-filling it multiplies the objects by its size at every level. The one
 * exception is a container of its own class's objects, a tree's children, which recurs like a
 * single value: a node's children are nodes whose children are an empty list. The walk is finite
 * because the cut is decided here, once, not when values are made; what is left is bounded by
 * {@link ObjectBudget}.
 *
 * <p>This is the only code that looks at the user's classes; what it finds is compiled like a
 * schema ({@link RecordPlan}) and drawn by the same engine.
 */
final class ObjectWalker {
  /** Types filled from a provider, directly or through a {@link Conversion}, besides enums. */
  static final Set<Class<?>> LEAVES =
      Set.of(
          String.class,
          Boolean.class,
          Integer.class,
          Long.class,
          Short.class,
          Byte.class,
          Double.class,
          Float.class,
          BigDecimal.class,
          BigInteger.class,
          LocalDate.class,
          LocalDateTime.class,
          LocalTime.class,
          Instant.class,
          OffsetDateTime.class,
          ZonedDateTime.class,
          OffsetTime.class,
          Year.class,
          YearMonth.class,
          MonthDay.class,
          Duration.class,
          Period.class,
          UUID.class,
          URI.class,
          URL.class,
          Character.class,
          ZoneId.class,
          ZoneOffset.class,
          Date.class,
          Locale.class,
          Currency.class);

  /** What an unsupported type's message lists. */
  static final String SUPPORTED =
      "supported are String, numbers (BigDecimal and BigInteger too), boolean, char, UUID, URI,"
          + " URL, Locale, Currency, Date, the java.time types, enums, records and classes with a"
          + " public constructor or setters, and List, Set, Map (also sorted, linked, enum-keyed),"
          + " Queue, Deque, Optional and arrays of those";

  private final Lookup lookup;
  private final Overrides overrides;
  private final String root;
  private final List<String> paths = new ArrayList<>();
  private final Map<Class<?>, Integer> onPath = new HashMap<>();
  private final ObjectBudget budget;

  /**
   * Starts a walk.
   *
   * @param lookup the providers properties may use
   * @param overrides the schema fields that decide properties, by path or selector
   * @param root how messages name the requested type, e.g. {@code Order}
   */
  ObjectWalker(Lookup lookup, Overrides overrides, String root) {
    this.lookup = lookup;
    this.overrides = overrides;
    this.root = root;
    this.budget = new ObjectBudget(root, Defaults.OBJECTS_PER_ROOT);
  }

  /**
   * Returns every property path the walk met, in order, for suggestions.
   *
   * @return the paths
   */
  List<String> paths() {
    return paths;
  }

  /**
   * Returns whether a class is filled property by property: a record or a concrete class of the
   * user's, not a value forgery draws from a provider, a container, or a JDK class.
   *
   * @param raw a class
   * @return whether it is an object to walk
   */
  static boolean isObject(Class<?> raw) {
    return !raw.isPrimitive()
        && !raw.isArray()
        && !raw.isEnum()
        && !raw.isInterface()
        && !Modifier.isAbstract(raw.getModifiers())
        && !Blueprint.isPlatform(raw);
  }

  /**
   * Finds the properties of the requested type, in its blueprint's order, as fields named after
   * them: an override's generator (converted to fit), null rate and uniqueness for those it names,
   * else the generator found for the property.
   *
   * @param type the requested type, a class or a parameterized type of one
   * @param blueprint how that class is made
   * @return one field per property
   * @throws IllegalArgumentException if a property cannot be filled, naming its path, or one object
   *     would hold more than {@link Defaults#OBJECTS_PER_ROOT} objects
   */
  FieldSpec[] root(Type type, Blueprint blueprint) {
    onPath.put(blueprint.type(), 1);
    FieldSpec[] fields = properties(blueprint, type, "", "");
    Generator[] gens = new Generator[fields.length];
    for (int k = 0; k < fields.length; k++) {
      gens[k] = fields[k].gen();
    }
    budget.check(gens);
    return fields;
  }

  private FieldSpec[] properties(Blueprint bp, Type type, String path, String overridePath) {
    Map<TypeVariable<?>, Type> bindings = Types.bindings(type);
    List<Blueprint.Property> props = bp.properties();
    FieldSpec[] fields = new FieldSpec[props.size()];
    boolean mutable = !bp.type().isRecord();
    for (int k = 0; k < fields.length; k++) {
      Blueprint.Property p = props.get(k);
      Type t = Types.resolve(p.type(), bindings);
      String at = path.isEmpty() ? p.name() : path + "." + p.name();
      String op =
          overridePath == null ? null : (path.isEmpty() ? p.name() : overridePath + "." + p.name());
      String where =
          p.role()
              + " '"
              + p.name()
              + "' ("
              + t.getTypeName()
              + ") of "
              + (bp.type().isRecord() ? "record " : "class ")
              + bp.type().getName()
              + " at "
              + root
              + "."
              + at;
      FieldSpec override = null;
      if (op != null) {
        paths.add(op);
        override =
            overrides.property(op, p.name(), Types.raw(t) == null ? Object.class : Types.raw(t));
      }
      Integer size = op == null ? null : overrides.size(op);
      if (override != null) {
        if (size != null) {
          throw new IllegalArgumentException(
              "size(\""
                  + op
                  + "\", "
                  + size
                  + ") sizes a property that override field '"
                  + override.name()
                  + "' decides wholly; drop one, or override the elements with '"
                  + op
                  + "[]'");
        }
        fields[k] = overridden(p.name(), t, override, !path.isEmpty(), where);
      } else {
        Generator gen =
            Constraints.fill(
                lookup,
                bp.type(),
                p,
                t,
                where,
                name -> node(name, t, p.fakeWith(), at, op, mutable, bp.type(), false, where));
        if (size != null) {
          gen =
              sized(
                  gen, Types.raw(t), size, Constraints.sizeBounds(bp.type(), p, where), op, where);
        }
        fields[k] = FieldSpec.of(p.name(), t.getTypeName(), gen);
      }
    }
    return fields;
  }

  /**
   * A container property with the size an override gives it: a set or a map of size {@code n} has
   * {@code n} distinct elements or keys; a container cut by recursion stays empty.
   */
  private static Generator sized(
      Generator gen, Class<?> raw, int size, int[] bounds, String op, String where) {
    if (size < bounds[0] || size > bounds[1]) {
      throw new IllegalArgumentException(
          "size(\""
              + op
              + "\", "
              + size
              + ") is outside what the constraints of "
              + where
              + " allow: "
              + bounds[0]
              + " to "
              + bounds[1]);
    }
    if (gen instanceof CollectionComponent) {
      CollectionComponent c = (CollectionComponent) gen;
      return c.with(c.element(), size, c.isSet() ? size : 0);
    }
    if (gen instanceof ArrayComponent) {
      ArrayComponent a = (ArrayComponent) gen;
      return a.with(a.element(), size);
    }
    if (gen instanceof MapComponent) {
      MapComponent m = (MapComponent) gen;
      return m.with(m.key(), m.value(), size, size);
    }
    boolean container =
        raw != null
            && (raw.isArray()
                || java.util.Collection.class.isAssignableFrom(raw)
                || Iterable.class == raw
                || Map.class.isAssignableFrom(raw));
    if (container && gen instanceof Fixed) {
      return gen;
    }
    throw new IllegalArgumentException(
        "size(\""
            + op
            + "\", "
            + size
            + ") names "
            + where
            + ", which is not a collection, array or map; size applies to List, Set, Collection,"
            + " Map and array properties");
  }

  /** A property decided by a schema field: its generator converted to fit, its null rate kept. */
  private FieldSpec overridden(
      String name, Type t, FieldSpec override, boolean nested, String where) {
    Class<?> raw = Types.raw(t);
    Generator gen =
        Conversion.to(override.gen(), override.nullRate(), raw == null ? Object.class : raw, where);
    if (!nested) {
      return new FieldSpec(
          name, override.type(), gen, override.nullRate(), override.unique(), Seeds.salt(name));
    }
    if (override.unique()) {
      throw new IllegalArgumentException(
          "override field '"
              + override.name()
              + "' is unique, but uniqueness applies to top-level properties only; "
              + where);
    }
    return FieldSpec.of(name, override.type(), Nullable.of(gen, override.nullRate()));
  }

  /**
   * The generator of one property or element.
   *
   * @param name the property name, for inference
   * @param t its resolved type
   * @param fakeWith its annotation, or {@code null}
   * @param at its path from the requested type, for messages
   * @param overridePath its path for overrides, or {@code null} inside a container
   * @param mutable whether containers are made modifiable (outside records)
   * @param owner the class whose property this is, or holds it in a container
   * @param many whether this is an element of a collection, array or map (or a map's value)
   * @param where names it, for messages
   */
  private Generator node(
      String name,
      Type t,
      FakeWith fakeWith,
      String at,
      String overridePath,
      boolean mutable,
      Class<?> owner,
      boolean many,
      String where) {
    Class<?> raw = Types.raw(t);
    if (raw == null) {
      TypeVariable<?> v = Types.unbound(t);
      throw new IllegalArgumentException(
          "cannot fill "
              + where
              + ": its type variable "
              + v.getName()
              + " of "
              + v.getGenericDeclaration()
              + " is not bound; ask for the type with its arguments, e.g."
              + " faker.records(n, new TypeRef<"
              + root
              + "<...>>() {})");
    }
    if (fakeWith != null) {
      return annotated(fakeWith, raw, where);
    }
    if (raw == Optional.class) {
      Generator value =
          node(name, element(t, 0, where), null, at, overridePath, mutable, owner, many, where);
      return value == Fixed.CUT ? Fixed.of(Optional.empty()) : new OptionalComponent(value);
    }
    if (raw.isArray()) {
      Class<?> component = raw.getComponentType();
      Generator element =
          element(name, Types.component(t), at, overridePath, mutable, owner, where);
      return element == Fixed.CUT
          ? Fixed.of(ArrayComponent.empty(component))
          : new ArrayComponent(element, component);
    }
    Container shape = container(raw, t, mutable, where);
    if (shape != null && shape.isMap()) {
      Generator key = key(element(t, 0, where), where);
      Generator value =
          element(name, element(t, 1, where), at, overridePath, mutable, owner, where);
      return value == Fixed.CUT ? shape.empty() : new MapComponent(key, value, shape);
    }
    if (shape != null) {
      Generator element =
          element(name, element(t, 0, where), at, overridePath, mutable, owner, where);
      if (element instanceof Nullable && !shape.holdsNull()) {
        throw new IllegalArgumentException(
            "cannot fill "
                + where
                + ": a "
                + raw.getSimpleName()
                + " cannot hold null, but the override of '"
                + overridePath
                + "[]' is nullable; drop nullable, or declare a List or Set");
      }
      return element == Fixed.CUT ? shape.empty() : new CollectionComponent(element, shape);
    }
    if (raw.isEnum()) {
      return constants(raw, where);
    }
    if (LEAVES.contains(Inference.boxed(raw))) {
      return leaf(name, raw, where);
    }
    if (!isObject(raw)) {
      throw new IllegalArgumentException(
          "cannot fill "
              + where
              + ": unsupported type; "
              + SUPPORTED
              + "; annotate it with @FakeWith(\"<provider>\")"
              + (overridePath == null
                  ? ""
                  : " or pass a Schema override for '" + overridePath + "'"));
    }
    int seen = onPath.getOrDefault(raw, 0);
    if (seen > Defaults.RECURSION_DEPTH || (seen > 0 && many && raw != owner)) {
      return Fixed.CUT;
    }
    budget.planned(at);
    Blueprint bp = blueprint(raw, root + "." + at, overridePath);
    onPath.put(raw, seen + 1);
    FieldSpec[] parts = properties(bp, t, at, overridePath);
    onPath.put(raw, seen);
    Generator[] children = new Generator[parts.length];
    long[] salts = new long[parts.length];
    for (int k = 0; k < parts.length; k++) {
      children[k] = parts[k].gen();
      salts[k] = parts[k].salt();
    }
    NestedObject object = new NestedObject(raw, bp.assembly(), children, salts);
    budget.object(object, at, children);
    return object;
  }

  /**
   * The shape of a container property, or {@code null} if its class is not a container; a sorted
   * container's elements (or keys) must be {@code Comparable} and an {@code EnumSet}'s or {@code
   * EnumMap}'s an enum's constants.
   */
  private static Container container(Class<?> raw, Type t, boolean mutable, String where) {
    if (!Iterable.class.isAssignableFrom(raw) && !Map.class.isAssignableFrom(raw)) {
      return null;
    }
    Class<?> first = Types.argument(t, 0) == null ? null : Types.raw(Types.argument(t, 0));
    Container shape = Container.of(raw, mutable, first);
    if (shape == null || first == null) {
      return shape;
    }
    Class<?> boxed = Inference.boxed(first);
    String what = shape.isMap() ? "keys" : "elements";
    if (shape.sorted() && !Comparable.class.isAssignableFrom(boxed)) {
      throw new IllegalArgumentException(
          "cannot fill "
              + where
              + ": a "
              + raw.getSimpleName()
              + " keeps its "
              + what
              + " in their natural order, but "
              + boxed.getName()
              + " is not Comparable; declare a List, Set or Map, or make it Comparable");
    }
    if (shape.enumKeyed() && !boxed.isEnum()) {
      throw new IllegalArgumentException(
          "cannot fill "
              + where
              + ": the "
              + what
              + " of a "
              + raw.getSimpleName()
              + " are an enum's constants, not "
              + boxed.getName());
    }
    return shape;
  }

  /**
   * The generator of the elements of a container (or the values of a map): a schema field named
   * after their path ({@code tags[]}) if there is one, else what their type and the container's
   * name infer. Their path ({@code items[]}) leads overrides to the properties of element objects
   * ({@code items[].price}).
   */
  private Generator element(
      String name,
      Type t,
      String at,
      String overridePath,
      boolean mutable,
      Class<?> owner,
      String where) {
    String op = overridePath == null ? null : overridePath + "[]";
    if (op != null) {
      paths.add(op);
      FieldSpec override = overrides.elements(op);
      if (override != null) {
        return overridden(name, t, override, true, "the elements of " + where).gen();
      }
    }
    return node(name, t, null, at + "[]", op, mutable, owner, true, where);
  }

  /**
   * Analyses a class, with an error that names the path and the fix.
   *
   * @param raw the class
   * @param at its path, e.g. {@code Order.customer.address}, or its simple name at the top
   * @param overridePath the path a schema override would take, or {@code null}
   * @return the blueprint
   */
  static Blueprint blueprint(Class<?> raw, String at, String overridePath) {
    try {
      return Blueprint.of(raw);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "cannot fill "
              + at
              + " ("
              + raw.getName()
              + "): "
              + e.getMessage()
              + "; give it a public constructor, or a no-arg constructor and setters"
              + (overridePath == null || overridePath.isEmpty()
                  ? ""
                  : ", or pass a Schema override for '" + overridePath + "'"),
          e);
    }
  }

  /** Type argument {@code i} of a container, which must be declared. */
  private static Type element(Type t, int i, String where) {
    Type arg = Types.argument(t, i);
    if (arg == null) {
      throw new IllegalArgumentException(
          where
              + ": declare the element type, e.g. List<String>, Map<String, Integer> or"
              + " Optional<String>");
    }
    return arg;
  }

  /**
   * The keys of a map: by the key type alone, since the property's name describes the values. A
   * {@code String} key is a lorem word.
   */
  private Generator key(Type keyType, String where) {
    Class<?> raw = Types.raw(keyType);
    String keyWhere = "the keys of " + where;
    if (raw != null && raw.isEnum()) {
      return constants(raw, keyWhere);
    }
    if (raw == null || !LEAVES.contains(raw)) {
      throw new IllegalArgumentException(
          "cannot fill " + keyWhere + ": map keys must be strings, numbers, UUIDs, dates or enums");
    }
    if (raw == String.class) {
      return lookup.find("word").bind(lookup, List.of(), keyWhere);
    }
    return leaf("", raw, keyWhere);
  }

  private static Generator constants(Class<?> raw, String where) {
    if (raw.getEnumConstants().length == 0) {
      throw new IllegalArgumentException(where + ": the enum has no constants");
    }
    return Conversion.to(new ChoiceProviders.Constants(raw), 0, raw, where);
  }

  private Generator annotated(FakeWith fakeWith, Class<?> raw, String where) {
    String type = fakeWith.value();
    ProviderDef def = lookup.find(type);
    if (def == null) {
      throw new IllegalArgumentException(
          where
              + ": @FakeWith(\""
              + type
              + "\") names no provider"
              + Suggestions.closest(type, lookup.names())
              + "; register a custom provider with faker.register(\""
              + type
              + "\", f -> ...) first; providers: "
              + lookup.names());
    }
    Generator gen = def.bindText(lookup, List.of(fakeWith.args()), where);
    return Conversion.to(gen, 0, raw, where);
  }

  /**
   * A value drawn from a provider. Types without a provider of their own are made as {@link Leaves}
   * says ({@code ZoneId}, {@code Currency}, {@code Duration}, {@code Year}...). A {@code String}
   * whose name infers no provider is a lorem word.
   */
  private Generator leaf(String name, Class<?> raw, String where) {
    Class<?> boxed = Inference.boxed(raw);
    if (Leaves.made(boxed)) {
      return Leaves.of(name, raw, lookup, where).generator();
    }
    Inference.Match match;
    if (boxed == String.class) {
      match = Inference.infer(name, boxed, lookup);
      if (match == null) {
        // A domain model's String with a name no provider answers to (sku, notes, label) gets a
        // lorem word rather than an error, so any class fills without configuration.
        return lookup.find("word").bind(lookup, List.of(), where);
      }
      return Conversion.to(match.def().bind(lookup, match.args(), where), 0, raw, where);
    }
    try {
      match = Inference.require(name, boxed, lookup, "cannot fill " + where);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          e.getMessage()
              + "; rename it after a provider, annotate it with @FakeWith(\"<provider>\") or"
              + " pass a Schema override",
          e);
    }
    return Conversion.to(match.def().bind(lookup, match.args(), where), 0, raw, where);
  }
}
