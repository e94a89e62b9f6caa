package dev.forgery.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Where a data set goes: a file given with {@code -o}, written whole or not at all, or the standard
 * output. Any format writes bytes to it, so a binary format plugs in as easily as a text one.
 *
 * <p>A file is written as forgery-core's writers write theirs: the bytes go to a hidden file in the
 * target's directory, which replaces the target in one atomic move once it is complete and closed.
 * If anything fails first, the hidden file is deleted and an existing target is left exactly as it
 * was. A replaced file keeps its POSIX permissions; a symbolic link is followed.
 */
abstract class Target {
  /** Bytes buffered before they reach the file or stream. */
  private static final int BUFFER = 1 << 16;

  /** Writes the bytes of a data set. */
  @FunctionalInterface
  interface Body {
    /**
     * Writes the bytes.
     *
     * @param out where they go; flushed and closed by the target
     * @throws IOException if writing fails
     */
    void write(OutputStream out) throws IOException;
  }

  /** Writes a whole file with a writer that replaces it atomically itself. */
  @FunctionalInterface
  interface FileBody {
    /**
     * Writes the file whole, or leaves it as it was.
     *
     * @param file the file to create or replace: absolute, its symbolic links resolved
     * @return how many rows were written
     * @throws java.io.UncheckedIOException if writing fails
     */
    long write(Path file);
  }

  /**
   * Writes a data set.
   *
   * @param body writes the bytes
   * @throws WriteFailure if writing fails; a file target is then left as it was
   */
  abstract void write(Body body);

  /**
   * Writes a data set with a writer that makes the whole file itself, as forgery-arrow's do: they
   * need a file (the Arrow file format and Parquet are random-access), not a stream.
   *
   * @param body writes the file
   * @return the size of the file written, in bytes
   * @throws WriteFailure if writing fails; the file is then left as it was
   * @throws IllegalStateException if this target is the standard output, which takes text formats
   *     only: the command refuses binary formats without {@code -o} before it gets here
   */
  abstract long writeFile(FileBody body);

  /**
   * Returns the target of {@code -o FILE}, checked before anything is generated.
   *
   * @param file the file as given
   * @return the target
   * @throws WriteFailure if the file is a directory, its directory does not exist or it may not be
   *     written
   */
  static Target file(Path file) {
    return new FileTarget(file);
  }

  /**
   * Returns the standard output as a target; it is flushed, never closed.
   *
   * @param out the standard output
   * @return the target
   */
  static Target stream(OutputStream out) {
    return new Target() {
      @Override
      void write(Body body) {
        try {
          OutputStream buffered = new BufferedOutputStream(out, BUFFER);
          body.write(buffered);
          buffered.flush();
        } catch (IOException e) {
          throw new WriteFailure("cannot write to the standard output", e);
        }
      }

      @Override
      long writeFile(FileBody body) {
        throw new IllegalStateException("the standard output takes text formats only");
      }
    };
  }

  /** A file replaced atomically. */
  private static final class FileTarget extends Target {
    private final Path given;
    private final Path target;

    FileTarget(Path given) {
      this.given = given;
      Path absolute = given.toAbsolutePath();
      if (Files.isDirectory(absolute)) {
        throw new WriteFailure("cannot write " + given + ": it is a directory", null);
      }
      Path dir = absolute.getParent();
      if (dir == null || !Files.isDirectory(dir)) {
        throw new WriteFailure(
            "cannot write " + given + ": " + dir + " is not an existing directory", null);
      }
      if (Files.exists(absolute) && !Files.isWritable(absolute)) {
        throw new WriteFailure("cannot write " + given + ": the file is not writable", null);
      }
      try {
        this.target = Files.exists(absolute) ? absolute.toRealPath() : absolute;
      } catch (IOException e) {
        throw new WriteFailure("cannot write " + given, e);
      }
    }

    @Override
    void write(Body body) {
      Path dir = target.getParent();
      boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
      Path temp;
      try {
        temp =
            Files.createTempFile(
                dir,
                "." + target.getFileName(),
                ".part",
                posix
                    ? new FileAttribute<?>[] {
                      PosixFilePermissions.asFileAttribute(
                          PosixFilePermissions.fromString("rw-rw-rw-"))
                    }
                    : new FileAttribute<?>[0]);
      } catch (IOException e) {
        throw new WriteFailure("cannot write " + given, e);
      }
      try {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), BUFFER)) {
          body.write(out);
        }
        if (posix && Files.exists(target)) {
          Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
        }
        try {
          Files.move(
              temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } catch (IOException e) {
        throw removed(temp, new WriteFailure("cannot write " + given, e));
      } catch (RuntimeException e) {
        throw removed(temp, e);
      } catch (Error e) {
        throw removed(temp, e);
      }
    }

    @Override
    long writeFile(FileBody body) {
      try {
        body.write(target);
        return Files.size(target);
      } catch (UncheckedIOException e) {
        throw new WriteFailure("cannot write " + given, e.getCause());
      } catch (IOException e) {
        throw new WriteFailure("cannot read the size of " + given + ", which was written", e);
      }
    }

    /** Deletes the unfinished file and returns the failure to throw. */
    private static <T extends Throwable> T removed(Path temp, T failure) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException | RuntimeException cleanup) {
        failure.addSuppressed(cleanup);
      }
      return failure;
    }
  }
}
