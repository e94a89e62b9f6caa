package dev.forgery.internal.schema;

import dev.forgery.Faker;
import java.util.function.Function;

/**
 * A provider a schema type can name: a built-in one from the catalogue or one registered on a
 * faker.
 *
 * @param name the canonical name
 * @param type the value type
 * @param single draws one value from the faker it is given
 * @param column draws a column of independently seeded cells in one call, or {@code null} to draw
 *     them one by one with {@code single}
 */
public record ProviderRef(String name, Class<?> type, Function<Faker, ?> single, Column column) {

  /**
   * A provider that draws only one value at a time.
   *
   * @param name the canonical name
   * @param type the value type
   * @param single draws one value from the faker it is given
   */
  public ProviderRef(String name, Class<?> type, Function<Faker, ?> single) {
    this(name, type, single, null);
  }

  /**
   * Draws the cells of a column in one call: cell {@code k} restarts the faker's generator at
   * {@code seeds[k]}, then draws exactly what the provider's single call would. Providers that
   * build strings implement it to reuse one buffer and to keep consecutive cells' table reads in
   * one tight loop.
   */
  @FunctionalInterface
  public interface Column {
    /**
     * Fills {@code out[at, at + count)}.
     *
     * @param faker a faker whose generator is reseeded per cell
     * @param seeds one seed per cell, from index 0
     * @param out the destination
     * @param at where the first cell goes
     * @param count how many cells
     */
    void fill(Faker faker, long[] seeds, Object[] out, int at, int count);
  }
}
