package dev.forgery.internal.engine;

import dev.forgery.internal.Suggestions;
import dev.forgery.internal.registry.Lookup;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A Java record type compiled for the block engine: a {@link CompiledSchema} whose fields are the
 * record's top-level components, plus the {@link RecordSink} that calls its canonical constructor.
 * Records are then made like any other row shape, a block at a time, with the same scheduling and
 * the same uniqueness pass as schemas.
 *
 * <p>The values are those of a record's own seeding rule: component {@code k} of row {@code i} is
 * seeded {@code mix64(rowSeed(i) ^ salt(name_k))}, one mix more than a schema cell, so the schema
 * is compiled with mixed cell seeds.
 */
public final class RecordPlan {
  private final Class<?> type;
  private final CompiledSchema schema;
  private final RecordSink sink;

  private RecordPlan(Class<?> type, CompiledSchema schema, RecordSink sink) {
    this.type = type;
    this.schema = schema;
    this.sink = sink;
  }

  /**
   * Analyses a record type.
   *
   * @param type a record class
   * @param lookup the providers components may use
   * @param overrides fields that decide the top-level components of the same name, or empty; their
   *     null rates and uniqueness apply to those components
   * @return the plan
   * @throws IllegalArgumentException if a component cannot be filled, naming it
   */
  public static RecordPlan of(Class<?> type, Lookup lookup, List<FieldSpec> overrides) {
    if (type == null || !type.isRecord()) {
      throw new IllegalArgumentException(
          "type must be a record class, got " + (type == null ? "null" : type.getName()));
    }
    Map<String, FieldSpec> byName = new HashMap<>();
    for (FieldSpec f : overrides) {
      byName.put(f.name(), f);
    }
    FieldSpec[] fields = new RecordWalker(lookup).components(type, byName, new HashSet<>());
    RecordSink sink = RecordWalker.constructor(type);
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
    return new RecordPlan(type, new CompiledSchema(Arrays.asList(fields), true), sink);
  }

  /**
   * Returns the record type.
   *
   * @return the class
   */
  public Class<?> type() {
    return type;
  }

  /** The schema of the top-level components. */
  CompiledSchema schema() {
    return schema;
  }

  /** Calls the canonical constructor. */
  RecordSink sink() {
    return sink;
  }
}
