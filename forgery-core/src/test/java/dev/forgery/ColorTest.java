package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ColorTest {
  /** Parses {@code rgb(r, g, b)} by hand: channels 0..255 without leading zeros. */
  static boolean isRgb(String s) {
    if (!s.startsWith("rgb(") || !s.endsWith(")")) {
      return false;
    }
    String[] parts = s.substring(4, s.length() - 1).split(", ", -1);
    if (parts.length != 3) {
      return false;
    }
    for (String p : parts) {
      if (p.isEmpty() || p.length() > 3 || (p.length() > 1 && p.charAt(0) == '0')) {
        return false;
      }
      for (char c : p.toCharArray()) {
        if (c < '0' || c > '9') {
          return false;
        }
      }
      if (Integer.parseInt(p) > 255) {
        return false;
      }
    }
    return true;
  }

  @Property(tries = 2000)
  void hexAndRgbColoursParseForAnySeed(@ForAll long seed) {
    Faker faker = new Faker("en_US", seed);
    String hex = faker.hexColor();
    assertThat(hex).hasSize(7).startsWith("#").isLowerCase();
    // Integer.decode reads CSS-style "#rrggbb" as hexadecimal.
    assertThat(Integer.decode(hex)).isBetween(0, 0xFFFFFF);
    assertThat(Integer.decode(hex)).isEqualTo(Integer.parseInt(hex.substring(1), 16));
    assertThat(isRgb(faker.rgbColor())).as(faker.rgbColor()).isTrue();
  }

  @Test
  void namedColoursCarryTheirRealCssValues() {
    Faker faker = new Faker("en_US", 3L);
    Set<String> seen = new HashSet<>(faker.colorsWithHex(20_000));
    assertThat(seen).hasSize(140);
    assertThat(seen)
        .contains(
            "DarkSlateGray #2f4f4f",
            "Indigo #4b0082",
            "AliceBlue #f0f8ff",
            "Tomato #ff6347",
            "Black #000000",
            "White #ffffff");
  }

  @Test
  void rgbChannelsCoverTheWholeRange() {
    Faker faker = new Faker("en_US", 4L);
    boolean zero = false;
    boolean full = false;
    for (String c : faker.rgbColors(20_000)) {
      zero |= c.contains("(0,") || c.contains(" 0,") || c.endsWith(" 0)");
      full |= c.contains("255");
    }
    assertThat(zero).isTrue();
    assertThat(full).isTrue();
    assertThat(isRgb("rgb(1, 2)")).isFalse();
    assertThat(isRgb("rgb(256, 2, 3)")).isFalse();
    assertThat(isRgb("rgb(01, 2, 3)")).isFalse();
  }
}
