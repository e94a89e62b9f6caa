package dev.forgery.internal.engine;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a text file whole or not at all: the text goes to a new file in the target's directory,
 * which replaces the target in one atomic rename only once it is complete and closed. If anything
 * fails first (an argument, a provider, a value that is not valid text, the disk), the new file is
 * deleted and the target is exactly as it was, or still absent. Readers of the target see the old
 * file or the new one, never a part.
 *
 * <p>Replacing is not rewriting in place: the target keeps its permissions (on file systems with
 * POSIX permissions), but its owner and other attributes are those of a new file, and a hard link
 * to the old file keeps the old content. A symbolic link is followed: the file it points to is
 * replaced, and the link stays.
 */
final class AtomicFile {
  /** What a new file gets before the umask, as {@code Files.newOutputStream} would create it. */
  private static final Set<PosixFilePermission> NEW_FILE =
      PosixFilePermissions.fromString("rw-rw-rw-");

  /** Most characters buffered before they are encoded and written. */
  private static final int BUFFER = 1 << 16;

  private AtomicFile() {}

  /** Writes the text of a file. */
  @FunctionalInterface
  interface Body {
    /**
     * Writes the text.
     *
     * @param out the new file, in UTF-8; closed by the caller
     * @throws IOException if writing fails
     */
    void write(Writer out) throws IOException;
  }

  /**
   * Checks that {@code file} can be replaced, before anything is created: its directory exists, and
   * it is neither a directory nor a file this process may not write.
   *
   * @param file the file to write
   * @return the file to replace: {@code file} made absolute, its symbolic links resolved if it
   *     exists
   * @throws IllegalArgumentException if {@code file} is a directory or its directory does not exist
   * @throws UncheckedIOException if {@code file} may not be written or cannot be resolved
   */
  static Path target(Path file) {
    Path absolute = file.toAbsolutePath();
    if (Files.isDirectory(absolute)) {
      throw new IllegalArgumentException(
          "file must be a file to write, not a directory, got " + file);
    }
    Path dir = absolute.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new IllegalArgumentException(
          "file must be in an existing directory, got "
              + file
              + "; create the directory "
              + dir
              + " first");
    }
    try {
      if (!Files.exists(absolute)) {
        return absolute;
      }
      if (!Files.isWritable(absolute)) {
        throw new AccessDeniedException(file.toString(), null, "the file is not writable");
      }
      return absolute.toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes {@code target} whole, or leaves it as it was.
   *
   * @param target a file {@link #target} returned
   * @param body writes the text
   * @throws UncheckedIOException if creating, writing or moving the file fails
   */
  static void write(Path target, Body body) {
    try {
      replace(target, body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void replace(Path target, Body body) throws IOException {
    Path dir = target.getParent();
    Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp", permissions(dir));
    try {
      // REPORT, not REPLACE: text that has no UTF-8 form fails the write instead of becoming '?'.
      CharsetEncoder utf8 =
          StandardCharsets.UTF_8
              .newEncoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      try (Writer out =
          new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temp), utf8), BUFFER)) {
        body.write(out);
      }
      if (Files.exists(target) && posix(dir)) {
        Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
      }
      move(temp, target);
    } catch (IOException | RuntimeException | Error e) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException | RuntimeException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
  }

  /** Renames atomically where the file system can, else replaces the target in one move. */
  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * The permissions a new file gets in {@code dir}: a temporary file is private to its owner by
   * default, which the target would keep; this asks for what any new file gets instead.
   */
  private static FileAttribute<?>[] permissions(Path dir) {
    return posix(dir)
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(NEW_FILE)}
        : new FileAttribute<?>[0];
  }

  private static boolean posix(Path dir) {
    return dir.getFileSystem().supportedFileAttributeViews().contains("posix");
  }
}
