package dev.forgery.internal.engine;

import dev.forgery.internal.random.RandomSource;
import dev.forgery.internal.registry.Generator;

/**
 * A nested property overridden by a nullable schema field: {@code null} with the field's rate,
 * decided by the cell's first draw, as a top-level nullable cell is ({@link CompiledSchema}).
 */
final class Nullable extends Generator {
  private final Generator gen;
  private final double rate;

  private Nullable(Generator gen, double rate) {
    this.gen = gen;
    this.rate = rate;
  }

  /**
   * Returns {@code gen}, made nullable if {@code rate > 0}.
   *
   * @param gen the field's generator
   * @param rate the probability of {@code null}
   * @return the generator
   */
  static Generator of(Generator gen, double rate) {
    return rate > 0.0 ? new Nullable(gen, rate) : gen;
  }

  /** The generator of the values that are not {@code null}. */
  Generator gen() {
    return gen;
  }

  @Override
  public Class<?> valueType() {
    return gen.valueType();
  }

  @Override
  public Object next(RandomSource random) {
    return random.nextDouble() < rate ? null : gen.next(random);
  }

  @Override
  public String toString() {
    return gen + " or null";
  }
}
