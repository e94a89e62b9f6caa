package dev.forgery.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * When the warm-up thread starts: as {@code forgery.warmup} says, else with over two processors.
 */
class WarmupTest {

  @Test
  void unsetOrBlankStartsItOnlyWithMoreThanTwoProcessors() {
    for (String unset : new String[] {null, "", "  "}) {
      assertThat(Warmup.enabled(unset, 1)).isFalse();
      assertThat(Warmup.enabled(unset, 2)).isFalse();
      assertThat(Warmup.enabled(unset, 3)).isTrue();
      assertThat(Warmup.enabled(unset, 64)).isTrue();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"true", "TRUE", " True "})
  void trueStartsItWhateverTheProcessors(String value) {
    assertThat(Warmup.enabled(value, 1)).isTrue();
    assertThat(Warmup.enabled(value, 2)).isTrue();
    assertThat(Warmup.enabled(value, 8)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"false", "FALSE", " False "})
  void falseNeverStartsIt(String value) {
    assertThat(Warmup.enabled(value, 2)).isFalse();
    assertThat(Warmup.enabled(value, 8)).isFalse();
  }

  @Test
  void aBadValueIsKeptForTheFirstTestToPublishOnce() {
    String before = System.getProperty(Warmup.PROPERTY);
    System.setProperty(Warmup.PROPERTY, "on");
    try {
      Warmup.start();
    } finally {
      if (before == null) {
        System.clearProperty(Warmup.PROPERTY);
      } else {
        System.setProperty(Warmup.PROPERTY, before);
      }
    }
    assertThat(Warmup.takeWarning())
        .isEqualTo(
            "forgery.warmup must be 'true' or 'false', got 'on'; the warm-up follows its default"
                + " (on with more than two processors)");
    assertThat(Warmup.takeWarning()).isNull();
  }

  @Test
  void anyOtherValueIsNamedWithTheValidOnes() {
    assertThatThrownBy(() -> Warmup.enabled("yes", 8))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "forgery.warmup must be 'true' or 'false', got 'yes'; the warm-up follows its default"
                + " (on with more than two processors)");
  }
}
