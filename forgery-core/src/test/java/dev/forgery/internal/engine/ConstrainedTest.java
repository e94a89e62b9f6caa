package dev.forgery.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forgery.internal.random.SplitMix64;
import dev.forgery.internal.registry.Generator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generators constraints make: redraws that run out, fitted strings, sets completed. */
class ConstrainedTest {
  private static Generator always(Object value) {
    return Generator.of(value.getClass(), r -> value, null);
  }

  @Test
  void aValueThatNeverPassesFailsLoudlyNamingTheConstraints() {
    Constrained gen =
        new Constrained(
            List.of(new Constrained.Candidate(always("x"), "x")),
            new int[] {3},
            v -> false,
            String.class,
            "field 'code'",
            "@Size(min=2)");
    assertThat(gen.valueType()).isEqualTo(String.class);
    assertThat(gen).hasToString("x meeting @Size(min=2)");
    assertThatThrownBy(() -> gen.next(new SplitMix64(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("field 'code': 3 draws gave no value that meets @Size(min=2)");
  }

  @Test
  void aCutNeverSplitsASurrogatePairAndPaddingUsesLetters() {
    Constrained.Fitted cut = new Constrained.Fitted(always("ab\uD83D\uDE00cd"), 0, 3);
    assertThat(cut.next(new SplitMix64(1))).isEqualTo("ab");
    assertThat(cut.valueType()).isEqualTo(String.class);
    Constrained.Fitted padded = new Constrained.Fitted(always("Jo"), 6, 10);
    assertThat((String) padded.next(new SplitMix64(1)))
        .hasSize(6)
        .startsWith("Jo")
        .matches("Jo[a-z]{4}");
    assertThat(padded.toString()).endsWith("fitted to 6..10 characters");
  }

  @Test
  void aSetThatCannotReachItsMinimumFailsLoudly() {
    CollectionComponent set =
        new CollectionComponent(always("same"), Container.of(Set.class, false, String.class))
            .with(always("same"), 2, 2);
    assertThatThrownBy(() -> set.make(7L, new SplitMix64(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("gave only 1 distinct values of the 2 its @Size asks for");
    assertThat(
            new CollectionComponent(always("same"), Container.of(Set.class, true, String.class))
                .make(7L, new SplitMix64(1)))
        .isEqualTo(Set.of("same"));
  }

  private static String fitted(String address, int min, int max) {
    return (String) new Constrained.FittedEmail(always(address), min, max).next(new SplitMix64(1));
  }

  @Test
  void anAddressIsFittedKeepingItsShape() {
    assertThat(fitted("lindagarcia@gmail.com", 0, 12)).isEqualTo("li@gmail.com");
    assertThat(fitted("lindagarcia@gmail.com", 0, 8)).isEqualTo("li@g.com");
    assertThat(fitted("linda.garcia@gmail.com", 0, 11)).isEqualTo("linda@g.com");
    assertThat(fitted("ab.cd@gmail.com", 0, 13)).isEqualTo("ab@gmail.com");
    assertThat(fitted("l.garcia@gmail.com", 0, 7)).isEqualTo("l@g.com");
    assertThat(fitted("lindagarcia@gmail.com", 0, 5)).isEqualTo("lin@g");
    assertThat(fitted("lindagarcia@gmail.com", 3, 3)).isEqualTo("l@g");
    assertThat(fitted("lindagarcia@gmail.com", 0, 2)).isEqualTo("lindagarcia@gmail.com");
    assertThat(fitted("ada@x.io", 0, 12)).isEqualTo("ada@x.io");
    assertThat(fitted("ada@x.io", 12, 20)).hasSize(12).matches("ada[a-z]{4}@x\\.io");
    assertThat(fitted("a@x.io", 100, 200)).hasSize(64 + 5).endsWith("@x.io");
  }

  @Test
  void anAddressGetsItsLocalPartFromOneGeneratorAndItsDomainFromAnother() {
    Constrained.LocalAt gen = new Constrained.LocalAt(always("ada.l@gmail.com"), always("acme.io"));
    assertThat(gen.next(new SplitMix64(1))).isEqualTo("ada.l@acme.io");
    assertThat(gen.valueType()).isEqualTo(String.class);
  }

  @Test
  void anEmailExpressionSplitsAtItsOneAtSign() {
    assertThat(Narrowing.emailParts(".*@example\\.(com|org|net)"))
        .containsExactly(".*", "example\\.(com|org|net)");
    assertThat(Narrowing.emailParts("^[a-z@]+\\@?x@acme\\.com$"))
        .containsExactly("[a-z@]+\\@?x", "acme\\.com");
    assertThat(Narrowing.emailParts("[]@]+@a\\.b")).containsExactly("[]@]+", "a\\.b");
    assertThat(Narrowing.emailParts("a@b|c@d")).isNull();
    assertThat(Narrowing.emailParts("(a@b)")).isNull();
    assertThat(Narrowing.emailParts("a@b@c")).isNull();
    assertThat(Narrowing.emailParts(".*\\.(com|net)")).isNull();
  }
}
