package dev.forgery.arrow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forgery.Faker;
import dev.forgery.Schema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Files are written whole or not at all, after every argument was checked. */
class WriterFailuresTest {
  private static final byte[] OLD = "the user's own data".getBytes(StandardCharsets.UTF_8);
  private static final Schema SCHEMA =
      Schema.builder().field("name", "name").field("age", "int", 18, 65).build();

  @TempDir Path dir;

  /** The two writers, each in its whole-data-set and its slice form. */
  enum Writer {
    ARROW,
    PARQUET;

    long write(Faker faker, Schema schema, long n, Path file) {
      return this == ARROW
          ? ForgeryArrow.writeArrow(faker, schema, n, file)
          : ForgeryArrow.writeParquet(faker, schema, n, file);
    }

    long write(Faker faker, Schema schema, long from, long to, Path file) {
      return this == ARROW
          ? ForgeryArrow.writeArrow(faker, schema, from, to, file)
          : ForgeryArrow.writeParquet(faker, schema, from, to, file);
    }
  }

  private Path existing() throws IOException {
    return Files.write(dir.resolve("data.out"), OLD);
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.toList();
    }
  }

  @ParameterizedTest
  @EnumSource(Writer.class)
  void aProviderFailingAfterTheFirstBlockLeavesTheExistingFileUntouched(Writer writer)
      throws IOException {
    Path file = existing();
    AtomicInteger calls = new AtomicInteger();
    Schema failing =
        Schema.builder()
            .field("name", "name")
            .field(
                "code",
                f -> {
                  if (calls.incrementAndGet() == 70_000) {
                    throw new IllegalStateException("the code service is down");
                  }
                  return f.integer(0, 9);
                })
            .build();
    assertThatThrownBy(() -> writer.write(new Faker("en_US", 1L), failing, 100_000, file))
        .hasStackTraceContaining("the code service is down");
    assertThat(Files.readAllBytes(file)).isEqualTo(OLD);
    assertThat(files()).containsExactly(file);
  }

  @ParameterizedTest
  @EnumSource(Writer.class)
  void aValueOfAnotherTypeThanTheColumnsIsNamedByRowAndField(Writer writer) throws IOException {
    Path file = existing();
    AtomicInteger calls = new AtomicInteger();
    Schema mixed =
        Schema.builder()
            .field("mixed", f -> calls.getAndIncrement() < 10 ? (Object) f.integer(0, 9) : "ten")
            .build();
    assertThatThrownBy(() -> writer.write(new Faker("en_US", 1L), mixed, 100, file))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "row 10, field 'mixed': a java.lang.String in a column of int32 values, the type its"
                + " first value set");
    assertThat(Files.readAllBytes(file)).isEqualTo(OLD);
    assertThat(files()).containsExactly(file);
  }

  @ParameterizedTest
  @EnumSource(Writer.class)
  void badArgumentsAreRefusedBeforeTheFakerOrTheDiskIsTouched(Writer writer) throws IOException {
    Path file = existing();
    Faker faker = new Faker("en_US", 7L);
    assertThatThrownBy(() -> writer.write(faker, SCHEMA, -1, file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("n must be >= 0, got -1");
    assertThatThrownBy(() -> writer.write(faker, SCHEMA, 5, 3, file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("from and to must satisfy 0 <= from <= to, got from=5 and to=3");
    assertThatThrownBy(() -> writer.write(faker, SCHEMA, -2, 3, file))
        .hasMessage("from and to must satisfy 0 <= from <= to, got from=-2 and to=3");
    assertThatThrownBy(() -> writer.write(faker, SCHEMA, 10, dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("file must be a file to write, not a directory, got " + dir);
    Path nowhere = dir.resolve("missing").resolve("data.out");
    assertThatThrownBy(() -> writer.write(faker, SCHEMA, 10, nowhere))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("file must be in an existing directory, got " + nowhere);
    Schema unique = Schema.builder().field("email", "email").unique().build();
    assertThatThrownBy(() -> writer.write(faker, unique, 10, 20, file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must start at row 0, got from=10");
    assertThatThrownBy(() -> writer.write(null, SCHEMA, 10, file))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("faker");
    assertThatThrownBy(() -> writer.write(faker, null, 10, file))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("schema");
    assertThatThrownBy(() -> writer.write(faker, SCHEMA, 10, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("file");
    assertThat(Files.readAllBytes(file)).isEqualTo(OLD);
    assertThat(files()).containsExactly(file);
    // No rejected call drew a dataset seed: the faker's next dataset is its first.
    assertThat(faker.records(50, SCHEMA)).isEqualTo(new Faker("en_US", 7L).records(50, SCHEMA));
  }

  @ParameterizedTest
  @EnumSource(Writer.class)
  void aReplacedFileKeepsItsPermissions(Writer writer) throws IOException {
    Path file = existing();
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
    assertThat(writer.write(new Faker("en_US", 8L), SCHEMA, 10, file)).isEqualTo(10);
    assertThat(Files.readAllBytes(file)).isNotEqualTo(OLD);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-r-----");
    assertThat(files()).containsExactly(file);
  }

  @ParameterizedTest
  @EnumSource(Writer.class)
  void aRelativePathIsWrittenInTheWorkingDirectorysTerms(Writer writer) throws IOException {
    Path file = Path.of("target", "relative-" + writer + ".out");
    try {
      assertThat(writer.write(new Faker("en_US", 9L), SCHEMA, 3, file)).isEqualTo(3);
      assertThat(Files.size(file)).isPositive();
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
