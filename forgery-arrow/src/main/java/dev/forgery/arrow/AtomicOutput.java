package dev.forgery.arrow;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * Writes a file whole or not at all, as forgery-core's text writers do: the bytes go to a new file
 * in the target's directory, which replaces the target in one atomic rename only once it is
 * complete and closed. If anything fails first, the new file is deleted and the target is exactly
 * as it was, or still absent. A replaced file keeps its POSIX permissions; a symbolic link is
 * followed, and the file it points to is replaced.
 */
final class AtomicOutput {
  /** What a new file gets before the umask, as {@code Files.newOutputStream} would create it. */
  private static final Set<PosixFilePermission> NEW_FILE =
      PosixFilePermissions.fromString("rw-rw-rw-");

  private AtomicOutput() {}

  /** Writes the content of a file. */
  @FunctionalInterface
  interface Body {
    /**
     * Writes the whole content into a new, empty file.
     *
     * @param temp the new file, to open, write and close
     * @throws IOException if writing fails
     */
    void write(Path temp) throws IOException;
  }

  /**
   * Checks that {@code file} can be replaced, before anything is created: its directory exists, and
   * it is neither a directory nor a file this process may not write.
   *
   * @param file the file to write
   * @return the file to replace: absolute, its symbolic links resolved if it exists
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
   * @param body writes the content
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
      body.write(temp);
      if (Files.exists(target) && posix(dir)) {
        Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
      }
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | RuntimeException | Error e) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException | RuntimeException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
  }

  private static FileAttribute<?>[] permissions(Path dir) {
    return posix(dir)
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(NEW_FILE)}
        : new FileAttribute<?>[0];
  }

  private static boolean posix(Path dir) {
    return dir.getFileSystem().supportedFileAttributeViews().contains("posix");
  }
}
