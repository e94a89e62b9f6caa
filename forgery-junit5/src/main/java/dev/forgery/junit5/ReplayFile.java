package dev.forgery.junit5;

import dev.forgery.junit5.internal.Seeds;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The seeds of tests that failed, remembered between runs in a small properties file ({@code test
 * unique id = seed}) so that the next run replays them.
 *
 * <p>One instance per test run (kept in the root extension context's store). What the previous run
 * left is read once, at the start; every change is a read-modify-write of the file under a file
 * lock, so parallel tests and several Surefire forks sharing the file do not lose each other's
 * entries. Entries change only when a test fails, or passes after having failed: rarely.
 *
 * <p>A change never rewrites the file in place: the new content is written in full to a temporary
 * file beside it ({@code failed-seeds.properties.tmp}), forced to the disk, and moved over the file
 * in one step. A full disk, a quota or a file size limit therefore fails the write before the file
 * is touched, and a crash leaves the old file or the new one, each whole; the temporary file is
 * removed when the write fails. A read-only file is reported, not replaced; what is not a regular
 * file (a directory, {@code /dev/null}) is never replaced, nor locked; a symbolic link is followed,
 * so the file it names is replaced and the link stays. The new file keeps the old one's POSIX
 * permissions.
 *
 * <p>The lock is taken on a lock file beside the file ({@code failed-seeds.properties.lock}), never
 * on the file itself: a file lock belongs to the file it was taken on, and once that file is
 * replaced it guards nothing. A process waiting for a lock on the replaced file would get it, read
 * the content it had before and move that back, losing the entries written meanwhile. The lock file
 * is never replaced, and never removed (a removed one lets two processes lock two different files
 * of one name); it stays empty. Writers take it exclusively; a load takes it shared, so that no
 * process has the file open while another replaces it, which some file systems refuse.
 *
 * <p>The file is a convenience, so it never fails a test: a malformed line is ignored (the others
 * still replay), and a file that cannot be read or written leaves the run without replay. Each such
 * problem becomes one warning, handed out once by {@link #takeWarnings()}, which names the file,
 * what is wrong and what to do.
 */
final class ReplayFile {
  /** How many malformed lines a warning quotes; a file broken throughout needs no more. */
  private static final int QUOTED_LINES = 5;

  /** The suffix of the lock file beside the replay file, locked around every read and write. */
  static final String LOCK = ".lock";

  /**
   * The suffix of the temporary file beside the replay file that a write moves over it. Writers
   * take turns under the lock, so one name serves them all, and a file left by a killed process is
   * overwritten by the next write.
   */
  static final String TEMPORARY = ".tmp";

  /** How many symbolic links are followed to the file, as many as Linux follows. */
  private static final int LINKS = 40;

  /**
   * Held around every use of a file lock. A file lock is held for the whole JVM, so a second lock
   * on the same file from this JVM is refused ({@link
   * java.nio.channels.OverlappingFileLockException}) instead of waiting: two runs in one JVM (an
   * IDE, a build tool's daemon, a test of tests) take turns here, and other processes through the
   * file lock.
   */
  private static final Object IN_THIS_JVM = new Object();

  private final Path path;
  private final Map<String, Long> previous;
  private final Set<String> failedThisRun = ConcurrentHashMap.newKeySet();
  private final Queue<String> warnings = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean writeFailed = new AtomicBoolean();

  private ReplayFile(Path path, Map<String, Long> previous) {
    this.path = path;
    this.previous = previous;
  }

  /**
   * Reads what the previous run left in {@code path}; a missing file is an empty one. Never fails:
   * malformed lines are skipped, and a file that cannot be read is treated as empty; either gives a
   * warning.
   *
   * @param path the file
   * @return the replay file
   */
  static ReplayFile load(Path path) {
    if (!Files.exists(path)) {
      return new ReplayFile(path, Map.of());
    }
    byte[] bytes;
    try {
      bytes = readShared(path);
    } catch (IOException e) {
      ReplayFile empty = new ReplayFile(path, Map.of());
      empty.warnings.add(
          "cannot read the replay file "
              + path
              + " ("
              + reason(e)
              + "), so no failed seeds are replayed this run. Delete it, or make it a readable"
              + " file; forgery writes it anew when a test fails.");
      return empty;
    }
    Entries entries = parse(new String(bytes, StandardCharsets.UTF_8));
    ReplayFile replay = new ReplayFile(path, entries.seeds());
    if (!entries.malformed().isEmpty()) {
      replay.warnings.add(malformed(path, entries.malformed()));
    }
    return replay;
  }

  /**
   * Reads the whole file under a shared lock on its lock file, so that no writer replaces it while
   * it is open. Where no lock file can be made (a read-only directory), no writer can put a new
   * file in place either, and the file is read without it. What is not a regular file is read as it
   * is, with no lock file made beside it.
   */
  private static byte[] readShared(Path path) throws IOException {
    Path file = target(path);
    if (!Files.isRegularFile(file)) {
      return read(file);
    }
    synchronized (IN_THIS_JVM) {
      FileChannel locked;
      try {
        locked = openLock(file);
      } catch (IOException e) {
        return read(file);
      }
      try (locked) {
        FileLock lock = locked.lock(0, Long.MAX_VALUE, true);
        try {
          return read(file);
        } finally {
          lock.release();
        }
      }
    }
  }

  /**
   * The file {@code path} names: a symbolic link is followed (relative to its own directory), so
   * that the lock file and the temporary file are beside the file that is replaced, whichever path
   * a process names it by, and the link itself is kept.
   */
  private static Path target(Path path) throws IOException {
    Path file = path;
    for (int links = 0; Files.isSymbolicLink(file); links++) {
      if (links == LINKS) {
        throw new FileSystemException(path.toString(), null, "too many levels of symbolic links");
      }
      file = file.resolveSibling(Files.readSymbolicLink(file));
    }
    return file;
  }

  /** A file beside {@code file}, named after it with {@code suffix}. */
  static Path beside(Path file, String suffix) {
    return file.resolveSibling(file.getFileName() + suffix);
  }

  /** Opens the lock file beside {@code file}, made empty if there is none. */
  private static FileChannel openLock(Path file) throws IOException {
    return FileChannel.open(
        beside(file, LOCK),
        StandardOpenOption.CREATE,
        StandardOpenOption.READ,
        StandardOpenOption.WRITE);
  }

  /** Reads a whole file. */
  private static byte[] read(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      return readAll(channel);
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

  /**
   * Returns the warnings not handed out yet (a malformed or unreadable file, a failed write), each
   * exactly once per run.
   *
   * @return the new warnings, often none
   */
  List<String> takeWarnings() {
    List<String> out = new ArrayList<>();
    for (String warning = warnings.poll(); warning != null; warning = warnings.poll()) {
      out.add(warning);
    }
    return out;
  }

  private void update(String test, Long seed) {
    try {
      Path file = target(path);
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      if (Files.exists(file) && !Files.isRegularFile(file)) {
        throw new FileSystemException(file.toString(), null, "not a regular file");
      }
      synchronized (IN_THIS_JVM) {
        try (FileChannel locked = openLock(file)) {
          FileLock lock = locked.lock();
          try {
            rewrite(file, test, seed);
          } finally {
            lock.release();
          }
        }
      }
    } catch (IOException e) {
      if (writeFailed.compareAndSet(false, true)) {
        warnings.add(
            "cannot write the replay file "
                + path
                + " ("
                + reason(e)
                + "), so the seeds of tests that fail are not remembered for the next run (each"
                + " failure still shows its seed). Make the file and its directory writable, point"
                + " forgery.replay.file elsewhere, or set forgery.replay=false.");
      }
    }
  }

  /** Reads the file, changes one entry and writes it anew; the caller holds the lock. */
  private static void rewrite(Path file, String test, Long seed) throws IOException {
    byte[] old;
    try {
      old = read(file);
    } catch (NoSuchFileException e) {
      old = new byte[0];
    }
    Map<String, Long> entries = parse(new String(old, StandardCharsets.UTF_8)).seeds();
    if (seed == null) {
      entries.remove(test);
    } else {
      entries.put(test, seed);
    }
    replace(file, format(entries).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Puts {@code bytes} in the place of {@code file}: writes them all to the temporary file beside
   * it, forces them to the disk and moves it over {@code file} in one step, or, where the file
   * system cannot move atomically, replaces it by a plain move. A failure at any step leaves {@code
   * file} as it was, and removes the temporary file.
   */
  private static void replace(Path file, byte[] bytes) throws IOException {
    if (Files.exists(file) && !Files.isWritable(file)) {
      throw new AccessDeniedException(file.toString());
    }
    Set<PosixFilePermission> permissions = permissions(file);
    Path temporary = beside(file, TEMPORARY);
    FileChannel channel =
        FileChannel.open(
            temporary,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING);
    boolean moved = false;
    try {
      try (channel) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      if (permissions != null) {
        Files.setPosixFilePermissions(temporary, permissions);
      }
      try {
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) {
        removeQuietly(temporary);
      }
    }
  }

  /** The POSIX permissions of {@code file}, to keep; {@code null} if it has none, or is missing. */
  private static Set<PosixFilePermission> permissions(Path file) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
    if (view == null || !Files.exists(file)) {
      return null;
    }
    return view.readAttributes().permissions();
  }

  /**
   * Removes the temporary file of a failed write. The failure that is reported is the write's; a
   * temporary file that cannot be removed either is overwritten by the next write.
   */
  private static void removeQuietly(Path temporary) {
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException | RuntimeException e) {
      // the write's own failure is the one reported
    }
  }

  /** Reads a channel from its position to its end: the file holds one short line per test. */
  private static byte[] readAll(FileChannel channel) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(Math.toIntExact(channel.size()));
    while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
      // until full or at the end
    }
    return Arrays.copyOf(buffer.array(), buffer.position());
  }

  /** The seeds of a file's well-formed lines, and its malformed lines. */
  record Entries(Map<String, Long> seeds, List<String> malformed) {}

  /**
   * Parses the file's text line by line, the way {@link Properties} does (comments, escapes,
   * continuation lines), so that one bad line costs only itself.
   *
   * @param text the file's content
   * @return the seeds by test id (sorted), and one description per malformed line, e.g. {@code line
   *     3: 'junk' (not a seed)}
   */
  static Entries parse(String text) {
    Map<String, Long> seeds = new TreeMap<>();
    List<String> malformed = new ArrayList<>();
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int number = i + 1;
      StringBuilder logical = new StringBuilder(lines[i]);
      while (continues(logical) && i + 1 < lines.length) {
        logical.append('\n').append(lines[++i]);
      }
      String line = logical.toString();
      String stripped = line.strip();
      if (stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith("!")) {
        continue;
      }
      String problem = entry(line, seeds);
      if (problem != null) {
        malformed.add("line " + number + ": '" + quote(line) + "' (" + problem + ")");
      }
    }
    return new Entries(seeds, malformed);
  }

  /** Adds the entry of one logical line to {@code seeds}; returns what is wrong with it, if any. */
  private static String entry(String line, Map<String, Long> seeds) {
    if (line.indexOf('\uFFFD') >= 0) {
      return "not UTF-8 text";
    }
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(line));
    } catch (IllegalArgumentException e) {
      return "a malformed \\uXXXX escape";
    } catch (IOException e) {
      throw new IllegalStateException("a StringReader does not fail", e);
    }
    Set<String> keys = properties.stringPropertyNames();
    String test = keys.isEmpty() ? "" : keys.iterator().next();
    String value = properties.getProperty(test, "");
    if (test.isEmpty() || value.isBlank()) {
      return "not <test id>=<seed>";
    }
    try {
      seeds.put(test, Seeds.parse("seed", value));
      return null;
    } catch (IllegalArgumentException e) {
      return "'" + value + "' is not a seed";
    }
  }

  /** Whether a line ends with an odd number of backslashes: it goes on on the next line. */
  private static boolean continues(CharSequence line) {
    int backslashes = 0;
    for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }

  private static String malformed(Path path, List<String> lines) {
    StringBuilder out = new StringBuilder(256);
    out.append("the replay file ")
        .append(path)
        .append(" has ")
        .append(lines.size() == 1 ? "a malformed line" : lines.size() + " malformed lines")
        .append(", ignored: ");
    for (int i = 0; i < Math.min(lines.size(), QUOTED_LINES); i++) {
      out.append(i == 0 ? "" : "; ").append(lines.get(i));
    }
    if (lines.size() > QUOTED_LINES) {
      out.append("; and ").append(lines.size() - QUOTED_LINES).append(" more");
    }
    return out.append(
            ". Its other entries are replayed. Delete the file to start afresh, or leave it:"
                + " forgery rewrites it without these lines when it next remembers or forgets a"
                + " seed.")
        .toString();
  }

  /** A line as the warning quotes it: on one line, and not endless. */
  private static String quote(String line) {
    String flat = line.replace("\n", "\\n");
    return flat.length() <= 80 ? flat : flat.substring(0, 77) + "...";
  }

  /** Why an I/O operation failed, in words, naming the file it failed on. */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException denied) {
      return "permission denied: " + denied.getFile();
    }
    if (e instanceof FileAlreadyExistsException exists) {
      // Only creating the parent directories meets this: something else has the name.
      return exists.getFile() + " exists and is not a directory";
    }
    if (e instanceof FileSystemException failed && failed.getReason() != null) {
      return failed.getFile() + ": " + failed.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
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
        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
