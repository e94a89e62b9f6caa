package dev.forgery.internal.engine;

import dev.forgery.internal.random.RandomSource;
import dev.forgery.internal.registry.Generator;

/**
 * A record component whose value is built from its cell's seed rather than drawn from a source
 * restarted there: a nested record, whose components are seeded from it, or a collection, whose
 * elements are. It is a {@link Generator}, so a record type compiles to a {@link CompiledSchema}
 * whose fields are its top-level components, and it fills a block of cells like any provider, one
 * cell per seed; it has no draw of its own ({@link #next} is unsupported), and {@link
 * CompiledSchema} asks it for a cell by its seed.
 */
abstract class Component extends Generator {

  /**
   * Makes the value of the cell seeded {@code seed}.
   *
   * @param seed the cell's seed
   * @param w the thread's worker
   * @return the value
   */
  abstract Object make(long seed, RandomSource w);

  /**
   * Returns the value of {@code gen}'s cell seeded {@code seed}: a component makes it from the
   * seed, a provider draws it from {@code w} restarted at the seed.
   *
   * @param gen a component or a provider's generator
   * @param seed the cell's seed
   * @param w the thread's worker
   * @return the value
   */
  static Object at(Generator gen, long seed, RandomSource w) {
    if (gen instanceof Component) {
      return ((Component) gen).make(seed, w);
    }
    w.reseed(seed);
    return gen.next(w);
  }

  /**
   * Unsupported: a component's value comes from its cell's seed, see {@link #make}.
   *
   * @throws UnsupportedOperationException always
   */
  @Override
  public final Object next(RandomSource random) {
    throw new UnsupportedOperationException(this + " is made from its cell's seed");
  }

  /** Makes cell {@code k} from {@code seeds[k]}. */
  @Override
  public final void fill(RandomSource random, long[] seeds, Object[] out, int at, int count) {
    for (int k = 0; k < count; k++) {
      out[at + k] = make(seeds[k], random);
    }
  }
}
