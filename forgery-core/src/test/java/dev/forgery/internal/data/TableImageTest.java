package dev.forgery.internal.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forgery.internal.random.SplitMix64;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The stored tables ({@code <name>.bin}, written by the build's {@code process-classes} step) are
 * exactly what parsing their text files gives, so reading one instead of the other never changes a
 * value.
 */
class TableImageTest {

  @Test
  void everyImageIsTheParsedTextByteForByte() throws IOException, URISyntaxException {
    List<Path> images = images();
    assertThat(images)
        .as(
            "the build writes images of the large tables in process-classes (TableImages); run"
                + " the tests through Maven, or ./mvnw -pl forgery-core process-classes first")
        .extracting(p -> data().relativize(p).toString().replace('\\', '/'))
        .contains(
            "en_US/last_names.bin",
            "en_US/first_names.bin",
            "en_US/zip_codes.bin",
            "de_DE/first_names.bin",
            "fr_FR/first_names.bin",
            "ja_JP/postcodes.bin");
    for (Path image : images) {
      String relative = data().relativize(image).toString().replace('\\', '/');
      String path = relative.substring(0, relative.length() - ".bin".length());
      byte[] expected = TableImage.encode(Tables.parseWeightedText(path));
      assertThat(Files.readAllBytes(image)).as(path).isEqualTo(expected);
    }
  }

  /**
   * A stored file without a text beside it is a derived table, whose test is its deriver's
   * (EmailImagesTest); nothing else may be stored that no test compares with its source.
   */
  @Test
  void everyOtherStoredFileIsADerivedTable() throws IOException, URISyntaxException {
    for (Path image : stored()) {
      if (!Files.exists(text(image))) {
        assertThat(image.getFileName().toString())
            .as(data().relativize(image).toString())
            .isEqualTo("email_local_parts.bin");
      }
    }
  }

  @Test
  void aTableReadFromItsImageDrawsAsTheParsedOne() {
    WeightedTable stored = Tables.weighted("en_US/last_names");
    WeightedTable parsed = Tables.parseWeightedText("en_US/last_names");
    assertThat(stored.size()).isEqualTo(parsed.size()).isEqualTo(88_799);
    SplittableRandom random = new SplittableRandom(7);
    for (int k = 0; k < 100_000; k++) {
      long bits = random.nextLong();
      int index = stored.drawIndex(bits);
      assertThat(index).isEqualTo(parsed.drawIndex(bits));
      assertThat(stored.value(index)).isEqualTo(parsed.value(index));
    }
    assertThat(stored.value(0)).isEqualTo("Smith");
  }

  @Test
  void encodeAndDecodeRoundTrip() {
    WeightedTable parsed = Tables.parseWeightedText("en_US/first_names");
    byte[] image = TableImage.encode(parsed);
    WeightedTable decoded = TableImage.decode(image, "en_US/first_names");
    assertThat(decoded.packedColumns()).isEqualTo(parsed.packedColumns());
    assertThat(decoded.asciiText().bytes()).isEqualTo(parsed.asciiText().bytes());
    assertThat(decoded.asciiText().starts()).isEqualTo(parsed.asciiText().starts());
    assertThat(decoded.asciiText().maxLength()).isEqualTo(parsed.asciiText().maxLength());
  }

  @Test
  void aDamagedImageFailsNamingTheTable() {
    byte[] image = TableImage.encode(Tables.parseWeightedText("en_US/first_names"));
    byte[] wrongMagic = image.clone();
    wrongMagic[0] = 'X';
    byte[] truncated = Arrays.copyOf(image, image.length - 1);

    assertThatThrownBy(() -> TableImage.decode(wrongMagic, "en_US/first_names"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("en_US/first_names")
        .hasMessageContaining("FGT1, FGTL or FGTU");
    assertThatThrownBy(() -> TableImage.decode(truncated, "en_US/first_names"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("en_US/first_names is damaged");
    assertThatThrownBy(() -> TableImage.decode(new byte[3], "x"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("FGT1");
  }

  @Test
  void aLatin1TableIsStoredAsLatin1AndDrawsAsTheParsedOne() throws IOException {
    WeightedTable stored = shipped("de_DE/first_names");
    WeightedTable parsed = Tables.parseWeightedText("de_DE/first_names");
    assertThat(parsed.asciiText()).as("the text is UTF-8 with umlauts: parsed to strings").isNull();
    assertThat(stored.asciiText()).as("a Latin-1 image is not ASCII").isNull();
    assertThat(stored.latin1()).isTrue();
    assertThat(stored.size()).isEqualTo(parsed.size()).isGreaterThan(10_000);
    assertThat(stored.values()).containsExactly(parsed.values());
    assertThat(stored.values()).contains("Jürgen", "Björn");
    SplittableRandom random = new SplittableRandom(11);
    for (int k = 0; k < 100_000; k++) {
      long bits = random.nextLong();
      assertThat(stored.drawIndex(bits)).isEqualTo(parsed.drawIndex(bits));
    }
    WeightedBytes storedBytes = stored.bytes();
    WeightedBytes parsedBytes = parsed.bytes();
    byte[] a = new byte[storedBytes.maxLength() + WeightedBytes.SLACK];
    byte[] b = new byte[a.length];
    for (int k = 0; k < 10_000; k++) {
      long bits = random.nextLong();
      int length = storedBytes.copy(storedBytes.draw(bits), a, 0);
      assertThat(length).isEqualTo(parsedBytes.copy(parsedBytes.draw(bits), b, 0));
      assertThat(Arrays.copyOf(a, length)).isEqualTo(Arrays.copyOf(b, length));
    }
  }

  @Test
  void aLatin1ImageIsMappedThroughItsStrings() throws IOException {
    WeightedTable stored = shipped("de_DE/first_names");
    WeightedTable parsed = Tables.parseWeightedText("de_DE/first_names");
    WeightedTable.AsciiMapper bytes =
        (from, start, end, into, at) -> {
          throw new AssertionError("the ASCII mapping must not see Latin-1 bytes");
        };
    WeightedTable mapped = stored.map(v -> v.toUpperCase(java.util.Locale.ROOT), bytes);
    assertThat(mapped.values())
        .containsExactly(parsed.map(v -> v.toUpperCase(java.util.Locale.ROOT)).values());
  }

  @Test
  void aLatin1ImageRoundTripsAndSaysSo() {
    WeightedTable parsed = Tables.parseWeightedText("de_DE/first_names");
    byte[] image = TableImage.encode(parsed);
    assertThat(Arrays.copyOf(image, 4)).isEqualTo("FGTL".getBytes(StandardCharsets.US_ASCII));
    WeightedTable decoded = TableImage.decode(image, "de_DE/first_names");
    assertThat(decoded.packedColumns()).isEqualTo(parsed.packedColumns());
    assertThat(decoded.values()).containsExactly(parsed.values());
    assertThat(decoded.asciiText()).isNull();
    byte[] ascii = TableImage.encode(Tables.parseWeightedText("en_US/first_names"));
    assertThat(Arrays.copyOf(ascii, 4)).isEqualTo("FGT1".getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void aTableBeyondLatin1IsStoredAsUtf8AndDecodesOnlyWhatIsAsked() throws IOException {
    WeightedTable stored = shipped("ja_JP/postcodes");
    WeightedTable parsed = Tables.parseWeightedText("ja_JP/postcodes");
    assertThat(stored.latin1()).isFalse();
    assertThat(stored.asciiText()).isNull();
    assertThat(stored.size()).isEqualTo(parsed.size()).isGreaterThan(10_000);
    SplittableRandom random = new SplittableRandom(13);
    for (int k = 0; k < 1_000; k++) {
      int index = stored.drawIndex(random.nextLong());
      assertThat(stored.valueAlone(index)).isEqualTo(parsed.value(index));
    }
    assertThat(stored.valueAlone(7))
        .as("decoded again each time until the strings are made: none is kept")
        .isEqualTo(stored.valueAlone(7))
        .isNotSameAs(stored.valueAlone(7));
    assertThat(stored.values()).containsExactly(parsed.values());
    assertThat(stored.valueAlone(0)).isSameAs(stored.value(0)).startsWith("001-0010;北海道");
    assertThatThrownBy(stored::bytes)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not Latin-1");

    byte[] image = TableImage.encode(parsed);
    assertThat(Arrays.copyOf(image, 4)).isEqualTo("FGTU".getBytes(StandardCharsets.US_ASCII));
    WeightedTable small = WeightedTable.uniform("Tokyo", "東京", "é");
    WeightedTable decoded = TableImage.decode(TableImage.encode(small), "x");
    assertThat(decoded.valueAlone(1)).isEqualTo("東京");
    assertThat(decoded.values()).containsExactly("Tokyo", "東京", "é");
    assertThatThrownBy(() -> TableImage.decode(TableImage.encode(small), "x").valueAlone(3))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessageContaining("index 3 out of 0..2");
  }

  @Test
  void aLatin1TableFromStringsIsStoredAsLatin1() {
    assertThat(TableImage.decode(TableImage.encode(WeightedTable.uniform("a", "é")), "x").values())
        .containsExactly("a", "é");
  }

  @Test
  void aSingleDrawMakesTheOneStringItDrawsAndKeepsIt()
      throws IOException, ReflectiveOperationException {
    WeightedTable stored = shipped("en_US/last_names");
    WeightedTable parsed = Tables.parseWeightedText("en_US/last_names");
    assertThat(made(stored)).isZero();

    String first = stored.draw(new SplitMix64(5));

    assertThat(made(stored))
        .as("strings made for the first draw from a stored table of %d", stored.size())
        .isEqualTo(1);
    assertThat(first).isEqualTo(parsed.draw(new SplitMix64(5)));
    assertThat(stored)
        .as("named in messages by its first value, made or not")
        .hasToString("table of 88799 values starting with '" + parsed.value(0) + "'");
    assertThat(stored.draw(new SplitMix64(5))).isSameAs(first);
    SplitMix64 storedDraws = new SplitMix64(17);
    SplitMix64 parsedDraws = new SplitMix64(17);
    for (int k = 0; k < 1_000; k++) {
      assertThat(stored.draw(storedDraws)).isEqualTo(parsed.draw(parsedDraws));
    }
    assertThat(made(stored)).isBetween(2L, 1_001L);
    assertThat(stored.values()).containsExactly(parsed.values());
    assertThat(made(stored)).as("made by a read of every value").isEqualTo(stored.size());
    assertThat(stored.draw(new SplitMix64(5))).isSameAs(first);
  }

  /** How many of a table's strings are made: the elements of its cache that are not null. */
  private static long made(WeightedTable table) throws ReflectiveOperationException {
    Field field = WeightedTable.class.getDeclaredField("values");
    field.setAccessible(true);
    String[] strings = (String[]) field.get(table);
    return strings == null ? 0 : Arrays.stream(strings).filter(Objects::nonNull).count();
  }

  /**
   * A table's image as the build wrote it into the class output, decoded: the stored form itself,
   * whichever way {@link Tables} would read the table.
   */
  private static WeightedTable shipped(String path) throws IOException {
    try (InputStream in = Tables.class.getResourceAsStream("/dev/forgery/data/" + path + ".bin")) {
      assertThat(in).as(path + ".bin: written by the build's process-classes step").isNotNull();
      return TableImage.decode(in.readAllBytes(), path);
    }
  }

  @Test
  void aFakerReadsTheLatin1AndUtf8TablesFromTheirImages() {
    // A table made from strings encodes a new Latin-1 text on every call; one read from an image
    // hands out the text it was read with.
    WeightedTable german = Tables.weighted("de_DE/first_names");
    assertThat(german.latin1Text()).isSameAs(german.latin1Text());
    WeightedTable parsed = Tables.parseWeightedText("de_DE/first_names");
    assertThat(parsed.latin1Text()).isNotSameAs(parsed.latin1Text());
    assertThat(Tables.weighted("ja_JP/postcodes").latin1())
        .as("a UTF-8 image says it is not Latin-1 without decoding a value")
        .isFalse();
  }

  private static Path data() throws URISyntaxException {
    return Path.of(Tables.class.getResource("/dev/forgery/data/en_US/last_names.txt").toURI())
        .getParent()
        .getParent();
  }

  /** The images of text tables: those with a text file beside them. */
  private static List<Path> images() throws IOException, URISyntaxException {
    return stored().stream().filter(p -> Files.exists(text(p))).toList();
  }

  private static List<Path> stored() throws IOException, URISyntaxException {
    try (Stream<Path> all = Files.walk(data())) {
      return all.filter(p -> p.toString().endsWith(".bin")).sorted().toList();
    }
  }

  private static Path text(Path image) {
    return image.resolveSibling(image.getFileName().toString().replace(".bin", ".txt"));
  }
}
