package dev.forgery.internal.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Stored tables are read from their streams into the arrays they become ({@link ImageReader}): the
 * same tables as from the whole image in one array, whatever pieces the stream gives, and damage
 * found without knowing the image's length.
 */
class ImageReaderTest {

  @Test
  void aTableReadInPiecesIsTheStoredTable() throws IOException {
    byte[] image = TableImage.encode(Tables.parseWeightedText("en_US/last_names"));

    WeightedTable read = TableImage.decode(new Pieces(image), "en_US/last_names");

    assertThat(read.size()).isEqualTo(88_799);
    assertThat(TableImage.encode(read)).isEqualTo(image);
  }

  @Test
  void layoutsReadInPiecesAreTheStoredLayouts() throws IOException {
    byte[] image;
    try (InputStream in =
        Tables.class.getResourceAsStream("/dev/forgery/data/en_US/email_local_parts.bin")) {
      image = in.readAllBytes();
    }

    WeightedBytes[] read = WeightedBytes.decode(new Pieces(image), "en_US/email_local_parts");

    assertThat(read).hasSize(2);
    assertThat(WeightedBytes.encode(read)).isEqualTo(image);
  }

  @Test
  void anImageThatEndsAnywhereIsDamaged() {
    byte[] table = TableImage.encode(WeightedTable.uniform("ab", "cd", "ef"));
    byte[] layouts =
        WeightedBytes.encode(WeightedTable.sharedBytes(WeightedTable.uniform("ab", "cd")));

    for (int length = 4; length < table.length; length++) {
      byte[] cut = Arrays.copyOf(table, length);
      assertThatThrownBy(() -> TableImage.decode(cut, "t"))
          .as("cut at %d of %d bytes", length, table.length)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("data table image t is damaged: it ends");
    }
    for (int length = 4; length < layouts.length; length++) {
      byte[] cut = Arrays.copyOf(layouts, length);
      assertThatThrownBy(() -> WeightedBytes.decode(cut, "l"))
          .as("cut at %d of %d bytes", length, layouts.length)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("data table image l is damaged: it ends");
    }
  }

  @Test
  void anImageThatRunsOnAfterItsTextIsDamaged() {
    byte[] table = TableImage.encode(WeightedTable.uniform("ab", "cd", "ef"));
    byte[] layouts =
        WeightedBytes.encode(WeightedTable.sharedBytes(WeightedTable.uniform("ab", "cd")));

    assertThatThrownBy(() -> TableImage.decode(Arrays.copyOf(table, table.length + 1), "t"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("t is damaged: it runs on after its text");
    assertThatThrownBy(() -> WeightedBytes.decode(Arrays.copyOf(layouts, layouts.length + 1), "l"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("l is damaged: it runs on after its text");
  }

  @Test
  void aCountBeyondAnyTableIsDamageNotAnAllocation() {
    byte[] table = TableImage.encode(WeightedTable.uniform("ab", "cd", "ef"));
    ByteBuffer.wrap(table).order(ByteOrder.LITTLE_ENDIAN).putInt(4, Integer.MAX_VALUE);
    byte[] layouts =
        WeightedBytes.encode(WeightedTable.sharedBytes(WeightedTable.uniform("ab", "cd")));
    // the first layout's column count: after the magic, the layout count, the text's length and
    // the layout's four other fields
    ByteBuffer.wrap(layouts).order(ByteOrder.LITTLE_ENDIAN).putInt(28, -5);

    assertThatThrownBy(() -> TableImage.decode(table, "t"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(
            "t is damaged: its header gives 2147483647 values, not 0 to " + ImageReader.MAX_COUNT);
    assertThatThrownBy(() -> WeightedBytes.decode(layouts, "l"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("l is damaged: its header gives -5 columns");
  }

  /** A stream that gives at most 1,000 bytes a read and says nothing about what is left. */
  private static final class Pieces extends FilterInputStream {
    Pieces(byte[] bytes) {
      super(new ByteArrayInputStream(bytes));
    }

    @Override
    public int available() {
      return 0;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return super.read(b, off, Math.min(len, 1000));
    }
  }
}
