package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file is written whole or not at all, a failure names its row and field, and an appendable gets
 * nothing when the arguments are wrong.
 */
class WriterFailuresTest {
  private static final String PRECIOUS = "precious data, not to be lost\n";
  private static final long SEED = 77L;

  /** The row a provider fails on: the 3000th. */
  private static final int FAILING_ROW = 2_999;

  @TempDir Path dir;
  private Path existing;

  @BeforeEach
  void existingFile() throws IOException {
    existing = dir.resolve("users.csv");
    Files.writeString(existing, PRECIOUS, StandardCharsets.UTF_8);
  }

  /** Writes as CSV and as JSON Lines to the existing file. */
  private List<Runnable> writes(Faker faker, long n, Schema schema) {
    return List.of(
        () -> faker.writeCsv(n, schema, existing),
        () -> faker.writeJsonLines(n, schema, existing),
        () -> faker.writeCsv(n, schema, existing, CsvFormat.rfc4180().withQuoteAll(true)));
  }

  /** Checks that the existing file is untouched and that no other file was left behind. */
  private void assertUntouched() throws IOException {
    assertThat(Files.readString(existing, StandardCharsets.UTF_8)).isEqualTo(PRECIOUS);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("users.csv");
    }
  }

  /**
   * A field whose provider depends only on its faker, as providers must, and whose value in row
   * {@link #FAILING_ROW} becomes {@code bad}: a long drawn from the faker, compared with the long
   * that row draws.
   */
  private static Schema failingAtRow(Function<Long, Object> bad) {
    Function<Faker, Object> draw = f -> f.longValue(0, Long.MAX_VALUE);
    Schema plain = Schema.builder().field("name", "name").field("x", draw).build();
    Object target = new Faker("en_US", SEED).records(FAILING_ROW + 1, plain).get(FAILING_ROW);
    long value = (Long) ((Map<?, ?>) target).get("x");
    return Schema.builder()
        .field("name", "name")
        .field(
            "x",
            f -> {
              long v = f.longValue(0, Long.MAX_VALUE);
              return v == value ? bad.apply(v) : v;
            })
        .build();
  }

  private static Object boom(long v) {
    throw new IllegalStateException("no price for " + v);
  }

  @Test
  void aBadCountLeavesTheFileAlone() throws IOException {
    Faker faker = new Faker("en_US", SEED);
    Schema schema = Schema.builder().field("name", "name").build();
    for (Runnable write : writes(faker, -1, schema)) {
      assertThatThrownBy(write::run)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("n must be >= 0, got -1");
      assertUntouched();
    }
  }

  @Test
  void aUniqueFieldThatCannotSupplyTheRowsLeavesTheFileAlone() throws IOException {
    Faker faker = new Faker("en_US", SEED);
    Schema schema = Schema.builder().field("digit", "int", 0, 9).unique().build();
    for (Runnable write : writes(faker, 11, schema)) {
      assertThatThrownBy(write::run)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("field 'digit'")
          .hasMessageContaining("only 10 distinct values");
      assertUntouched();
    }
  }

  @Test
  void aFailingProviderLeavesTheFileAloneAndNamesItsRowAndField() throws IOException {
    Faker faker = new Faker("en_US", SEED);
    Schema schema = failingAtRow(WriterFailuresTest::boom);
    for (Runnable write : writes(faker, 5_000, schema)) {
      faker.seed(SEED);
      assertThatThrownBy(write::run)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("row 2999, field 'x': no price for ")
          .cause()
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("no price for ");
      assertUntouched();
    }
  }

  @Test
  void everyOutputNamesTheFailingRowAndField() {
    Faker faker = new Faker("en_US", SEED);
    Schema schema = failingAtRow(WriterFailuresTest::boom);
    String message = "row 2999, field 'x': no price for ";
    assertThatThrownBy(() -> faker.seed(SEED).records(5_000, schema))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(message);
    assertThatThrownBy(() -> faker.seed(SEED).columns(5_000, schema))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(message);
    assertThatThrownBy(() -> faker.seed(SEED).stream(schema).limit(5_000).forEach(row -> {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(message);
    StringBuilder out = new StringBuilder();
    assertThatThrownBy(() -> faker.seed(SEED).writeCsv(5_000, schema, out))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(message);
    // An appendable keeps what was written: the header and the blocks of rows before the failure.
    assertThat(out.toString().split("\r\n")).hasSize(1 + 2_048);
  }

  @Test
  void aProviderThatFailsOnlyOnceIsReportedWithItsBlock() throws IOException {
    Faker faker = new Faker("en_US", SEED);
    AtomicInteger calls = new AtomicInteger();
    Schema schema =
        Schema.builder()
            .field(
                "x",
                f -> {
                  if (calls.incrementAndGet() == FAILING_ROW + 1) {
                    throw new IllegalArgumentException();
                  }
                  return f.integer(1, 9);
                })
            .build();
    assertThatThrownBy(() -> faker.writeCsv(5_000, schema, existing))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("rows 2048 to 3071, field 'x': java.lang.IllegalArgumentException")
        .hasCauseInstanceOf(IllegalArgumentException.class);
    assertUntouched();
    // A block of one row is that row.
    calls.set(FAILING_ROW);
    assertThatThrownBy(() -> faker.records(1, schema)).hasMessageStartingWith("row 0, field 'x'");
  }

  @Test
  void anUnpairedSurrogateLeavesTheFileAloneAndNamesItsRowFieldAndIndex() throws IOException {
    Faker faker = new Faker("en_US", SEED);
    for (String bad : List.of("bad\uD800", "bad\uDC00x", "bad\uDBFF\uDBFF")) {
      Schema schema = failingAtRow(v -> bad);
      String message =
          String.format(
              "row 2999, field 'x': unpaired surrogate U+%04X at index 3", (int) bad.charAt(3));
      for (Runnable write : writes(faker, 5_000, schema)) {
        faker.seed(SEED);
        assertThatThrownBy(write::run)
            .isInstanceOf(IllegalStateException.class)
            .hasMessageStartingWith(message);
        assertUntouched();
      }
    }
    // A pair is a character, and is written.
    Schema pair = failingAtRow(v -> "ok \uD83D\uDE00");
    faker.seed(SEED).writeJsonLines(5_000, pair, existing);
    assertThat(Files.readString(existing, StandardCharsets.UTF_8)).contains("ok \uD83D\uDE00");
  }

  @Test
  void aTargetThatCannotBeAFileIsRejectedBeforeAnythingIsCreated() throws IOException {
    Faker faker = new Faker("en_US", SEED);
    Schema schema = Schema.builder().field("name", "name").build();
    Path missing = dir.resolve("missing/dir/x.csv");
    assertThatThrownBy(() -> faker.writeCsv(1, schema, missing))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("file must be in an existing directory, got " + missing);
    Path sub = Files.createDirectory(dir.resolve("sub"));
    assertThatThrownBy(() -> faker.writeJsonLines(1, schema, sub))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("file must be a file to write, not a directory, got " + sub);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("users.csv", "sub");
    }
    try (Stream<Path> files = Files.list(sub)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void aRejectedWriteLeavesTheSeedSequenceAlone() {
    Schema schema = Schema.builder().field("name", "name").build();
    Faker faker = new Faker("en_US", SEED);
    assertThatThrownBy(() -> faker.writeCsv(1, schema, dir.resolve("none/x.csv")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(faker.records(3, schema)).isEqualTo(new Faker("en_US", SEED).records(3, schema));
  }

  @Test
  void aReplacedFileKeepsItsPermissionsAndANewFileGetsAnOrdinaryFilesPermissions()
      throws IOException {
    Assumptions.assumeTrue(
        dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
    Faker faker = new Faker("en_US", SEED);
    Schema schema = Schema.builder().field("name", "name").build();
    Set<PosixFilePermission> groupRead = PosixFilePermissions.fromString("rw-r-----");
    Files.setPosixFilePermissions(existing, groupRead);
    faker.writeCsv(10, schema, existing);
    assertThat(Files.readString(existing)).startsWith("name\r\n");
    assertThat(Files.getPosixFilePermissions(existing)).isEqualTo(groupRead);

    Path ordinary = Files.createFile(dir.resolve("ordinary"));
    Path written = dir.resolve("written.csv");
    faker.writeCsv(10, schema, written);
    assertThat(Files.getPosixFilePermissions(written))
        .isEqualTo(Files.getPosixFilePermissions(ordinary));
  }

  @Test
  void aSymbolicLinkIsFollowedAndKept() throws IOException {
    Path link = dir.resolve("link.csv");
    try {
      Files.createSymbolicLink(link, existing.getFileName());
    } catch (UnsupportedOperationException | IOException e) {
      Assumptions.abort("no symbolic links here: " + e);
    }
    Faker faker = new Faker("en_US", SEED);
    Schema schema = Schema.builder().field("name", "name").build();
    faker.writeCsv(10, schema, link);
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readAllLines(existing)).hasSize(11).first().isEqualTo("name");
  }

  @Test
  void aWriteOfManyBlocksReplacesTheFileWhole() throws IOException {
    Faker faker = new Faker("en_US", SEED);
    Schema schema = Schema.builder().field("id", "uuid").field("n", "int", 0, 9).build();
    faker.seed(1).writeJsonLines(10_000, schema, existing);
    List<String> lines = Files.readAllLines(existing);
    assertThat(lines).hasSize(10_000);
    assertThat(lines.stream().map(l -> l.substring(7, 43)).collect(Collectors.toSet()))
        .hasSize(10_000);
    assertThatThrownBy(() -> faker.writeCsv(1, schema, existing.resolve("below-a-file.csv")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
