package dev.forgery.cli;

import dev.forgery.Faker;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes CSV or JSON Lines through forgery-core's slice writers ({@code Faker.writeCsv(schema,
 * from, to, out, format)}, {@code Faker.writeJsonLines(schema, from, to, out)}).
 *
 * <p>The rows are cut into blocks of {@link #BLOCK} rows. {@code --threads N} threads each turn
 * blocks into text, every block by a faker restarted at the data set's seed, and the writing thread
 * appends the texts in row order, holding at most {@code 2N} blocks. Since row {@code i} depends
 * only on the seed and {@code i}, the bytes are the same for any {@code N}, and equal to one call
 * of the core writer. A schema with unique fields is the exception: its values are kept distinct
 * from row 0 on by one pass that remembers them, so it is written by one core call on the writing
 * thread, whatever {@code --threads} says.
 */
final class TextWriter implements DataWriter {
  /** Rows per block: enough to keep a thread busy, few enough to hold {@code 2N} of them. */
  static final int BLOCK = 16_384;

  /** Characters counted before the progress of a one-pass write is updated. */
  private static final int REPORT_CHARS = 1 << 16;

  /** CSV in the format of the command's CSV options. */
  static final TextWriter CSV =
      new TextWriter(
          (faker, data, from, to, out, first) ->
              faker.writeCsv(
                  data.schema(), from, to, out, first ? data.csv() : data.csv().withHeader(false)),
          true);

  /** JSON Lines. */
  static final TextWriter JSON_LINES =
      new TextWriter(
          (faker, data, from, to, out, first) -> faker.writeJsonLines(data.schema(), from, to, out),
          false);

  /** One call of a core writer. */
  @FunctionalInterface
  interface Slice {
    /**
     * Writes rows {@code [from, to)}.
     *
     * @param faker a faker at the start of the data set's sequence
     * @param data the data set
     * @param from the first row
     * @param to one past the last row
     * @param out where the text goes
     * @param first whether this is the first text of the output, which carries the header
     */
    void write(Faker faker, DataSet data, long from, long to, Appendable out, boolean first);
  }

  private final Slice slice;
  private final boolean header;

  private TextWriter(Slice slice, boolean header) {
    this.slice = slice;
    this.header = header;
  }

  @Override
  public void write(DataSet data, Target target, Progress progress) {
    target.write(bytes -> text(data, bytes, progress));
  }

  /** Writes the data set's text to the target's bytes. */
  private void text(DataSet data, OutputStream bytes, Progress progress) throws IOException {
    Bytes counted = new Bytes(bytes);
    Writer out =
        new BufferedWriter(new OutputStreamWriter(counted, StandardCharsets.UTF_8), 1 << 16);
    try {
      if (data.hasUnique()) {
        onePass(data, out, counted, progress);
      } else {
        inBlocks(data, out, counted, progress);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    out.flush();
    progress.advance(0, counted.count);
  }

  /** Writes the data set with one core call, counting its lines for the progress report. */
  private void onePass(DataSet data, Writer out, Bytes counted, Progress progress) {
    Lines lines = new Lines(out, header && data.csv().header() ? 1 : 0, counted, progress);
    slice.write(data.faker(), data, data.from(), data.to(), lines, true);
    lines.done(data.rows());
  }

  /** Writes the data set in blocks made by {@code data.threads()} threads, in row order. */
  private void inBlocks(DataSet data, Writer out, Bytes counted, Progress progress)
      throws IOException {
    ThreadLocal<Faker> fakers = ThreadLocal.withInitial(data::faker);
    ExecutorService pool =
        Executors.newFixedThreadPool(
            data.threads(),
            task -> {
              Thread thread = new Thread(task, "forgery-block");
              thread.setDaemon(true);
              return thread;
            });
    try {
      Deque<Future<String>> pending = new ArrayDeque<>();
      Deque<Long> sizes = new ArrayDeque<>();
      long next = data.from();
      while (next < data.to() || !pending.isEmpty()) {
        while (next < data.to() && pending.size() < 2 * data.threads()) {
          long from = next;
          long to = Math.min(data.to(), from + BLOCK);
          boolean first = from == data.from();
          pending.add(pool.submit(() -> block(fakers.get(), data, from, to, first)));
          sizes.add(to - from);
          next = to;
        }
        out.write(await(pending.removeFirst()));
        progress.advance(sizes.removeFirst(), counted.count);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private String block(Faker faker, DataSet data, long from, long to, boolean first) {
    StringBuilder text = new StringBuilder();
    faker.seed(data.seed());
    slice.write(faker, data, from, to, text, first);
    return text.toString();
  }

  private static String await(Future<String> block) {
    try {
      return block.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** Counts the bytes that reach the target. */
  private static final class Bytes extends FilterOutputStream {
    private long count;

    Bytes(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }

  /**
   * Passes text through and counts its lines, which are rows in JSON Lines and in CSV whose values
   * hold no line breaks: good enough to report the progress of a one-pass write, whose total is
   * exact once it ends.
   */
  private static final class Lines implements Appendable {
    private final Writer out;
    private final Bytes counted;
    private final Progress progress;
    private long lines;
    private long reported;
    private int chars;

    Lines(Writer out, int headerLines, Bytes counted, Progress progress) {
      this.out = out;
      this.lines = -headerLines;
      this.counted = counted;
      this.progress = progress;
    }

    @Override
    public Appendable append(CharSequence text) throws IOException {
      return append(text, 0, text.length());
    }

    @Override
    public Appendable append(CharSequence text, int start, int end) throws IOException {
      out.append(text, start, end);
      for (int i = start; i < end; i++) {
        count(text.charAt(i));
      }
      return this;
    }

    @Override
    public Appendable append(char c) throws IOException {
      out.append(c);
      count(c);
      return this;
    }

    private void count(char c) {
      if (c == '\n') {
        lines++;
      }
      if (++chars == REPORT_CHARS) {
        chars = 0;
        report();
      }
    }

    private void report() {
      long rows = Math.max(lines, 0);
      progress.advance(rows - reported, counted.count);
      reported = rows;
    }

    /**
     * Reports the exact number of rows once the write has ended.
     *
     * @param rows how many rows were written
     */
    void done(long rows) {
      progress.advance(rows - reported, counted.count);
      reported = rows;
    }
  }
}
