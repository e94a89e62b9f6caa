package dev.forgery.junit5;

import dev.forgery.junit5.internal.Seeds;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The seeds of tests that failed, remembered between runs in a small properties file ({@code test
 * unique id = seed}) so that the next run replays them.
 *
 * <p>One instance per test run (kept in the root extension context's store). What the previous run
 * left is read once, at the start; every change is a read-modify-write of the file under a file
 * lock, so parallel tests and several Surefire forks sharing the file do not lose each other's
 * entries. Entries change only when a test fails, or passes after having failed: rarely.
 */
final class ReplayFile {
  private final Path path;
  private final Map<String, Long> previous;
  private final Set<String> failedThisRun = ConcurrentHashMap.newKeySet();

  private ReplayFile(Path path, Map<String, Long> previous) {
    this.path = path;
    this.previous = previous;
  }

  /**
   * Reads what the previous run left in {@code path}; a missing file is an empty one.
   *
   * @param path the file
   * @return the replay file
   * @throws UncheckedIOException if the file exists but cannot be read
   */
  static ReplayFile load(Path path) {
    try {
      return new ReplayFile(path, Files.exists(path) ? read(path) : Map.of());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read forgery replay file " + path, e);
    }
  }

  Path path() {
    return path;
  }

  /**
   * Returns the seed a test failed with last run.
   *
   * @param test the test's stable id
   * @return the seed, or {@code null}
   */
  Long seedFor(String test) {
    return previous.get(test);
  }

  /** Remembers that {@code test} failed with {@code seed}. */
  void failed(String test, long seed) {
    failedThisRun.add(test);
    update(test, seed);
  }

  /** Forgets {@code test}, if it was remembered: it passed. */
  void passed(String test) {
    if (previous.containsKey(test) || failedThisRun.contains(test)) {
      update(test, null);
    }
  }

  private synchronized void update(String test, Long seed) {
    try {
      Path parent = path.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (FileChannel channel =
          FileChannel.open(
              path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
        FileLock lock = channel.lock();
        try {
          rewrite(channel, test, seed);
        } finally {
          lock.release();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot update forgery replay file " + path, e);
    }
  }

  private static void rewrite(FileChannel channel, String test, Long seed) throws IOException {
    Map<String, Long> entries = read(Channels.newReader(channel, StandardCharsets.UTF_8));
    if (seed == null) {
      entries.remove(test);
    } else {
      entries.put(test, seed);
    }
    byte[] bytes = format(entries).getBytes(StandardCharsets.UTF_8);
    channel.truncate(0);
    channel.position(0);
    channel.write(ByteBuffer.wrap(bytes));
  }

  private static Map<String, Long> read(Path path) throws IOException {
    try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      return read(reader);
    }
  }

  private static Map<String, Long> read(Reader reader) throws IOException {
    Properties properties = new Properties();
    properties.load(reader);
    Map<String, Long> entries = new TreeMap<>();
    for (String key : properties.stringPropertyNames()) {
      try {
        entries.put(key, Seeds.parse(key, properties.getProperty(key)));
      } catch (IllegalArgumentException e) {
        // A hand-edited, broken line is dropped rather than failing every test of the run.
      }
    }
    return entries;
  }

  /** Sorted, one line per test, so that the file diffs and reads well. */
  static String format(Map<String, Long> entries) {
    StringBuilder out =
        new StringBuilder("# forgery: seeds of failed tests, replayed on the next run.\n");
    for (Map.Entry<String, Long> e : new TreeMap<>(entries).entrySet()) {
      out.append(escape(e.getKey())).append('=').append(Seeds.hex(e.getValue())).append('\n');
    }
    return out.toString();
  }

  private static String escape(String key) {
    StringBuilder out = new StringBuilder(key.length() + 16);
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c == '\\' || c == ':' || c == '=' || c == ' ' || c == '#' || c == '!') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7E) {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
