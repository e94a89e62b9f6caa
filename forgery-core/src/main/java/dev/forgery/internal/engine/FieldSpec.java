package dev.forgery.internal.engine;

import dev.forgery.internal.random.Seeds;
import dev.forgery.internal.registry.Generator;

/**
 * One validated schema field.
 *
 * @param name the field name
 * @param type the type as written, for messages and {@code toString}
 * @param gen the compiled generator
 * @param nullRate the probability of {@code null}, in {@code [0, 1]}
 * @param unique whether values must be distinct within a batch
 * @param salt {@link Seeds#salt(String)} of the name
 */
public record FieldSpec(
    String name, String type, Generator gen, double nullRate, boolean unique, long salt) {

  /**
   * Creates a plain field: never null, not unique.
   *
   * @param name the field name
   * @param type the type as written
   * @param gen the generator
   * @return the field
   */
  public static FieldSpec of(String name, String type, Generator gen) {
    return new FieldSpec(name, type, gen, 0.0, false, Seeds.salt(name));
  }

  /**
   * Returns a copy with another null rate.
   *
   * @param rate the probability of {@code null}
   * @return the copy
   */
  public FieldSpec withNullRate(double rate) {
    return new FieldSpec(name, type, gen, rate, unique, salt);
  }

  /**
   * Returns a copy whose values must be distinct.
   *
   * @return the copy
   */
  public FieldSpec asUnique() {
    return new FieldSpec(name, type, gen, nullRate, true, salt);
  }
}
