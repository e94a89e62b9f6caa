package dev.forgery.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file target: written whole or not at all. */
class TargetTest {
  @TempDir Path dir;

  private long files() throws IOException {
    try (Stream<Path> all = Files.list(dir)) {
      return all.count();
    }
  }

  @Test
  void aReplacedFileKeepsItsPermissionsAndALinkIsFollowed() throws IOException {
    assumeThat(dir.getFileSystem().supportedFileAttributeViews()).contains("posix");
    Path file = Files.writeString(dir.resolve("data.csv"), "old");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), file);
    Target.file(link).write(out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(file)).isEqualTo("new");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-r-----");
    assertThat(files()).isEqualTo(2);
  }

  @Test
  void aFailedWriteLeavesTheFileAsItWasAndNothingElse() throws IOException {
    Path file = Files.writeString(dir.resolve("data.csv"), "old");
    assertThatThrownBy(
            () ->
                Target.file(file)
                    .write(
                        out -> {
                          out.write(new byte[100_000]);
                          throw new IOException("disk full");
                        }))
        .isInstanceOf(WriteFailure.class)
        .hasMessageContaining("cannot write " + file)
        .hasRootCauseMessage("disk full");
    assertThatThrownBy(
            () ->
                Target.file(file)
                    .write(
                        out -> {
                          throw new OutOfMemoryError("too big");
                        }))
        .isInstanceOf(OutOfMemoryError.class);
    assertThat(Files.readString(file)).isEqualTo("old");
    assertThat(files()).isEqualTo(1);

    Path absent = dir.resolve("new.csv");
    assertThatThrownBy(
            () ->
                Target.file(absent)
                    .write(
                        out -> {
                          throw new IllegalStateException("row 3, field 'x': failed");
                        }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(absent).doesNotExist();
    assertThat(files()).isEqualTo(1);
  }

  @Test
  void aFileThatMayNotBeWrittenIsRefusedBeforeAnythingIsMade() throws IOException {
    assumeThat(dir.getFileSystem().supportedFileAttributeViews()).contains("posix");
    Path file = Files.writeString(dir.resolve("locked.csv"), "old");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
    assumeThat(Files.isWritable(file)).as("not running as root").isFalse();
    assertThatThrownBy(() -> Target.file(file))
        .isInstanceOf(WriteFailure.class)
        .hasMessageContaining("not writable");
  }
}
