package dev.forgery.internal.engine;

import dev.forgery.internal.random.RandomSource;
import dev.forgery.internal.random.SplitMix64;
import dev.forgery.internal.registry.Generator;
import dev.forgery.internal.registry.Inference;
import dev.forgery.internal.registry.Lookup;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A Java type compiled for the block engine: a {@link CompiledSchema} whose fields are the
 * top-level properties of a record or any fillable class (see {@link Blueprint} for which
 * constructor, setters or fields are used), plus the {@link RecordSink} that makes the objects.
 * Objects are then made like any other row shape, a block at a time, with the same scheduling and
 * the same uniqueness pass as schemas, so object {@code i} of a batch depends only on the dataset
 * seed and {@code i}.
 *
 * <p>The values are those of a record's own seeding rule: property {@code k} of row {@code i} is
 * seeded {@code mix64(rowSeed(i) ^ salt(name_k))}, one mix more than a schema cell, so the schema
 * is compiled with mixed cell seeds. A property's values therefore depend on its name, not on its
 * position or on how the class is made: a record and a bean with the same properties hold the same
 * values.
 */
public final class RecordPlan {
  private final Class<?> type;
  private final CompiledSchema schema;
  private final Assembly assembly;
  private final RecordSink sink;

  private RecordPlan(Class<?> type, CompiledSchema schema, Assembly assembly) {
    this.type = type;
    this.schema = schema;
    this.assembly = assembly;
    this.sink = new RecordSink(assembly);
  }

  /**
   * Analyses a type.
   *
   * @param type a record or fillable class, or a parameterized type of one ({@code Page<Customer>})
   * @param lookup the providers properties may use
   * @param overrides fields that decide the properties their names are the paths of ({@code age},
   *     {@code address.city}), or empty; the null rates and uniqueness of top-level ones apply to
   *     those properties
   * @return the plan
   * @throws IllegalArgumentException if the type or a property cannot be filled, naming its path
   */
  public static RecordPlan of(Type type, Lookup lookup, List<FieldSpec> overrides) {
    return of(type, lookup, overrides, Map.of());
  }

  /**
   * Analyses a type, with the sizes of some of its containers given.
   *
   * @param type a record or fillable class, or a parameterized type of one
   * @param lookup the providers properties may use
   * @param overrides fields that decide the properties their names are the paths of, or empty
   * @param sizes how many elements the collection, array or map at a path holds ({@code orders},
   *     {@code orders[].lines}), or empty
   * @return the plan
   * @throws IllegalArgumentException if the type or a property cannot be filled, or a size names no
   *     container, naming its path
   */
  public static RecordPlan of(
      Type type, Lookup lookup, List<FieldSpec> overrides, Map<String, Integer> sizes) {
    Class<?> raw = type == null ? null : Types.raw(type);
    if (raw == null || !ObjectWalker.isObject(raw)) {
      throw new IllegalArgumentException(
          "type must be a record or a class forgery can fill property by property, got "
              + (type == null ? "null" : type.getTypeName())
              + (raw == null ? "" : whyNot(raw)));
    }
    Blueprint blueprint = ObjectWalker.blueprint(raw, raw.getSimpleName(), null);
    Overrides byPath = Overrides.of(overrides, sizes);
    ObjectWalker walker = new ObjectWalker(lookup, byPath, raw.getSimpleName());
    FieldSpec[] fields = walker.root(type, blueprint);
    List<String> names = new ArrayList<>();
    for (Blueprint.Property p : blueprint.properties()) {
      names.add(p.name());
    }
    byPath.requireAllUsed(raw, names, walker.paths());
    return new RecordPlan(
        raw, new CompiledSchema(Arrays.asList(fields), true), blueprint.assembly());
  }

  /** Why a class that is not an object cannot be asked for as one, and what to ask instead. */
  private static String whyNot(Class<?> raw) {
    if (raw.isPrimitive() || ObjectWalker.LEAVES.contains(Inference.boxed(raw)) || raw.isEnum()) {
      return ", which is a value; draw values with a provider (e.g. faker.generate(\"email\", n))"
          + " or with the one its name and type stand for (faker.inferProvider(\"zone\","
          + " ZoneId.class))";
    }
    if (raw.isArray()
        || java.util.Collection.class.isAssignableFrom(raw)
        || java.util.Map.class.isAssignableFrom(raw)
        || raw == java.util.Optional.class) {
      return ", which is a container; ask for the class of the elements";
    }
    if (raw.isInterface() || java.lang.reflect.Modifier.isAbstract(raw.getModifiers())) {
      return ", which is abstract; ask for a concrete class";
    }
    return ", which is a class of the JDK, not filled property by property; ask for a class of your"
        + " own";
  }

  /**
   * Returns a generator of single objects of this plan, for a model registered as a provider: each
   * draw takes one seed from the source and makes the object from it as a nested object is made,
   * property {@code k} seeded {@code mix64(seed ^ salt(name_k))}, with the null rates of the
   * overrides. Uniqueness belongs to a batch, so a plan with a unique override has no such
   * generator.
   *
   * @param name the provider's name, for messages
   * @return the generator
   * @throws IllegalArgumentException if an override is unique
   */
  public Generator objects(String name) {
    List<FieldSpec> fields = schema.fields();
    Generator[] children = new Generator[fields.size()];
    long[] salts = new long[children.length];
    for (int k = 0; k < children.length; k++) {
      FieldSpec f = fields.get(k);
      if (f.unique()) {
        throw new IllegalArgumentException(
            "model '"
                + name
                + "': override field '"
                + f.name()
                + "' is unique, but a model draws one object at a time; ask for uniqueness"
                + " where the model is used in a batch, e.g. a schema field's unique()");
      }
      children[k] = Nullable.of(f.gen(), f.nullRate());
      salts[k] = f.salt();
    }
    NestedObject object = new NestedObject(type, assembly, children, salts);
    return new Generator() {
      @Override
      public Class<?> valueType() {
        return type;
      }

      @Override
      public Object next(RandomSource random) {
        long seed = random.nextLong();
        return object.make(seed, new SplitMix64(seed));
      }

      @Override
      public String toString() {
        return "model " + name + " of " + type.getName();
      }
    };
  }

  /**
   * Returns the class of the objects.
   *
   * @return the class
   */
  public Class<?> type() {
    return type;
  }

  /** The schema of the top-level properties. */
  CompiledSchema schema() {
    return schema;
  }

  /** Makes the objects. */
  RecordSink sink() {
    return sink;
  }
}
