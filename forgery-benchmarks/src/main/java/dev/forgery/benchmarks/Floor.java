package dev.forgery.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Hand-written floors: the least work that produces values equivalent to a provider's, written
 * without any of forgery's machinery. A floor uses the same data tables and the same generator
 * arithmetic (SplitMix64, multiply-shift indexing) inline, picks uniformly (no weights), and does
 * one string concatenation per value. forgery's distance from its floor is the price of its
 * abstractions plus its realism (weights, patterns).
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
    String resource = "/dev/forgery/data/" + path + ".txt";
    try (InputStream in = Floor.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource);
      }
      List<String> values = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isEmpty()) {
          int tab = line.indexOf('\t');
          values.add(tab < 0 ? line : line.substring(0, tab));
        }
      }
      return values.toArray(new String[0]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
