package dev.forgery.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * 100,000 passwords of the default policy (12 to 16 characters, all four classes), user agents and
 * slugs.
 */
public class WebBenchmark extends BatchBenchmark {
  private static final char[] LOWER = "abcdefghijklmnopqrstuvwxyz".toCharArray();
  private static final char[] UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".toCharArray();
  private static final char[] DIGITS = "0123456789".toCharArray();
  private static final char[] SYMBOLS = "!#$%&()*+,-./:;=?@[]^_{|}~".toCharArray();
  private static final char[][] CLASSES = {LOWER, UPPER, DIGITS, SYMBOLS};
  private static final char[] ALL =
      (new String(LOWER) + new String(UPPER) + new String(DIGITS) + new String(SYMBOLS))
          .toCharArray();

  private final String[] userAgents = Floor.table("web/user_agents");
  private final Floor.Alias userAgentWeights = new Floor.Alias(Floor.weights("web/user_agents"));
  private final byte[][] words = slugWords(Floor.table("root/lorem_words"));
  private final byte[] buffer = new byte[64];

  private static byte[][] slugWords(String[] table) {
    List<byte[]> out = new ArrayList<>();
    for (String word : table) {
      if (word.matches("[a-z]{3,}")) {
        out.add(word.getBytes(StandardCharsets.ISO_8859_1));
      }
    }
    return out.toArray(new byte[0][]);
  }

  /**
   * forgery's batch of passwords.
   *
   * @return the passwords
   */
  @Benchmark
  public List<String> passwordsForgery() {
    return forgery.passwords(N);
  }

  /**
   * Datafaker's {@code internet().password(12, 16, true, true, true)} (upper case, special
   * characters, digits), N times. Datafaker 2.7 marks this method for removal in favour of its
   * {@code text()} rules; it is still the call migrating code has.
   *
   * @return the passwords
   */
  @Benchmark
  @SuppressWarnings("removal")
  public String[] passwordsDatafaker() {
    String[] out = new String[N];
    for (int i = 0; i < N; i++) {
      out[i] = datafaker.internet().password(12, 16, true, true, true);
    }
    return out;
  }

  /**
   * A length, every character a uniform pick of the 88 allowed, then one character of each class at
   * a random position not yet used, in one reused buffer. Drawing a character for each position and
   * overwriting four costs four draws more than the policy needs, but no branch on which positions
   * are free: measured faster than drawing only the free ones (7.5 against 11.2 ms), so this is the
   * floor. (It allocated a new {@code char[]} per password before.)
   *
   * @return the passwords
   */
  @Benchmark
  public String[] passwordsFloor() {
    String[] out = new String[N];
    char[] chars = new char[16];
    for (int i = 0; i < N; i++) {
      int length = 12 + floor.pick(5);
      for (int at = 0; at < length; at++) {
        chars[at] = ALL[floor.pick(ALL.length)];
      }
      int used = 0; // bit set of positions holding a required character
      for (char[] set : CLASSES) {
        int at;
        do {
          at = floor.pick(length);
        } while ((used & (1 << at)) != 0);
        used |= 1 << at;
        chars[at] = set[floor.pick(set.length)];
      }
      out[i] = new String(chars, 0, length);
    }
    return out;
  }

  /**
   * forgery's batch of user agents.
   *
   * @return the user agents
   */
  @Benchmark
  public List<String> userAgentsForgery() {
    return forgery.userAgents(N);
  }

  /**
   * Datafaker's {@code internet().userAgent()}, N times.
   *
   * @return the user agents
   */
  @Benchmark
  public String[] userAgentsDatafaker() {
    String[] out = new String[N];
    for (int i = 0; i < N; i++) {
      out[i] = datafaker.internet().userAgent();
    }
    return out;
  }

  /**
   * A pick of forgery's table of complete strings in proportion to the table's weights (shares of
   * web traffic), by Walker's alias method: one draw, one column, one coin. (It picked uniformly
   * before, which gives the rare user agents as often as the common ones.)
   *
   * @return the user agents
   */
  @Benchmark
  public String[] userAgentsFloor() {
    String[] out = new String[N];
    for (int i = 0; i < N; i++) {
      out[i] = userAgents[userAgentWeights.pick(floor.next())];
    }
    return out;
  }

  /**
   * forgery's batch of slugs.
   *
   * @return the slugs
   */
  @Benchmark
  public List<String> slugsForgery() {
    return forgery.slugs(N);
  }

  /**
   * Datafaker's {@code internet().slug()} (two lorem words joined by an underscore), N times.
   *
   * @return the slugs
   */
  @Benchmark
  public String[] slugsDatafaker() {
    String[] out = new String[N];
    for (int i = 0; i < N; i++) {
      out[i] = datafaker.internet().slug();
    }
    return out;
  }

  /**
   * Two to four uniform word picks copied into one reused buffer with hyphens between, one string.
   *
   * @return the slugs
   */
  @Benchmark
  public String[] slugsFloor() {
    String[] out = new String[N];
    byte[] buf = buffer;
    for (int i = 0; i < N; i++) {
      int count = 2 + floor.pick(3);
      int length = 0;
      for (int w = 0; w < count; w++) {
        byte[] word = words[floor.pick(words.length)];
        System.arraycopy(word, 0, buf, length, word.length);
        length += word.length;
        buf[length++] = '-';
      }
      out[i] = new String(buf, 0, length - 1, StandardCharsets.ISO_8859_1);
    }
    return out;
  }
}
