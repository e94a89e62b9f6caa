package dev.forgery.arrow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.xerial.snappy.Snappy;

/**
 * Compresses Parquet pages with Snappy directly through snappy-java. parquet-java's own codec
 * factory builds a Hadoop {@code Configuration} to find its codecs, which needs Hadoop's runtime
 * jars; this one needs nothing of Hadoop. Writing only: files are read by other readers.
 */
final class SnappyPages implements CompressionCodecFactory {
  /** Compresses each page as one raw Snappy block, the form Parquet's SNAPPY codec names. */
  private static final BytesInputCompressor COMPRESSOR =
      new BytesInputCompressor() {
        @Override
        public BytesInput compress(BytesInput bytes) throws IOException {
          Page page = new Page(Math.toIntExact(bytes.size()));
          bytes.writeAllTo(page);
          byte[] compressed = new byte[Snappy.maxCompressedLength(page.size())];
          int length = Snappy.compress(page.bytes(), 0, page.size(), compressed, 0);
          return BytesInput.from(compressed, 0, length);
        }

        @Override
        public CompressionCodecName getCodecName() {
          return CompressionCodecName.SNAPPY;
        }

        @Override
        public void release() {}
      };

  /** A page's bytes, collected without the copy {@code toByteArray()} would make. */
  private static final class Page extends ByteArrayOutputStream {
    Page(int size) {
      super(size);
    }

    byte[] bytes() {
      return buf;
    }
  }

  @Override
  public BytesInputCompressor getCompressor(CompressionCodecName codecName) {
    if (codecName != CompressionCodecName.SNAPPY) {
      throw new IllegalArgumentException("only SNAPPY pages are written, not " + codecName);
    }
    return COMPRESSOR;
  }

  @Override
  public BytesInputDecompressor getDecompressor(CompressionCodecName codecName) {
    throw new UnsupportedOperationException("forgery-arrow writes Parquet files; it reads none");
  }

  @Override
  public void release() {}
}
