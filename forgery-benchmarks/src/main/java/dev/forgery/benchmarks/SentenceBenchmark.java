package dev.forgery.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;

/** 100,000 sentences of 3 to 12 words. */
public class SentenceBenchmark extends BatchBenchmark {
  private final byte[][] words = encode(Floor.table("root/lorem_words"));
  private final byte[] buffer = new byte[256];

  private static byte[][] encode(String[] words) {
    byte[][] out = new byte[words.length][];
    for (int i = 0; i < words.length; i++) {
      out[i] = words[i].getBytes(StandardCharsets.ISO_8859_1);
    }
    return out;
  }

  /**
   * forgery's batch.
   *
   * @return the sentences
   */
  @Benchmark
  public List<String> forgery() {
    return forgery.sentences(N);
  }

  /**
   * Datafaker's {@code lorem().sentence()}, N times.
   *
   * @return the sentences
   */
  @Benchmark
  public String[] datafaker() {
    String[] out = new String[N];
    for (int i = 0; i < N; i++) {
      out[i] = datafaker.lorem().sentence();
    }
    return out;
  }

  /**
   * A word count, uniform word picks copied into one reused buffer, a capital, a period, one
   * string.
   *
   * @return the sentences
   */
  @Benchmark
  public String[] floor() {
    String[] out = new String[N];
    byte[] buf = buffer;
    for (int i = 0; i < N; i++) {
      int count = 3 + floor.pick(10);
      int length = 0;
      for (int w = 0; w < count; w++) {
        byte[] word = words[floor.pick(words.length)];
        System.arraycopy(word, 0, buf, length, word.length);
        length += word.length;
        buf[length++] = ' ';
      }
      buf[0] = (byte) (buf[0] - 32);
      buf[length - 1] = '.';
      out[i] = new String(buf, 0, length, StandardCharsets.ISO_8859_1);
    }
    return out;
  }
}
