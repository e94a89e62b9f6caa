package dev.forgery.internal.engine;

import dev.forgery.FakeWith;
import dev.forgery.internal.Suggestions;
import dev.forgery.internal.provider.choice.ChoiceProviders;
import dev.forgery.internal.random.Seeds;
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
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reads a record type by reflection, once: finds each component's generator (a schema override, a
 * {@code @FakeWith} annotation, a provider inferred from the component's name or type, an enum's
 * constants, a nested record or a collection) and the canonical constructor, as a method handle.
 * Every error names the component and says what would work.
 *
 * <p>This is the only code that looks at record classes; what it finds is compiled like a schema
 * ({@link RecordPlan}) and drawn by the same engine.
 */
final class RecordWalker {
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
          Float.class,
          java.math.BigDecimal.class);

  private final Lookup lookup;

  /**
   * Starts a walk.
   *
   * @param lookup the providers components may use
   */
  RecordWalker(Lookup lookup) {
    this.lookup = lookup;
  }

  /**
   * Finds the components of a record type, in order, as fields named after them: an override's
   * generator (converted to fit), null rate and uniqueness for the components it names, else the
   * generator found for the component.
   *
   * @param type a record class
   * @param overrides fields by name, each removed from the map as its component is found
   * @param visiting the record classes being walked, to reject a record that contains itself
   * @return one field per component
   * @throws IllegalArgumentException if a component cannot be filled, naming it
   */
  FieldSpec[] components(Class<?> type, Map<String, FieldSpec> overrides, Set<Class<?>> visiting) {
    if (!visiting.add(type)) {
      throw new IllegalArgumentException(
          "record " + type.getName() + " contains itself; forgery cannot fill recursive records");
    }
    RecordComponent[] components = type.getRecordComponents();
    FieldSpec[] fields = new FieldSpec[components.length];
    for (int k = 0; k < components.length; k++) {
      RecordComponent c = components[k];
      String typeName = c.getGenericType().getTypeName();
      String where =
          "component '" + c.getName() + "' (" + typeName + ") of record " + type.getName();
      FieldSpec override = overrides.remove(c.getName());
      if (override != null) {
        Generator gen = Conversion.to(override.gen(), override.nullRate(), c.getType(), where);
        fields[k] =
            new FieldSpec(
                c.getName(),
                override.type(),
                gen,
                override.nullRate(),
                override.unique(),
                Seeds.salt(c.getName()));
      } else {
        Generator gen =
            node(c.getName(), c.getGenericType(), c.getAnnotation(FakeWith.class), visiting, where);
        fields[k] = FieldSpec.of(c.getName(), typeName, gen);
      }
    }
    visiting.remove(type);
    return fields;
  }

  /**
   * Returns the canonical constructor of a record type as a sink.
   *
   * @param type a record class
   * @return the sink
   * @throws IllegalArgumentException if the constructor cannot be called
   */
  static RecordSink constructor(Class<?> type) {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    for (int k = 0; k < components.length; k++) {
      types[k] = components[k].getType();
    }
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
    return new RecordSink(
        handle
            .asSpreader(Object[].class, types.length)
            .asType(MethodType.methodType(Object.class, Object[].class)));
  }

  private Generator node(
      String name, Type generic, FakeWith fakeWith, Set<Class<?>> visiting, String where) {
    Class<?> raw = rawClass(generic);
    if (fakeWith != null) {
      return annotated(fakeWith, raw, where);
    }
    if (raw.isRecord()) {
      FieldSpec[] parts = components(raw, new HashMap<>(), visiting);
      Generator[] children = new Generator[parts.length];
      long[] salts = new long[parts.length];
      for (int k = 0; k < parts.length; k++) {
        children[k] = parts[k].gen();
        salts[k] = parts[k].salt();
      }
      return new NestedRecord(raw, constructor(raw), children, salts);
    }
    if (raw == List.class || raw == Collection.class || raw == Set.class) {
      if (!(generic instanceof ParameterizedType)) {
        throw new IllegalArgumentException(where + ": declare the element type, e.g. List<String>");
      }
      Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
      if (element instanceof WildcardType) {
        element = ((WildcardType) element).getUpperBounds()[0];
      }
      return new CollectionComponent(node(name, element, null, visiting, where), raw == Set.class);
    }
    if (raw.isEnum()) {
      if (raw.getEnumConstants().length == 0) {
        throw new IllegalArgumentException(where + ": the enum has no constants");
      }
      return Conversion.to(new ChoiceProviders.Constants(raw), 0, raw, where);
    }
    return Conversion.to(infer(name, raw, where), 0, raw, where);
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

  private Generator infer(String name, Class<?> raw, String where) {
    Class<?> boxed = Inference.boxed(raw);
    if (!SUPPORTED.contains(boxed)) {
      throw new IllegalArgumentException(
          "cannot fill "
              + where
              + ": unsupported type; supported are String, numbers, BigDecimal, boolean, LocalDate,"
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
    return match.def().bind(lookup, match.args(), where);
  }

  private static Class<?> rawClass(Type type) {
    if (type instanceof Class) {
      return (Class<?>) type;
    }
    if (type instanceof ParameterizedType) {
      return (Class<?>) ((ParameterizedType) type).getRawType();
    }
    return Object.class;
  }
}
