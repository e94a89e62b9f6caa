package dev.forgery.internal.random;

/**
 * The values of a {@link RandomSource} fetched a block at a time for a batch whose values each take
 * a number of draws known only as a minimum (rejection sampling may take one more): characters of a
 * string, positions of a pattern. The block comes from {@link RandomSource#nextLongs(long[], int,
 * int)}, so the generator's state stays in a register while it is drawn; a draw taken one at a time
 * from the source writes the state back to memory, which in a loop of cheap work per draw costs as
 * much as the work.
 *
 * <p>The cursor never draws ahead of what the batch consumes: it is told a minimum (the batch's
 * values times their fewest draws) and fetches in blocks only up to it. What rejections take beyond
 * that minimum comes one draw at a time, so the source ends where the same values drawn one by one
 * would have left it, and the values are the same.
 */
public final class Draws {
  private final RandomSource random;
  private final long[] block;
  private int next;
  private int end;

  /**
   * How many values may still be fetched in blocks: what the batch is sure to take, less fetched.
   */
  private long unfetched;

  /**
   * Creates a cursor over {@code random}.
   *
   * @param random the source, left where the batch's draws would leave it
   * @param capacity the block size, at least the most draws {@link #take(int)} is asked for
   * @param minimum the fewest values the whole batch will take
   */
  public Draws(RandomSource random, int capacity, long minimum) {
    this.random = random;
    this.block = new long[capacity];
    this.unfetched = minimum;
  }

  /**
   * Returns the block that {@link #take(int)} indexes.
   *
   * @return the block, shared
   */
  public long[] block() {
    return block;
  }

  /**
   * Takes {@code n} values at once, if they can be fetched without drawing ahead.
   *
   * @param n how many, at most the capacity
   * @return the index in {@link #block()} of the first, or {@code -1} if fewer are certain to be
   *     taken, when the caller draws them one at a time with {@link #next()}
   */
  public int take(int n) {
    if (end - next < n) {
      refill();
      if (end - next < n) {
        return -1;
      }
    }
    int at = next;
    next += n;
    return at;
  }

  /**
   * Gives back what was taken from {@code at} on, to be taken again one at a time: what a value
   * whose draws met a rejection does.
   *
   * @param at an index {@link #take(int)} returned, of the last take
   */
  public void giveBack(int at) {
    next = at;
  }

  /**
   * Takes the next value.
   *
   * @return the next value of the source's sequence
   */
  public long next() {
    if (next == end) {
      refill();
      if (next == end) {
        return random.nextLong();
      }
    }
    return block[next++];
  }

  /**
   * Moves what is left to the front and fetches as much as fits and is certain to be taken. A value
   * drawn one at a time counts against that minimum only through the rejected draw it follows,
   * which the minimum never counted, so the cursor fetches no more than the batch takes.
   */
  private void refill() {
    int left = end - next;
    System.arraycopy(block, next, block, 0, left);
    next = 0;
    end = left;
    int n = (int) Math.min(block.length - left, unfetched);
    if (n > 0) {
      random.nextLongs(block, left, left + n);
      end += n;
      unfetched -= n;
    }
  }
}
