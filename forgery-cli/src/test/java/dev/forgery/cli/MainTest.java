package dev.forgery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forgery.Faker;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@code forgery <provider>}, {@code --list}, {@code --help}, {@code --version}, completion. */
class MainTest {
  private static List<String> lines(String text) {
    return text.lines().collect(Collectors.toList());
  }

  @Test
  void printsValuesOfAProviderOnePerLineInTheLocaleAndSeed() {
    Cli.Run run = Cli.run("name", "-n", "10", "--locale", "de_DE", "--seed", "42");
    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    List<String> expected =
        new Faker("de_DE", 42L)
            .provider("name").next(10).stream().map(Object::toString).collect(Collectors.toList());
    assertThat(lines(run.out())).isEqualTo(expected);
    assertThat(Cli.run("name", "-n", "10", "--locale", "de_DE", "--seed", "42").out())
        .isEqualTo(run.out());
    assertThat(Cli.run("name", "-n", "10", "--locale", "de_DE", "--seed", "43").out())
        .isNotEqualTo(run.out());
  }

  @Test
  void aClosedOutputStopsTheRunWithExitCodeOne() {
    OutputStream closed =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("broken pipe");
          }
        };
    Cli.Run run = Cli.run(closed, "name", "-n", "100000");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("cannot write to the standard output");
  }

  @Test
  void printsMoreValuesThanOneBatchHolds() {
    Cli.Run run = Cli.run("uuid", "-n", "20000", "--seed", "1");
    assertThat(run.code()).isZero();
    assertThat(lines(run.out())).hasSize(20_000).doesNotHaveDuplicates();
    assertThat(Cli.run("uuid").out()).matches("[0-9a-f-]{36}\\R");
  }

  @Test
  void providerArgumentsAreJsonValuesOrText() {
    Cli.Run dice = Cli.run("int", "1", "6", "-n", "500", "--seed", "3");
    assertThat(dice.code()).isZero();
    assertThat(lines(dice.out()))
        .hasSize(500)
        .allSatisfy(v -> assertThat(Integer.parseInt(v)).isBetween(1, 6));
    assertThat(lines(dice.out())).contains("1", "6");

    Cli.Run negative = Cli.run("int", "-n", "200", "--", "-10", "-1");
    assertThat(negative.code()).isZero();
    assertThat(lines(negative.out()))
        .allSatisfy(v -> assertThat(Integer.parseInt(v)).isBetween(-10, -1));

    Cli.Run dates = Cli.run("date", "2020-01-01", "2020-01-31", "-n", "100");
    assertThat(lines(dates.out()))
        .allSatisfy(
            d ->
                assertThat(LocalDate.parse(d))
                    .isBetween(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 31)));

    Cli.Run colours = Cli.run("choice", "[\"red\", \"green\"]", "-n", "100");
    assertThat(lines(colours.out())).containsOnly("red", "green").contains("red", "green");

    Cli.Run weighted = Cli.run("choice", "{\"yes\": 1, \"no\": 0}", "-n", "20");
    assertThat(lines(weighted.out())).containsOnly("yes");

    Cli.Run pattern = Cli.run("numerify", "###-##", "-n", "5");
    assertThat(lines(pattern.out())).allMatch(v -> v.matches("\\d{3}-\\d{2}"));
    assertThat(Providers.value("\"42\"")).isEqualTo("42");
    assertThat(Providers.value("")).isEqualTo("");
    assertThat(Providers.value("null")).isNull();
  }

  @Test
  void anUnknownProviderExitsWithTwoAndTheClosestNames() {
    Cli.Run run = Cli.run("nmae", "-n", "3");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("unknown provider 'nmae'")
        .contains("did you mean 'name'?")
        .contains("forgery --list");
    Cli.Run several = Cli.run("emial");
    assertThat(several.code()).isEqualTo(2);
    assertThat(several.err()).contains("email");
    assertThat(Cli.run("qqqqqqqqqqqq").err()).doesNotContain("did you mean");
  }

  @Test
  void badProviderArgumentsExitWithTwoAndTheSignature() {
    Cli.Run run = Cli.run("int", "6", "1");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("integer(min: int = 0, max: int = 100)");
    Cli.Run tooMany = Cli.run("uuid", "1", "2");
    assertThat(tooMany.code()).isEqualTo(2);
    assertThat(tooMany.err()).startsWith("forgery: ").contains("uuid");
  }

  @Test
  void badFlagsExitWithTwo() {
    assertThat(Cli.run().code()).isEqualTo(2);
    assertThat(Cli.run().err()).contains("forgery --list").contains("forgery records --help");
    Cli.Run negative = Cli.run("name", "-n", "-1");
    assertThat(negative.code()).isEqualTo(2);
    assertThat(negative.err()).contains("-n must be >= 0, got -1");
    Cli.Run typo = Cli.run("name", "--sede", "4");
    assertThat(typo.code()).isEqualTo(2);
    assertThat(typo.err()).contains("--sede");
    Cli.Run count = Cli.run("name", "-n", "ten");
    assertThat(count.code()).isEqualTo(2);
    assertThat(count.err()).contains("ten");
    Cli.Run locale = Cli.run("name", "--locale", "xx_YY");
    assertThat(locale.code()).isEqualTo(2);
    assertThat(locale.err()).contains("--locale").contains("de_DE").contains("en_US");
  }

  @Test
  void listShowsEveryProviderWithItsArguments() {
    Cli.Run run = Cli.run("--list");
    assertThat(run.code()).isZero();
    Faker faker = new Faker();
    assertThat(lines(run.out())).hasSize(faker.providers().size());
    assertThat(run.out())
        .contains("integer(min: int = 0, max: int = 100): ")
        .contains("safeEmail: ");
    for (String name : faker.providers()) {
      assertThat(run.out()).contains(faker.describe(name));
    }
  }

  @Test
  void helpVersionAndCompletionFollowPicocli() {
    Cli.Run help = Cli.run("--help");
    assertThat(help.code()).isZero();
    assertThat(help.out())
        .contains("Usage: forgery")
        .contains("records")
        .contains("generate-completion")
        .contains("Exit codes:")
        .contains("--seed");
    Cli.Run recordsHelp = Cli.run("records", "--help");
    assertThat(recordsHelp.code()).isZero();
    assertThat(recordsHelp.out()).contains("--schema").contains("--slice").contains("--threads");

    Cli.Run version = Cli.run("--version");
    assertThat(version.code()).isZero();
    assertThat(version.out()).startsWith("forgery " + VersionProvider.version());
    assertThat(VersionProvider.version()).matches("\\d+\\.\\d+\\.\\d+.*");

    Cli.Run completion = Cli.run("generate-completion");
    assertThat(completion.code()).isZero();
    assertThat(completion.out()).contains("complete").contains("forgery").contains("records");
  }
}
