package dev.forgery.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forgery.junit5.internal.Seeds;
import dev.forgery.junit5.internal.Settings;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeedsTest {

  @Test
  void parsesDecimalHexAndCopiedLiterals() {
    assertThat(Seeds.parse("k", "42")).isEqualTo(42L);
    assertThat(Seeds.parse("k", " -7 ")).isEqualTo(-7L);
    assertThat(Seeds.parse("k", "0x5EED")).isEqualTo(0x5EEDL);
    assertThat(Seeds.parse("k", "0X5eedL")).isEqualTo(0x5EEDL);
    assertThat(Seeds.parse("k", "0xFFFFFFFFFFFFFFFF")).isEqualTo(-1L);
    assertThat(Seeds.parse("k", "1_000")).isEqualTo(1000L);
    assertThatThrownBy(() -> Seeds.parse("forgery.seed", "0x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("forgery.seed must be a 64-bit seed");
    assertThatThrownBy(() -> Seeds.parse("forgery.seed", "0x1FFFFFFFFFFFFFFFF"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void hexRoundTripsEveryLong() {
    for (long seed : new long[] {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE, 0x5EED}) {
      assertThat(Seeds.parse("k", Seeds.hex(seed))).isEqualTo(seed);
      assertThat(Seeds.parse("k", Seeds.hex(seed) + "L")).isEqualTo(seed);
    }
    assertThat(Seeds.hex(0x5EED)).isEqualTo("0x5EED");
  }

  @Test
  void derivationIsPinnedAndSeparatesStringsThatJavaHashesAlike() {
    // "Aa" and "BB" share String.hashCode(); the derivation must not.
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    assertThat(Seeds.derive(1L, "Aa")).isNotEqualTo(Seeds.derive(1L, "BB"));
    // Golden value, the same as when the extension hashed UTF-8 bytes itself: a change here
    // changes every test's data; note it in CHANGELOG.
    assertThat(Seeds.derive(42L, "[engine:junit-jupiter]/[class:A]/[method:b()]"))
        .isEqualTo(0x259DC957A09840D4L);
    assertThat(Seeds.derive(42L, "[engine:junit-jupiter]/[class:A]/[method:b()]"))
        .isEqualTo(Seeds.derive(42L, "[engine:junit-jupiter]/[class:A]/[method:b()]"))
        .isNotEqualTo(Seeds.derive(43L, "[engine:junit-jupiter]/[class:A]/[method:b()]"));
  }

  @Test
  void injectedSeedsDependOnTheTestSeedAndTheNameOrPositionAlone() {
    assertThat(Seeds.injected(7L, "emails"))
        .isEqualTo(Seeds.injected(7L, "emails"))
        .isNotEqualTo(Seeds.injected(8L, "emails"))
        .isNotEqualTo(Seeds.injected(7L, "email"));
    assertThat(Seeds.injected(7L, 0))
        .isEqualTo(Seeds.injected(7L, 0))
        .isNotEqualTo(Seeds.injected(7L, 1))
        .isNotEqualTo(Seeds.injected(7L, "arg0"));
    assertThat(Seeds.dynamic(7L, "/[dynamic-test:#1]"))
        .isNotEqualTo(Seeds.dynamic(7L, "/[dynamic-test:#2]"))
        .isNotEqualTo(Seeds.dynamic(8L, "/[dynamic-test:#1]"));
    // Golden value: a change here changes every injected value; note it in CHANGELOG.
    assertThat(Seeds.injected(42L, "emails")).isEqualTo(0x1112FB49BB5E8263L);
  }

  @Test
  void similarTestIdsGetDistinctSeeds() {
    Set<Long> seeds = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      seeds.add(Seeds.derive(1L, "[test-template-invocation:#" + i + "]"));
    }
    assertThat(seeds).hasSize(10_000);
  }

  @Test
  void stableIdsIgnoreSuitesAroundTheJupiterEngine() {
    String inner = "[engine:junit-jupiter]/[class:A]/[method:b()]";
    assertThat(ForgeryExtension.stableId(inner)).isEqualTo(inner);
    assertThat(ForgeryExtension.stableId("[engine:junit-platform-suite]/[suite:S]/" + inner))
        .isEqualTo(inner);
  }

  @Test
  void settingsHaveDefaultsAndReadTheirKeys() {
    Settings defaults = Settings.of(key -> Optional.empty());
    assertThat(defaults.configuredSeed()).isEmpty();
    assertThat(defaults.runSeed()).isEqualTo(defaults.runSeed());
    assertThat(defaults.locale()).isEqualTo("en_US");
    assertThat(defaults.quiet()).isFalse();
    assertThat(defaults.replay()).isTrue();
    assertThat(defaults.replayFile()).isEqualTo(Path.of("target/forgery/failed-seeds.properties"));
    assertThat(defaults.whenFixed()).isEqualTo(Settings.WhenFixed.ALLOW);
    assertThat(defaults.bind()).isTrue();
    assertThat(defaults.configuredToday()).isEmpty();
    assertThat(defaults.today()).isEqualTo(defaults.today());

    Map<String, String> values =
        Map.of(
            "forgery.seed", "0x10",
            "forgery.locale", "en-US",
            "forgery.report", "QUIET",
            "forgery.replay", "False",
            "forgery.replay.file", "/tmp/x.properties",
            "forgery.seed.whenfixed", "warn",
            "forgery.bind", "FALSE",
            "forgery.today", " 2024-02-29 ");
    Settings set = Settings.of(key -> Optional.ofNullable(values.get(key)));
    assertThat(set.runSeed()).isEqualTo(16L);
    assertThat(set.locale()).isEqualTo("en-US");
    assertThatThrownBy(() -> Settings.of(key -> Optional.of("xx_XX")).locale())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("forgery.locale: locale 'xx_XX' is not supported");
    assertThat(set.quiet()).isTrue();
    assertThat(set.replay()).isFalse();
    assertThat(set.replayFile()).isEqualTo(Path.of("/tmp/x.properties"));
    assertThat(set.whenFixed()).isEqualTo(Settings.WhenFixed.WARN);
    assertThat(set.bind()).isFalse();
    assertThat(set.today()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThatThrownBy(() -> Settings.of(key -> Optional.of("yes")).bind())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("forgery.bind must be 'true' or 'false', got 'yes'");
    assertThatThrownBy(() -> Settings.of(key -> Optional.of("2024-02-30")).today())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("forgery.today must be an ISO date such as 2026-12-01, got '2024-02-30'");
    assertThatThrownBy(() -> Settings.of(key -> Optional.of("+10000-01-01")).today())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "forgery.today must be a date from 0001-01-01 to 9999-12-31, got '+10000-01-01'");
    assertThatThrownBy(() -> Settings.of(key -> Optional.of(" ")).configuredSeed())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "forgery.seed is set but blank: give a 64-bit seed in decimal (42, -7) or hex"
                + " (0x5EED), or remove it for a random run seed");
    assertThatThrownBy(() -> Settings.of(key -> Optional.of("")).runSeed())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("forgery.seed is set but blank");
    assertThatThrownBy(() -> Settings.of(key -> Optional.of("")).today())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "forgery.today is set but blank: give an ISO date such as 2026-12-01, or remove it to"
                + " count from the current date");
  }

  @Test
  void abbreviationsKeepReportsShort() {
    assertThat(Abbreviation.of(java.util.List.of("a", "b", "c", "d", "e")))
        .isEqualTo("[\"a\", \"b\", \"c\", ... 2 more] (5 values)");
    assertThat(Abbreviation.of(java.util.List.of(1))).isEqualTo("[1] (1 value)");
    assertThat(Abbreviation.of(new int[] {1, 2})).isEqualTo("[1, 2] (2 values)");
    assertThat(Abbreviation.of("x".repeat(100))).hasSize(60).endsWith("...");
    assertThat(Abbreviation.of(java.util.stream.Stream.of(1))).isEqualTo("Stream (see the seed)");
    // A bean without toString shows its properties by name, nested beans the same way, and stays
    // within the report's width.
    assertThat(Abbreviation.of(new Bean()))
        .isEqualTo(
            "Bean{active=true, age=34, email=\"ada@example.com\", friend=Bean{active=true, age=34,"
                + " email=\"ada@example.com\", friend=B...");
    assertThat(Abbreviation.of(java.util.List.of(new Bean())))
        .startsWith("[Bean{active=true, age=34,");
    assertThat(Abbreviation.of((java.util.function.Supplier<String>) () -> "x"))
        .startsWith("Supplier");
    assertThat(Abbreviation.of(new dev.forgery.Faker("en_US", 1L))).isEqualTo("Faker[en_US]");
    assertThat(Abbreviation.of(null)).isEqualTo("null");
  }

  /** A bean with no toString. */
  public static class Bean {
    public java.util.List<String> tags;

    public int getAge() {
      return 34;
    }

    public String getEmail() {
      return "ada@example.com";
    }

    public boolean isActive() {
      return true;
    }

    public Bean getFriend() {
      return tags == null ? new Bean() : null;
    }
  }
}
