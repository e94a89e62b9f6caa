package dev.forgery.internal.engine;

import dev.forgery.internal.random.RandomSource;
import dev.forgery.internal.random.Seeds;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * The block scheduler: cuts the rows of a batch into blocks, hands them to the calling thread alone
 * or to it and the common pool's threads together, and computes each block's row seeds once for all
 * fields. It knows nothing of fields or outputs; a sink says what filling a block means.
 *
 * <p>Kept on its own because every output (maps, tuples, columns, records) is scheduled the same
 * way, and because the guarantee that a parallel batch equals the sequential one rests here: rows
 * do not depend on each other, so which thread fills a block never changes a value.
 */
final class Blocks {
  /**
   * Most rows drawn field by field at a time: each provider then draws thousands of values while
   * its tables are in cache, and a block's seeds and buffers stay in L2. Measured against blocks of
   * 1,024 and 32,768 rows, 8,192 to 16,384 were fastest for the benchmark schema.
   */
  static final int BLOCK = 8_192;

  /**
   * Most objects made a block at a time (records, beans, any filled class): a batch of up to this
   * many draws each property's column whole, as a batch call does. In one JVM, blocks of {@link
   * #BLOCK} rows made 100,000 six-component records in 1.21x to 2.00x the time of the hand-written
   * floor (five JVMs), one block in 1.16x to 1.21x: an object batch goes back to every property's
   * tables once per block, and in some processes each return is dear. The scratch this costs per
   * thread is a column of references per property and two columns of seeds (five megabytes for six
   * properties).
   */
  static final int OBJECT_BLOCK = 131_072;

  /** Fewest rows a thread claims at a time in a parallel batch (unless fewer are left). */
  private static final int GRAIN = 1_024;

  private Blocks() {}

  /**
   * Fills one block of rows {@code [at, at + count)}, whose seeds are {@code rowSeeds[0, count)}.
   */
  @FunctionalInterface
  interface Block {
    /**
     * Fills the block.
     *
     * @param w the thread's worker
     * @param at the first row, an index into the batch
     * @param count how many rows, at most the block size the batch was run with
     * @param rowSeeds the rows' seeds
     * @param seeds scratch space for cell seeds, as long as {@code rowSeeds}
     */
    void fill(RandomSource w, int at, int count, long[] rowSeeds, long[] seeds);
  }

  /**
   * Runs over rows {@code [0, n)} of a batch in blocks of at most {@code blockRows} rows: on the
   * calling thread alone, or, if asked, on it and the common pool's threads together. Each thread
   * gets its own worker, its own {@link Block} from {@code blocks} (given the largest block size,
   * to make its scratch space), and row seeds computed once per block for all fields.
   *
   * @param workers makes one worker per thread
   * @param base the dataset seed
   * @param from the index of the batch's first row in the dataset
   * @param n how many rows
   * @param parallel whether to use the common fork-join pool
   * @param blockRows the most rows in a block: {@link #BLOCK}, or {@link #OBJECT_BLOCK} for objects
   * @param blocks makes one thread's block filler, given the largest block size
   */
  static void run(
      Supplier<RandomSource> workers,
      long base,
      long from,
      int n,
      boolean parallel,
      int blockRows,
      IntFunction<Block> blocks) {
    // At least one helper even on one core, so the parallel path is the same code everywhere.
    int helpers =
        parallel && n > GRAIN ? Math.max(1, Runtime.getRuntime().availableProcessors() - 1) : 0;
    Claims claims = new Claims(n, helpers == 0 ? 1 : 2 * (helpers + 1), blockRows);
    Runnable task =
        () -> {
          RandomSource w = null;
          Block block = null;
          long[] rowSeeds = null;
          long[] seeds = null;
          for (int at; (at = claims.claim()) >= 0; ) {
            if (w == null) {
              w = workers.get();
              int size = Math.min(blockRows, n);
              block = blocks.apply(size);
              rowSeeds = new long[size];
              seeds = new long[size];
            }
            int count = claims.size(at);
            Seeds.rows(base, from + at, count, rowSeeds);
            block.fill(w, at, count, rowSeeds, seeds);
          }
        };
    ForkJoinTask<?>[] pool = new ForkJoinTask<?>[helpers];
    for (int h = 0; h < helpers; h++) {
      pool[h] = ForkJoinPool.commonPool().submit(task);
    }
    try {
      task.run();
    } catch (RuntimeException | Error e) {
      // A provider failed: the helpers stop after their current block, and the caller learns why.
      claims.stop();
      throw e;
    }
    for (ForkJoinTask<?> helper : pool) {
      helper.join();
    }
  }

  /**
   * Hands out the rows of a batch to whichever thread asks next, in blocks that shrink towards the
   * end. A claim takes the rows left divided by {@code divisor}, between {@link #GRAIN} and {@link
   * #BLOCK} rows (or the block size given): alone, a thread takes whole blocks; in parallel, with
   * twice as many shares as threads, threads take large blocks while much is left and small ones at
   * the end, so a thread that starts late (the pool's thread must first wake up) or runs slow just
   * claims less, and the others wait at most one small block for it.
   */
  private static final class Claims {
    private final AtomicInteger next = new AtomicInteger();
    private final int n;
    private final int divisor;
    private final int blockRows;

    Claims(int n, int divisor, int blockRows) {
      this.n = n;
      this.divisor = divisor;
      this.blockRows = blockRows;
    }

    /** Claims the next block and returns its first row, or -1 if no rows are left. */
    int claim() {
      while (true) {
        int at = next.get();
        if (at >= n) {
          return -1;
        }
        if (next.compareAndSet(at, at + size(at))) {
          return at;
        }
      }
    }

    /** The size of the block that starts at row {@code at}. */
    int size(int at) {
      int left = n - at;
      return Math.min(left, Math.max(GRAIN, Math.min(blockRows, left / divisor)));
    }

    /** Leaves no rows to claim. */
    void stop() {
      next.set(n);
    }
  }
}
