package dev.forgery.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.forgery.Faker;
import dev.forgery.junit5.internal.ForgeryReport;
import dev.forgery.junit5.internal.Seeds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class ReplayTest {
  static volatile boolean pass;

  @ExtendWith(ForgeryExtension.class)
  static class FlakyTestCase {
    @Test
    void flaky(@Forged List<String> emails) {
      Kit.see("emails", emails);
      if (!pass) {
        throw new AssertionError("flaky");
      }
    }

    @Test
    void steady(@Forged String name) {}
  }

  private static final String ID =
      "[engine:junit-jupiter]/[class:dev.forgery.junit5.ReplayTest$FlakyTestCase]"
          + "/[method:flaky(java.util.List)]";

  private static final String ESCAPED = ID.replace(":", "\\:");

  private static EngineExecutionResults run(Path file, String... more) {
    return run(List.of(selectClass(FlakyTestCase.class)), file, more);
  }

  private static EngineExecutionResults run(Class<?> fixture, Path file) {
    return run(List.of(selectClass(fixture)), file);
  }

  private static EngineExecutionResults run(
      List<? extends DiscoverySelector> selectors, Path file, String... more) {
    String[] config = new String[4 + more.length];
    config[0] = "forgery.replay";
    config[1] = "true";
    config[2] = "forgery.replay.file";
    config[3] = file.toString();
    System.arraycopy(more, 0, config, 4, more.length);
    return Kit.run(selectors, config);
  }

  private static List<String> entries(EngineExecutionResults results) {
    return results.allEvents().reportingEntryPublished().stream()
        .map(e -> e.getRequiredPayload(ReportEntry.class).getKeyValuePairs())
        .flatMap(m -> m.entrySet().stream())
        .map(e -> e.getKey() + "=" + e.getValue())
        .toList();
  }

  @Test
  void failedSeedsAreRememberedReplayedAndForgottenOncePassing(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("nested/failed-seeds.properties");
    pass = false;
    Throwable first = Kit.onlyFailure(run(file));
    long seed = ((dev.forgery.junit5.internal.ForgeryReport) first.getSuppressed()[0]).seed();
    assertThat(Files.readAllLines(file, StandardCharsets.UTF_8))
        .containsExactly(
            "# forgery: seeds of failed tests, replayed on the next run.",
            ESCAPED + "=" + Seeds.hex(seed));

    // Pretend the previous run failed with another seed: the next run must use exactly that one.
    Files.writeString(file, ESCAPED + "=0x1234\n", StandardCharsets.UTF_8);
    EngineExecutionResults replayed = run(file);
    Throwable again = Kit.onlyFailure(replayed);
    assertThat(Kit.seen().get("emails"))
        .isEqualTo(new Faker("en_US", Seeds.injected(0x1234L, "emails")).emails(10));
    assertThat(again.getSuppressed()[0].getMessage())
        .startsWith("forgery seed 0x1234 for")
        .contains("(replayed: this test failed with it last run, see " + file + ")")
        .contains("replays the other tests, not this one: its seed came from the replay file");
    assertThat(entries(replayed))
        .containsExactly(
            "forgery.replay=replaying seed 0x1234 for ReplayTest$FlakyTestCase > flaky(List),"
                + " which failed with it last run",
            "forgery.seed=0x1234",
            "forgery.failure=ReplayTest$FlakyTestCase > flaky(List) failed with forgery seed"
                + " 0x1234: replay it with @Seed(0x1234L) (run: "
                + ForgeryReport.in(again).runHint()
                + ")");
    assertThat(Files.readString(file)).contains(ESCAPED + "=0x1234");

    pass = true;
    run(file).testEvents().assertStatistics(stats -> stats.succeeded(2));
    assertThat(Kit.seen().get("emails"))
        .isEqualTo(new Faker("en_US", Seeds.injected(0x1234L, "emails")).emails(10));
    assertThat(Files.readAllLines(file))
        .containsExactly("# forgery: seeds of failed tests, replayed on the next run.");
  }

  @Test
  void inAForkAReplayedTestsRunHintNamesTheFork(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("seeds.properties");
    Files.writeString(file, ESCAPED + "=0x1234\n", StandardCharsets.UTF_8);
    pass = false;
    Throwable failure = Kit.onlyFailure(run(file, "sun.java.command", Kit.SUREFIRE_FORK_2));
    assertThat(ForgeryReport.in(failure).runHint())
        .matches(
            "-Dforgery\\.seed=0x[0-9A-F]+ -Dforgery\\.today=\\d{4}-\\d{2}-\\d{2} replays the other tests"
                + " that ran in Surefire fork 2"
                + java.util.regex.Pattern.quote(Kit.PID)
                + ", not this one: its seed came from the replay file");
  }

  @Test
  void anExplicitRunSeedWinsOverTheReplayFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("seeds.properties");
    Files.writeString(file, ESCAPED + "=0x1234\n", StandardCharsets.UTF_8);
    pass = true;
    EngineExecutionResults results = run(file, "forgery.seed", "5");
    assertThat(entries(results)).isEmpty();
    assertThat(Kit.seen().get("emails"))
        .isNotEqualTo(new Faker("en_US", Seeds.injected(0x1234L, "emails")).emails(10));
    assertThat(Files.readString(file)).isEqualTo(ESCAPED + "=0x1234\n");
  }

  @Test
  void replayCanBeSwitchedOff(@TempDir Path dir) {
    Path file = dir.resolve("seeds.properties");
    pass = false;
    Kit.run(FlakyTestCase.class, "forgery.replay", "false", "forgery.replay.file", file.toString());
    assertThat(file).doesNotExist();
  }

  @ExtendWith(ForgeryExtension.class)
  static class OtherTestCase {
    @Test
    void other(@Forged String name) {}
  }

  private static List<String> warnings(EngineExecutionResults results) {
    return entries(results).stream()
        .filter(e -> e.startsWith("forgery.warning="))
        .map(e -> e.substring("forgery.warning=".length()))
        .toList();
  }

  @Test
  void aCorruptReplayFileIsReportedOnceItsGoodLinesReplayAndTestsRunNormally(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("failed-seeds.properties");
    Files.writeString(
        file,
        "# forgery: seeds of failed tests, replayed on the next run.\n"
            + "[engine\\:junit-jupiter]/[class\\:x.BrokenTest]/[method\\:broken()]=0x\\uZZ12\n"
            + ESCAPED
            + "=0x1234\n"
            + "junk=not-a-seed\n"
            + "half a line\n",
        StandardCharsets.UTF_8);
    pass = true;
    EngineExecutionResults results =
        run(List.of(selectClass(FlakyTestCase.class), selectClass(OtherTestCase.class)), file);

    results.testEvents().assertStatistics(stats -> stats.succeeded(3).failed(0));
    assertThat(Kit.seen().get("emails"))
        .isEqualTo(new Faker("en_US", Seeds.injected(0x1234L, "emails")).emails(10));
    assertThat(warnings(results))
        .containsExactly(
            "the replay file "
                + file
                + " has 3 malformed lines, ignored: line 2: '[engine\\:junit-jupiter]/"
                + "[class\\:x.BrokenTest]/[method\\:broken()]=0x\\uZZ12' (a malformed \\uXXXX"
                + " escape); line 4: 'junk=not-a-seed' ('not-a-seed' is not a seed); line 5: 'half"
                + " a line' ('a line' is not a seed). Its other entries are replayed. Delete the file"
                + " to start afresh, or leave it: forgery rewrites it without these lines when it"
                + " next remembers or forgets a seed.");
    // The replayed test passed, so its entry went, and the rewrite dropped the malformed lines.
    assertThat(Files.readAllLines(file))
        .containsExactly("# forgery: seeds of failed tests, replayed on the next run.");
  }

  @ExtendWith(ForgeryExtension.class)
  static class TwoFailuresTestCase {
    @Test
    void one(@Forged String name) {
      throw new AssertionError("one");
    }

    @Test
    void two(@Forged String name) {
      throw new AssertionError("two");
    }
  }

  @Test
  void anUnwritableReplayFileIsReportedOnceAndFailsNoTest(@TempDir Path dir) throws IOException {
    Path blocker = Files.writeString(dir.resolve("blocker"), "a file where a directory should be");
    Path file = blocker.resolve("failed-seeds.properties");
    EngineExecutionResults results = run(TwoFailuresTestCase.class, file);

    assertThat(Kit.failures(results))
        .extracting(Throwable::getMessage)
        .containsExactlyInAnyOrder("one", "two");
    assertThat(warnings(results))
        .containsExactly(
            "cannot write the replay file "
                + file
                + " ("
                + blocker
                + " exists and is not a directory), so the seeds of tests that fail are not"
                + " remembered for the next run (each failure still shows its seed). Make the file"
                + " and its directory writable, point forgery.replay.file elsewhere, or set"
                + " forgery.replay=false.");
  }

  private static final String WRITE_WARNING_END =
      "), so the seeds of tests that fail are not remembered for the next run (each failure still"
          + " shows its seed). Make the file and its directory writable, point forgery.replay.file"
          + " elsewhere, or set forgery.replay=false.";

  /** A replay file of {@code entries} tests with long ids, as a large suite leaves it. */
  private static byte[] manyEntries(int entries) {
    Map<String, Long> seeds = new TreeMap<>();
    for (int i = 0; i < entries; i++) {
      seeds.put(
          "[engine:junit-jupiter]/[class:it.orders.OrderServiceTest" + i + "]/[method:test()]",
          0x1000_0000_0000L + i);
    }
    return ReplayFile.format(seeds).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A write that fails part way, cut short by a file size limit below the file's size (as a full
   * disk or a quota cuts it), leaves the file as it was, byte for byte, with every other test's
   * seed, and no temporary file; the failure is reported once. The write runs in a process of its
   * own, under {@code ulimit -f}.
   */
  @Test
  void aWriteCutShortLeavesTheFileWholeAndIsReported(@TempDir Path dir) throws Exception {
    Path sh = Path.of("/bin/sh");
    Assumptions.assumeTrue(Files.isExecutable(sh), "a POSIX shell sets the file size limit");
    Path file = dir.resolve("failed-seeds.properties");
    byte[] before = manyEntries(1500);
    // Well over 64 KiB, the limit set below whether ulimit counts blocks of 512 bytes or of 1024.
    assertThat(before.length).isGreaterThan(2 * 65_536);
    Files.write(file, before);

    Process process =
        new ProcessBuilder(
                sh.toString(),
                "-c",
                "ulimit -f 64 && exec \"$0\" \"$@\"",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:-UsePerfData",
                "-cp",
                System.getProperty("java.class.path"),
                Forget.class.getName(),
                file.toString(),
                "[engine:junit-jupiter]/[class:it.orders.OrderServiceTest0]/[method:test()]")
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();

    assertThat(Files.size(file)).isEqualTo(before.length);
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    assertThat(out.lines())
        .satisfiesExactly(
            warning ->
                assertThat(warning)
                    .startsWith("cannot write the replay file " + file + " (")
                    .endsWith(WRITE_WARNING_END));
    assertThat(ReplayFile.beside(file, ReplayFile.TEMPORARY)).doesNotExist();
  }

  /** Forgets one test in a replay file, and prints the warnings, one a line. */
  public static final class Forget {
    private Forget() {}

    /**
     * Forgets the test.
     *
     * @param args the replay file, and the test's id
     */
    public static void main(String[] args) {
      ReplayFile replay = ReplayFile.load(Path.of(args[0]));
      replay.passed(args[1]);
      replay.takeWarnings().forEach(System.out::println);
    }
  }

  /**
   * A write that cannot put its temporary file in place (here a directory has its name) leaves the
   * file as it was and says why, once; the directory, which the write did not make, is left alone.
   */
  @Test
  void aFailedWriteLeavesTheFileUntouchedAndIsReportedOnce(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("failed-seeds.properties");
    byte[] before = manyEntries(3);
    Files.write(file, before);
    Path temporary = Files.createDirectory(ReplayFile.beside(file, ReplayFile.TEMPORARY));
    Files.writeString(temporary.resolve("inside"), "kept");

    ReplayFile replay = ReplayFile.load(file);
    replay.passed("[engine:junit-jupiter]/[class:it.orders.OrderServiceTest1]/[method:test()]");
    replay.failed("another", 7L);

    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    assertThat(replay.takeWarnings())
        .satisfiesExactly(
            warning ->
                assertThat(warning)
                    .startsWith("cannot write the replay file " + file + " (")
                    .contains(temporary.toString())
                    .endsWith(WRITE_WARNING_END));
    assertThat(replay.takeWarnings()).isEmpty();
    assertThat(temporary.resolve("inside")).hasContent("kept");
  }

  /**
   * A rewrite writes the lines it always wrote, sorted, keeps the file's permissions, and leaves
   * only the file and its lock file behind.
   */
  @Test
  void aRewriteWritesTheSortedEntriesAndLeavesNoTemporaryFile(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("failed-seeds.properties");
    Files.writeString(
        file,
        "# forgery: seeds of failed tests, replayed on the next run.\nc=0x3\nb=0x2\n",
        StandardCharsets.UTF_8);
    boolean posix = Files.getFileAttributeView(file, PosixFileAttributeView.class) != null;
    if (posix) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
    }

    ReplayFile replay = ReplayFile.load(file);
    replay.failed("a", 1L);
    replay.passed("b");
    replay.failed("d e", 0xABCDEFL);

    assertThat(replay.takeWarnings()).isEmpty();
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .isEqualTo(
            "# forgery: seeds of failed tests, replayed on the next run.\n"
                + "a=0x1\n"
                + "c=0x3\n"
                + "d\\ e=0xABCDEF\n");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder("failed-seeds.properties", "failed-seeds.properties.lock");
    }
    if (posix) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .isEqualTo("rw-r-----");
    }
  }

  /** A replay file that is a symbolic link stays one: the file it names is rewritten. */
  @Test
  void aLinkedReplayFileKeepsItsLink(@TempDir Path dir) throws IOException {
    Path target =
        Files.writeString(
            Files.createDirectory(dir.resolve("kept")).resolve("seeds.properties"), "b=0x2\n");
    Path file = dir.resolve("failed-seeds.properties");
    try {
      Files.createSymbolicLink(file, Path.of("kept", "seeds.properties"));
    } catch (IOException | UnsupportedOperationException e) {
      Assumptions.abort("no symbolic links here: " + e);
    }

    ReplayFile replay = ReplayFile.load(file);
    replay.failed("a", 1L);

    assertThat(replay.takeWarnings()).isEmpty();
    assertThat(file).isSymbolicLink();
    assertThat(Files.readString(target))
        .isEqualTo("# forgery: seeds of failed tests, replayed on the next run.\na=0x1\nb=0x2\n");
    assertThat(ReplayFile.beside(target, ReplayFile.LOCK)).exists();
    assertThat(ReplayFile.beside(file, ReplayFile.LOCK)).doesNotExist();
  }

  @Test
  void anUnreadableReplayFileIsReportedAndTestsRunWithoutReplay(@TempDir Path dir) {
    Path file = dir; // a directory: neither readable nor writable as a file
    pass = false;
    EngineExecutionResults results = run(FlakyTestCase.class, file);

    assertThat(Kit.onlyFailure(results)).hasMessage("flaky");
    assertThat(warnings(results))
        .satisfiesExactly(
            read ->
                assertThat(read)
                    .startsWith("cannot read the replay file " + file + " (")
                    .endsWith(
                        "), so no failed seeds are replayed this run. Delete it, or make it a"
                            + " readable file; forgery writes it anew when a test fails."),
            write -> assertThat(write).startsWith("cannot write the replay file " + file + " ("));
    assertThat(entries(results)).noneMatch(e -> e.startsWith("forgery.replay="));
    assertThat(ReplayFile.beside(file, ReplayFile.LOCK)).doesNotExist();
  }

  @ExtendWith(ForgeryExtension.class)
  static class FlakyFactoryTestCase {
    @TestFactory
    Stream<DynamicNode> factory(@Forged(size = 3) List<String> emails) {
      Kit.see("emails", emails);
      return Stream.of(
          DynamicTest.dynamicTest("steady", () -> {}),
          DynamicContainer.dynamicContainer(
              "group",
              Stream.of(
                  DynamicTest.dynamicTest(
                      "flaky",
                      () -> {
                        if (!pass) {
                          throw new AssertionError("flaky " + emails.get(0));
                        }
                      }))));
    }
  }

  @Test
  void aFailedDynamicTestRemembersItsFactorysSeedUntilTheFactoryPasses(@TempDir Path dir)
      throws IOException {
    String factoryId =
        "[engine\\:junit-jupiter]/[class\\:dev.forgery.junit5.ReplayTest$FlakyFactoryTestCase]"
            + "/[test-factory\\:factory(java.util.List)]";
    Path file = dir.resolve("failed-seeds.properties");
    pass = false;
    EngineExecutionResults first = run(FlakyFactoryTestCase.class, file);
    Throwable failure = Kit.onlyFailure(first);
    ForgeryReport report = ForgeryReport.in(failure);
    assertThat(report.test())
        .isEqualTo("ReplayTest$FlakyFactoryTestCase > factory(List) > group > flaky");
    assertThat(report.getMessage())
        .contains(
            "; the seed of its factory ReplayTest$FlakyFactoryTestCase > factory(List), where"
                + " @Seed goes)");
    assertThat(Files.readAllLines(file))
        .containsExactly(
            "# forgery: seeds of failed tests, replayed on the next run.",
            factoryId + "=" + Seeds.hex(report.seed()));

    // The next run replays the factory's seed, so its dynamic tests see the same values; failing
    // again keeps the entry, although the factory itself ends as successful.
    Files.writeString(file, factoryId + "=0x1234\n", StandardCharsets.UTF_8);
    EngineExecutionResults again = run(FlakyFactoryTestCase.class, file);
    List<String> replayed = new Faker("en_US", Seeds.injected(0x1234L, "emails")).emails(3);
    assertThat(Kit.seen().get("emails")).isEqualTo(replayed);
    assertThat(Kit.onlyFailure(again)).hasMessage("flaky " + replayed.get(0));
    assertThat(entries(again))
        .contains(
            "forgery.replay=replaying seed 0x1234 for ReplayTest$FlakyFactoryTestCase >"
                + " factory(List), which failed with it last run");
    assertThat(Files.readString(file)).contains(factoryId + "=0x1234");

    pass = true;
    run(FlakyFactoryTestCase.class, file)
        .testEvents()
        .assertStatistics(stats -> stats.succeeded(2).failed(0));
    assertThat(Kit.seen().get("emails")).isEqualTo(replayed);
    assertThat(Files.readAllLines(file))
        .containsExactly("# forgery: seeds of failed tests, replayed on the next run.");
  }

  @ExtendWith(ForgeryExtension.class)
  static class AbortedDynamicTestCase {
    @TestFactory
    List<DynamicTest> factory(@Forged String name) {
      return List.of(
          DynamicTest.dynamicTest("aborted", () -> Assumptions.assumeTrue(false, "not here")));
    }
  }

  @ExtendWith(ForgeryExtension.class)
  static class FailingFactoryTestCase {
    @TestFactory
    List<DynamicTest> factory(@Forged String name) {
      throw new IllegalStateException("cannot make tests for " + name);
    }
  }

  @Test
  void aFailedFactoryIsRememberedAnAbortedDynamicTestIsNot(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("failed-seeds.properties");
    run(AbortedDynamicTestCase.class, file)
        .testEvents()
        .assertStatistics(stats -> stats.aborted(1).failed(0));
    assertThat(file).doesNotExist();

    Throwable failure = Kit.onlyFailure(run(FailingFactoryTestCase.class, file));
    assertThat(Files.readAllLines(file))
        .containsExactly(
            "# forgery: seeds of failed tests, replayed on the next run.",
            "[engine\\:junit-jupiter]/[class\\:dev.forgery.junit5.ReplayTest$FailingFactoryTestCase]"
                + "/[test-factory\\:factory(java.lang.String)]="
                + Seeds.hex(ForgeryReport.in(failure).seed()));
  }

  @Test
  void ioFailuresAreExplainedWithTheirFile() {
    assertThat(ReplayFile.reason(new java.nio.file.AccessDeniedException("/r/f")))
        .isEqualTo("permission denied: /r/f");
    assertThat(ReplayFile.reason(new java.nio.file.FileAlreadyExistsException("/r")))
        .isEqualTo("/r exists and is not a directory");
    assertThat(
            ReplayFile.reason(new java.nio.file.FileSystemException("/r", null, "Is a directory")))
        .isEqualTo("/r: Is a directory");
    assertThat(ReplayFile.reason(new java.nio.file.FileSystemException("/r"))).isEqualTo("/r");
    assertThat(ReplayFile.reason(new IOException("disk full"))).isEqualTo("disk full");
    assertThat(ReplayFile.reason(new IOException())).isEqualTo("IOException");
  }

  @Test
  void malformedLinesAreIgnoredWithTheirLineNumbers() {
    ReplayFile.Entries entries =
        ReplayFile.parse(
            "! a comment\r\n"
                + "  # another\r\n"
                + "\r\n"
                + "a\\\n  b = 0x1\\\n  0\n"
                + "c=0x2\\\\\n"
                + "=0x3\n"
                + "d=\n"
                + "e=\uFFFD\n"
                + "f 7");
    assertThat(entries.seeds()).containsExactly(Map.entry("ab", 0x10L), Map.entry("f", 7L));
    assertThat(entries.malformed())
        .containsExactly(
            "line 7: 'c=0x2\\\\' ('0x2\\' is not a seed)",
            "line 8: '=0x3' (not <test id>=<seed>)",
            "line 9: 'd=' (not <test id>=<seed>)",
            "line 10: 'e=\uFFFD' (not UTF-8 text)");
    assertThat(ReplayFile.parse("x=" + "9".repeat(100)).malformed().get(0))
        .startsWith("line 1: 'x=99999")
        .contains("99...' ('");
  }

  @Test
  void brokenLinesAreIgnoredAndKeysEscaped(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("seeds.properties");
    Files.writeString(file, "junk=not-a-seed\n" + ESCAPED + "=0x1234\n");
    ReplayFile replay = ReplayFile.load(file);
    assertThat(replay.seedFor(ID)).isEqualTo(0x1234L);
    assertThat(replay.seedFor("junk")).isNull();
    assertThat(replay.takeWarnings()).hasSize(1);
    assertThat(replay.takeWarnings()).isEmpty();
    replay.failed("a b#c!d=e\\f\u00e9", -1L);
    assertThat(ReplayFile.load(file).seedFor("a b#c!d=e\\f\u00e9")).isEqualTo(-1L);
    assertThat(Files.readString(file)).contains("a\\ b\\#c\\!d\\=e\\\\f\\u00E9=0xFFFFFFFFFFFFFFFF");
    assertThat(ReplayFile.format(Map.of("z", 1L, "a", 2L))).endsWith("a=0x2\nz=0x1\n");
  }
}
