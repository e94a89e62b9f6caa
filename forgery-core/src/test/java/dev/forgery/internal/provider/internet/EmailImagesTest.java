package dev.forgery.internal.provider.internet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forgery.internal.Locales;
import dev.forgery.internal.data.Tables;
import dev.forgery.internal.data.WeightedBytes;
import dev.forgery.internal.provider.IsolatedCore;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The stored email local parts ({@code <locale>/email_local_parts.bin}, written by the build's
 * {@code process-classes} step) are exactly what deriving them from the names gives, so a faker
 * that reads them draws the same addresses as one that derives them.
 */
class EmailImagesTest {

  @Test
  void everyStoredLocaleHoldsItsDerivationByteForByte() throws IOException {
    List<String> stored = new ArrayList<>();
    for (String locale : new TreeSet<>(Locales.SUPPORTED)) {
      WeightedBytes[] derived = Emails.localParts(locale);
      byte[] image = resource(locale);
      if (EmailImages.stored(derived)) {
        assertThat(image)
            .as(
                locale
                    + ": the build stores the email local parts in process-classes (EmailImages);"
                    + " run the tests through Maven, or ./mvnw -pl forgery-core process-classes")
            .isNotNull();
        assertThat(image).as(locale).isEqualTo(WeightedBytes.encode(derived));
        stored.add(locale);
      } else {
        assertThat(image).as(locale + " has too few names to be stored").isNull();
      }
    }
    // ja_JP's from its romanised names (933 and 1,777 of them).
    assertThat(stored).contains("en_US", "en_GB", "fr_FR", "ja_JP");
  }

  @Test
  void aStoredLocaleDrawsTheAddressesOfItsDerivation() {
    WeightedBytes[] read = Tables.storedLayouts("en_US/" + Emails.LOCAL_PARTS);
    WeightedBytes[] derived = Emails.localParts("en_US");
    assertThat(read).hasSize(2);
    assertThat(read[0].size()).isEqualTo(derived[0].size()).isEqualTo(11_217);
    assertThat(read[1].size()).isEqualTo(derived[1].size()).isEqualTo(88_799);
    assertThat(read[0].sharesText(read[1])).isTrue();
    assertThat(WeightedBytes.encode(read)).isEqualTo(WeightedBytes.encode(derived));
    assertThat(Tables.storedLayouts("xx_XX/" + Emails.LOCAL_PARTS)).isNull();
  }

  /** The point of storing them: a faker's first email address reads no name table. */
  @Test
  void aFakersFirstEmailReadsNoNames() throws Exception {
    URL classes = Emails.class.getProtectionDomain().getCodeSource().getLocation();
    try (IsolatedCore loader = new IsolatedCore(classes)) {
      Class<?> faker = loader.loadClass("dev.forgery.Faker");
      Object instance = faker.getConstructor(String.class, long.class).newInstance("en_US", 3L);
      assertThat((String) faker.getMethod("email").invoke(instance)).contains("@");
      assertThat(loader.loaded(Emails.class.getName())).isTrue();
      assertThat(loader.loaded("dev.forgery.internal.provider.names.Names")).isFalse();
    }
  }

  private static byte[] resource(String locale) throws IOException {
    String path = "/dev/forgery/data/" + locale + "/" + Emails.LOCAL_PARTS + ".bin";
    try (InputStream in = Emails.class.getResourceAsStream(path)) {
      return in == null ? null : in.readAllBytes();
    }
  }
}
