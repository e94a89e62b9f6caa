package dev.forgery.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Hand-written floors: the least work that produces values equivalent to a provider's, written
 * without any of forgery's machinery. A floor uses the same data tables and the same generator
 * arithmetic (SplitMix64, multiply-shift indexing) inline, and builds each value the fastest way we
 * know to write by hand: one concatenation, one {@code new String} of Latin-1 bytes from a reused
 * buffer, or, where values are assembled from table words (names, emails), 16-byte copies out of
 * one byte array into a buffer ({@link Bytes}). The floors of the first benchmarks pick uniformly
 * (no weights), so forgery's distance from them is the price of its abstractions plus its realism
 * (weights, patterns); the floors of the vocabulary groups give the provider's own distribution
 * (the user agents' weights by {@link Alias}, a VIN's position 7 by its model year), so that
 * distance is the price of the abstractions alone.
 */
final class Floor {
  static final long GAMMA = 0x9E3779B97F4A7C15L;

  private long state;

  Floor(long seed) {
    this.state = seed;
  }

  /** SplitMix64, inlined. */
  long next() {
    long z = (state += GAMMA);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** A uniform index in {@code [0, size)} from the high 32 bits of one draw. */
  int pick(int size) {
    return (int) (((next() >>> 32) * size) >>> 32);
  }

  /** The values of a forgery data table (the first column), read once at setup. */
  static String[] table(String path) {
    List<String> values = new ArrayList<>();
    for (String line : lines(path)) {
      int tab = line.indexOf('\t');
      values.add(tab < 0 ? line : line.substring(0, tab));
    }
    return values.toArray(new String[0]);
  }

  /** The weights of a forgery data table (the second column, 1 where none), read at setup. */
  static double[] weights(String path) {
    List<String> lines = lines(path);
    double[] weights = new double[lines.size()];
    for (int i = 0; i < weights.length; i++) {
      String line = lines.get(i);
      int tab = line.indexOf('\t');
      weights[i] = tab < 0 ? 1.0 : Double.parseDouble(line.substring(tab + 1).trim());
    }
    return weights;
  }

  /** The non-empty lines of a forgery data table. */
  private static List<String> lines(String path) {
    String resource = "/dev/forgery/data/" + path + ".txt";
    try (InputStream in = Floor.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource);
      }
      List<String> lines = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isEmpty()) {
          lines.add(line);
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Walker's alias method, built with Vose's construction: a draw's high 32 bits pick a column, its
   * low 32 bits toss the column's coin between the column's own index and its alias. One {@code
   * long} per column holds the coin's threshold (high half) and the alias (low half).
   */
  static final class Alias {
    private final long[] columns;

    Alias(double[] weights) {
      int n = weights.length;
      double total = 0;
      for (double w : weights) {
        total += w;
      }
      double[] scaled = new double[n];
      int[] small = new int[n];
      int[] large = new int[n];
      int smalls = 0;
      int larges = 0;
      for (int i = 0; i < n; i++) {
        scaled[i] = weights[i] * n / total;
        if (scaled[i] < 1) {
          small[smalls++] = i;
        } else {
          large[larges++] = i;
        }
      }
      columns = new long[n];
      while (smalls > 0 && larges > 0) {
        int s = small[--smalls];
        int l = large[--larges];
        columns[s] = column(scaled[s], l);
        scaled[l] = scaled[l] + scaled[s] - 1;
        if (scaled[l] < 1) {
          small[smalls++] = l;
        } else {
          large[larges++] = l;
        }
      }
      while (larges > 0) {
        int i = large[--larges];
        columns[i] = column(1, i);
      }
      while (smalls > 0) {
        int i = small[--smalls];
        columns[i] = column(1, i);
      }
    }

    /**
     * A column that keeps its own index with probability {@code keep}, else gives {@code alias}.
     */
    private static long column(double keep, int alias) {
      return Math.min((long) Math.ceil(keep * 0x1p32), 0xFFFF_FFFFL) << 32 | alias;
    }

    /** The index that 64 random bits pick. */
    int pick(long bits) {
      int column = (int) (((bits >>> 32) * columns.length) >>> 32);
      long entry = columns[column];
      return (bits & 0xFFFF_FFFFL) < entry >>> 32 ? column : (int) entry;
    }
  }

  /**
   * A table's values back to back in one byte array, each found through one {@code int} (offset and
   * length) and copied 16 bytes at a time: two dependent reads per value, as few as any layout
   * allows.
   */
  static final class Bytes {
    private static final VarHandle WORDS =
        MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());

    private final byte[] bytes;
    private final int[] refs;

    Bytes(String[] values) {
      refs = new int[values.length];
      int total = 0;
      for (String v : values) {
        total += v.length();
      }
      bytes = new byte[total + 16];
      int at = 0;
      for (int i = 0; i < values.length; i++) {
        byte[] b = values[i].getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(b, 0, bytes, at, b.length);
        refs[i] = at << 8 | b.length;
        at += b.length;
      }
    }

    int size() {
      return refs.length;
    }

    /** Copies value {@code i} into {@code buf} at {@code at}; returns the position after it. */
    int copy(int i, byte[] buf, int at) {
      int ref = refs[i];
      int from = ref >>> 8;
      int length = ref & 0xFF;
      int k = 0;
      do {
        WORDS.set(buf, at + k, (long) WORDS.get(bytes, from + k));
        WORDS.set(buf, at + k + 8, (long) WORDS.get(bytes, from + k + 8));
        k += 16;
      } while (k < length);
      return at + length;
    }
  }

  static String[] lower(String[] values) {
    String[] out = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i].toLowerCase(Locale.ROOT).replace("'", "");
    }
    return out;
  }
}
