package dev.forgery.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forgery.Faker;
import dev.forgery.junit5.internal.Seeds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
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
    String[] config = new String[4 + more.length];
    config[0] = "forgery.replay";
    config[1] = "true";
    config[2] = "forgery.replay.file";
    config[3] = file.toString();
    System.arraycopy(more, 0, config, 4, more.length);
    return Kit.run(FlakyTestCase.class, config);
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
        .contains("replays the other tests; this one needs the @Seed above");
    assertThat(entries(replayed))
        .containsExactly(
            "forgery.replay=replaying seed 0x1234 for ReplayTest$FlakyTestCase > flaky(List),"
                + " which failed with it last run",
            "forgery.seed=0x1234");
    assertThat(Files.readString(file)).contains(ESCAPED + "=0x1234");

    pass = true;
    run(file).testEvents().assertStatistics(stats -> stats.succeeded(2));
    assertThat(Kit.seen().get("emails"))
        .isEqualTo(new Faker("en_US", Seeds.injected(0x1234L, "emails")).emails(10));
    assertThat(Files.readAllLines(file))
        .containsExactly("# forgery: seeds of failed tests, replayed on the next run.");
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

  @Test
  void brokenLinesAreIgnoredAndKeysEscaped(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("seeds.properties");
    Files.writeString(file, "junk=not-a-seed\n" + ESCAPED + "=0x1234\n");
    ReplayFile replay = ReplayFile.load(file);
    assertThat(replay.seedFor(ID)).isEqualTo(0x1234L);
    assertThat(replay.seedFor("junk")).isNull();
    replay.failed("a b#c!d=e\\f\u00e9", -1L);
    assertThat(ReplayFile.load(file).seedFor("a b#c!d=e\\f\u00e9")).isEqualTo(-1L);
    assertThat(Files.readString(file)).contains("a\\ b\\#c\\!d\\=e\\\\f\\u00E9=0xFFFFFFFFFFFFFFFF");
    assertThat(ReplayFile.format(Map.of("z", 1L, "a", 2L))).endsWith("a=0x2\nz=0x1\n");
  }
}
