package dev.forgery.internal.data;

import dev.forgery.internal.Locales;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

/**
 * Loads the data tables embedded in the jar, once per JVM.
 *
 * <p>Tables live under {@code dev/forgery/data/<locale>/<name>.txt}, one value per line, optionally
 * followed by a tab and a weight. They are parsed on first use and cached for the life of the class
 * loader, so the second {@code Faker} costs nothing. The largest weighted tables also have a stored
 * form beside them, {@code <name>.bin}, written by the build from the text ({@link TableImage}),
 * which is read instead of parsing the text: same table, a fraction of the time.
 *
 * <p>Paths and cache keys are joined with {@link String#concat}, not {@code +}: this code is on
 * every faker's way to its first value, and {@code +} compiles to an {@code invokedynamic} that the
 * JVM links on its first run, about 15 ms for the JVM's first concatenation of strings and a
 * millisecond for each new shape after it (ADR 0029). Code that runs per value keeps {@code +},
 * which is faster there.
 */
public final class Tables {
  private static final String ROOT = "/dev/forgery/data/";
  private static final Map<String, Object> CACHE = new ConcurrentHashMap<>();

  /** The largest array length every JVM allows. */
  private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

  private Tables() {}

  /**
   * Joins a locale and a table name into a table path, {@code en_US/first_names}, without the
   * {@code invokedynamic} of {@code +} (see the class comment).
   *
   * @param locale a locale tag such as {@code en_US}
   * @param name a table name such as {@code first_names}
   * @return the path
   */
  public static String path(String locale, String name) {
    return locale.concat("/").concat(name);
  }

  /**
   * Returns the weighted table {@code <locale>/<name>.txt}; lines without a weight count as 1.
   *
   * @param path the table path below the data root, without extension, e.g. {@code en_US/names}
   * @return the shared table
   */
  public static WeightedTable weighted(String path) {
    return cached("weighted:".concat(path), key -> parseWeighted(path));
  }

  /**
   * Returns the values of {@code <path>.txt} in file order, ignoring any weights.
   *
   * @param path the table path below the data root, without extension
   * @return the shared, never modified array
   */
  public static String[] list(String path) {
    return cached("list:".concat(path), key -> parseList(path));
  }

  /**
   * Returns the values of {@code <path>.txt} in file order, each read once per JVM into the value
   * it names (a time-zone id into a {@code ZoneId}).
   *
   * @param path the table path below the data root, without extension
   * @param parse reads one value
   * @param array makes the array of the values' type
   * @param <T> the value type
   * @return the shared, never modified array
   */
  public static <T> T[] parsed(
      String path, Function<String, T> parse, java.util.function.IntFunction<T[]> array) {
    return cached(
        "parsed:".concat(path),
        key -> {
          String[] lines = list(path);
          T[] values = array.apply(lines.length);
          for (int i = 0; i < lines.length; i++) {
            values[i] = parse.apply(lines[i]);
          }
          return values;
        });
  }

  /**
   * Tells whether the table {@code path} exists, looking along a locale's chain as {@link #open}
   * does. Lets a provider choose between a locale's own layout and another without catching
   * exceptions.
   *
   * @param path the table path below the data root, without extension, e.g. {@code
   *     de_DE/address_format}
   * @return whether a table is found
   */
  public static boolean has(String path) {
    return resolve(path) != null;
  }

  /**
   * Caches any value derived from tables under {@code key}, computed once per JVM. A thread that
   * asks for a value another thread is computing waits for it rather than computing it again: the
   * first value of a test run may be asked for while a background thread is already building its
   * tables (the JUnit extension's warm-up), and building the surnames twice would only double the
   * wait. A computation that fails is not remembered; the next request tries again.
   *
   * @param key a key unique to the derivation
   * @param compute computes the value on first use; it may ask for other keys, never its own
   * @param <T> the value type
   * @return the shared value
   */
  @SuppressWarnings("unchecked")
  public static <T> T cached(String key, Function<String, T> compute) {
    // Not computeIfAbsent: a derivation may itself load tables, and nested updates of a
    // ConcurrentHashMap from inside its own computeIfAbsent are not allowed. A pending
    // computation is a FutureTask in the map until it is replaced by its value.
    Object value = CACHE.get(key);
    if (value == null) {
      FutureTask<T> task = new FutureTask<>(() -> compute.apply(key));
      value = CACHE.putIfAbsent(key, task);
      if (value == null) {
        task.run();
        value = task;
      }
    }
    if (value instanceof FutureTask) {
      FutureTask<T> pending = (FutureTask<T>) value;
      T done = await(key, pending);
      CACHE.replace(key, pending, done);
      return done;
    }
    return (T) value;
  }

  /** The value of a computation, waiting for it; a failure is forgotten and rethrown. */
  private static <T> T await(String key, FutureTask<T> pending) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return pending.get();
        } catch (InterruptedException e) {
          interrupted = true; // tables are built to the end; the interrupt is kept for the caller
        } catch (ExecutionException e) {
          CACHE.remove(key, pending);
          Throwable cause = e.getCause();
          if (cause instanceof RuntimeException) {
            throw (RuntimeException) cause;
          }
          if (cause instanceof Error) {
            throw (Error) cause;
          }
          throw new IllegalStateException("cannot build " + key, cause);
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static WeightedTable parseWeighted(String path) {
    WeightedTable stored = storedTable(path);
    return stored != null ? stored : parseWeightedText(path);
  }

  /**
   * Parses a weighted table from its text file, never from an image: what the build writes images
   * from, and what a table without one gets.
   *
   * @param path the table's path as {@link #weighted} takes it
   * @return the table
   */
  static WeightedTable parseWeightedText(String path) {
    Parsed table = parse(path, false);
    return table.text == null
        ? WeightedTable.of(table.values, table.weights)
        : WeightedTable.of(table.weights, table.text);
  }

  private static String[] parseList(String path) {
    return parse(path, true).values;
  }

  /**
   * The lines of one table: values (unless only bytes were asked for and the file is ASCII),
   * weights (1 where a line has none) and, if the file is ASCII, the values' bytes back to back.
   */
  private record Parsed(String[] values, double[] weights, WeightedBytes.Text text) {}

  /**
   * Parses {@code value[TAB weight]} lines in one pass over the raw bytes. This is on the path to
   * the first value a JVM generates, so it avoids per-line substrings and {@code parseDouble}, and
   * makes no strings for an ASCII file unless {@code strings} asks for them.
   */
  private static Parsed parse(String path, boolean strings) {
    byte[] bytes = read(path);
    int lines = 0;
    int signs = 0;
    for (byte b : bytes) {
      signs |= b;
      if (b == '\n') {
        lines++;
      }
    }
    // No byte has its sign bit set: the file is ASCII, so its value bytes are also Latin-1 text.
    boolean ascii = signs >= 0;
    byte[] text = ascii ? new byte[bytes.length] : null;
    int[] starts = ascii ? new int[lines + 1] : null;
    int maxLength = 0;
    if (bytes.length > 0 && bytes[bytes.length - 1] != '\n') {
      lines++;
    }
    String[] values = strings || !ascii ? new String[lines] : null;
    double[] weights = new double[lines];
    int count = 0;
    int start = 0;
    while (start < bytes.length) {
      int end = start;
      int tab = -1;
      while (end < bytes.length && bytes[end] != '\n') {
        if (bytes[end] == '\t' && tab < 0) {
          tab = end;
        }
        end++;
      }
      if (end > start) {
        int valueEnd = tab < 0 ? end : tab;
        if (values != null) {
          values[count] = new String(bytes, start, valueEnd - start, StandardCharsets.UTF_8);
        }
        weights[count] = tab < 0 ? 1.0 : weight(bytes, tab + 1, end, path);
        if (ascii) {
          System.arraycopy(bytes, start, text, starts[count], valueEnd - start);
          starts[count + 1] = starts[count] + valueEnd - start;
          maxLength = Math.max(maxLength, valueEnd - start);
        }
        count++;
      }
      start = end + 1;
    }
    if (count != lines) {
      values = values == null ? null : Arrays.copyOf(values, count);
      weights = Arrays.copyOf(weights, count);
    }
    WeightedBytes.Text latin1 =
        ascii
            ? new WeightedBytes.Text(
                // Only the values' bytes are kept (weights and separators dropped), padded.
                Arrays.copyOf(text, starts[count] + WeightedBytes.SLACK),
                Arrays.copyOf(starts, count + 1),
                maxLength)
            : null;
    return new Parsed(values, weights, latin1);
  }

  /** Parses a non-negative integer weight, the only form the table generators write. */
  private static double weight(byte[] bytes, int from, int to, String path) {
    long value = 0;
    for (int i = from; i < to; i++) {
      int digit = bytes[i] - '0';
      if (digit < 0 || digit > 9) {
        throw new IllegalStateException(
            "bad weight '"
                + new String(bytes, from, to - from, StandardCharsets.UTF_8)
                + "' in data table "
                + path);
      }
      value = value * 10 + digit;
    }
    return value;
  }

  private static byte[] read(String path) {
    try (InputStream in = open(path)) {
      return readAll(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read data table " + ROOT + path + ".txt", e);
    }
  }

  /**
   * Reads the stored layouts {@code <path>.bin} ({@link WeightedBytes#encode}) of a table derived
   * at run time, such as a locale's email local parts, or returns null if the build wrote none
   * (then the caller derives them). Only the path itself is read, not a locale's chain: a derived
   * table belongs to the locale it was derived for.
   *
   * @param path the image's path below the data root, without extension, e.g. {@code
   *     en_US/email_local_parts}
   * @return the layouts in the order written, or null
   */
  public static WeightedBytes[] storedLayouts(String path) {
    String image = ROOT.concat(path).concat(".bin");
    try (InputStream in = Tables.class.getResourceAsStream(image)) {
      return in == null ? null : WeightedBytes.decode(in, image);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read data table image " + image, e);
    }
  }

  /**
   * Reads the stored form of a table ({@link TableImage}) from beside the text file that {@link
   * #open} would read, or returns {@code null} if that file has none (or there is no such file).
   */
  private static WeightedTable storedTable(String path) {
    String base = resolve(path);
    if (base == null) {
      return null;
    }
    String image = base.concat(".bin");
    try (InputStream in = Tables.class.getResourceAsStream(image)) {
      return in == null ? null : TableImage.decode(in, path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read data table image " + image, e);
    }
  }

  /**
   * Reads a stream to its end into one array sized from {@link InputStream#available()}, which for
   * a resource in a jar or a directory is the bytes left in it. {@link InputStream#readAllBytes()}
   * reads in 8 KB pieces, keeps them in a list and copies them into the result at the end: twice
   * the memory of a large file, on the way to a first value. A stream that says nothing, or too
   * little, still reads whole: the array grows until the end. (Stored tables are read by {@link
   * ImageReader}, straight into the arrays they become.)
   *
   * @param in the stream; not closed
   * @return every byte left in it
   * @throws IOException if reading fails
   */
  static byte[] readAll(InputStream in) throws IOException {
    byte[] bytes = new byte[Math.max(in.available(), 8192)];
    int length = 0;
    while (true) {
      int n = in.read(bytes, length, bytes.length - length);
      if (n < 0) {
        return length == bytes.length ? bytes : Arrays.copyOf(bytes, length);
      }
      length += n;
      if (length == bytes.length) {
        int next = in.read();
        if (next < 0) {
          return bytes;
        }
        if (bytes.length == MAX_ARRAY) {
          throw new IOException("more than " + MAX_ARRAY + " bytes, more than an array holds");
        }
        bytes = Arrays.copyOf(bytes, (int) Math.min(2L * bytes.length, MAX_ARRAY));
        bytes[length++] = (byte) next;
      }
    }
  }

  /**
   * Resolves a table's path to the resource that holds its text, without its extension: along the
   * locale's chain ({@code de_DE}, {@code de}, {@code root}: see {@link Locales#chain}) for a path
   * below a supported locale ({@code de_DE/streets}), else the path as it is ({@code
   * iban/formats}). The one lookup behind {@link #has}, {@link #open} and the stored forms, made
   * once per path: it asks for resources' URLs without opening one, or making the exception a
   * missing table throws (on the way to a first name, opening and failing cost milliseconds).
   *
   * @param path the table path below the data root, without extension
   * @return the resource's base name, or {@code null} if no resource holds the table
   */
  private static String resolve(String path) {
    String base = cached("resolve:".concat(path), key -> lookUp(path));
    return base.isEmpty() ? null : base;
  }

  /** {@link #resolve} uncached, with {@code ""} for a table no resource holds. */
  private static String lookUp(String path) {
    int slash = path.indexOf('/');
    String folder = slash < 0 ? "" : path.substring(0, slash);
    if (!Locales.SUPPORTED.contains(folder)) {
      String base = ROOT.concat(path);
      return exists(base) ? base : "";
    }
    String name = path.substring(slash + 1);
    for (String parent : Locales.chain(folder)) {
      String base = ROOT.concat(parent).concat("/").concat(name);
      if (exists(base)) {
        return base;
      }
    }
    return "";
  }

  private static boolean exists(String base) {
    return Tables.class.getResource(base.concat(".txt")) != null;
  }

  /**
   * Opens the table {@code path}, found as {@link #resolve} finds it.
   *
   * @param path the table path below the data root, without extension
   * @return the open stream; the caller closes it
   * @throws MissingLocaleData if no folder of a locale's chain has the table
   * @throws IllegalStateException if a table outside the locales is missing
   */
  static InputStream open(String path) {
    String base = resolve(path);
    if (base != null) {
      return Tables.class.getResourceAsStream(base.concat(".txt"));
    }
    throw missing(path);
  }

  /**
   * Checks that the table {@code path} exists, found as {@link #resolve} finds it, without reading
   * it: for tables that providers read only when a value first needs them, so that a locale without
   * the table still fails where it did, when the provider is bound.
   *
   * @param path the table path below the data root, without extension
   * @throws MissingLocaleData if no folder of a locale's chain has the table
   * @throws IllegalStateException if a table outside the locales is missing
   */
  public static void require(String path) {
    if (resolve(path) == null) {
      throw missing(path);
    }
  }

  /** The exception for a table no resource holds. */
  private static RuntimeException missing(String path) {
    int slash = path.indexOf('/');
    String folder = slash < 0 ? "" : path.substring(0, slash);
    if (Locales.SUPPORTED.contains(folder)) {
      return new MissingLocaleData(folder, path.substring(slash + 1), Locales.chain(folder));
    }
    return new IllegalStateException("missing data table " + ROOT + path + ".txt");
  }
}
