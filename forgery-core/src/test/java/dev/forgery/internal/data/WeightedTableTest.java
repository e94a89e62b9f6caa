package dev.forgery.internal.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forgery.internal.random.SplitMix64;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class WeightedTableTest {

  @Test
  void drawsInProportionToWeights() {
    WeightedTable table =
        WeightedTable.of(new String[] {"a", "b", "c", "d"}, new double[] {1, 2, 3, 4});
    SplitMix64 random = new SplitMix64(1);
    Map<String, Integer> counts = new HashMap<>();
    int draws = 1_000_000;
    for (int i = 0; i < draws; i++) {
      counts.merge(table.draw(random), 1, Integer::sum);
    }
    // Standard deviation of each count is below 500; allow about 6 sigma.
    assertThat(counts.get("a")).isBetween(97_000, 103_000);
    assertThat(counts.get("b")).isBetween(197_000, 203_000);
    assertThat(counts.get("c")).isBetween(297_000, 303_000);
    assertThat(counts.get("d")).isBetween(397_000, 403_000);
  }

  @Test
  void zeroWeightValuesAreNeverDrawn() {
    WeightedTable table = WeightedTable.of(new String[] {"never", "always"}, new double[] {0, 5});
    SplitMix64 random = new SplitMix64(2);
    for (int i = 0; i < 100_000; i++) {
      assertThat(table.draw(random)).isEqualTo("always");
    }
  }

  @Property(tries = 200)
  void everyDrawIsAValidIndexWithPositiveWeight(
      @ForAll @Size(min = 1, max = 40) List<@DoubleRange(min = 0, max = 1e6) Double> generated,
      @ForAll long seed) {
    double[] weights = generated.stream().mapToDouble(Double::doubleValue).toArray();
    weights[0] += 1; // not all zero
    String[] values = new String[weights.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = "v" + i;
    }
    WeightedTable table = WeightedTable.of(values, weights);
    SplitMix64 random = new SplitMix64(seed);
    for (int i = 0; i < 200; i++) {
      int index = table.drawIndex(random.nextLong());
      assertThat(index).isBetween(0, weights.length - 1);
      assertThat(weights[index])
          .as("weights %s, index %d", Arrays.toString(weights), index)
          .isPositive();
    }
  }

  @Test
  void mapKeepsWeightsAndTransformsValues() {
    WeightedTable table = WeightedTable.uniform("Ab", "Cd");
    WeightedTable lower = table.map(s -> s.toLowerCase(java.util.Locale.ROOT));
    assertThat(lower.size()).isEqualTo(2);
    assertThat(lower.value(0)).isEqualTo("ab");
    long bits = 0x1234_5678_9ABC_DEF0L;
    assertThat(lower.drawIndex(bits)).isEqualTo(table.drawIndex(bits));
  }

  @Test
  void rejectsBadWeights() {
    assertThatThrownBy(() -> WeightedTable.of(new String[] {"a"}, new double[] {-1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> WeightedTable.of(new String[] {"a"}, new double[] {Double.NaN}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NaN");
    assertThatThrownBy(() -> WeightedTable.of(new String[] {"a", "b"}, new double[] {0, 0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("zero");
    assertThatThrownBy(() -> WeightedTable.of(new String[] {"a"}, new double[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 values and 2 weights");
  }

  /**
   * A table read from an ASCII file keeps only its bytes until strings are asked for; the strings
   * it makes then must be the file's values, as for a file that is not ASCII.
   */
  @Test
  void parsedTablesGiveTheValuesOfTheirFile() {
    for (String path :
        new String[] {
          "en_US/last_names", "en_US/streets", "fr_FR/first_names", "ja_JP/last_names"
        }) {
      WeightedTable table = Tables.weighted(path);
      String[] lines = Tables.list(path);
      assertThat(table.size()).as(path).isEqualTo(lines.length);
      assertThat(table.values()).as(path).containsExactly(lines);
      assertThat(table.value(lines.length - 1)).as(path).isEqualTo(lines[lines.length - 1]);
    }
  }

  /**
   * A thread that asks for a table another thread is building waits for that build: the table is
   * built once, and both get the same instance. The build is released only once the second thread
   * is parked, so a second build, had it started, would be counted.
   */
  @Test
  void aTableBeingBuiltIsAwaitedNotBuiltAgain() throws Exception {
    String key = "test:awaited:" + System.nanoTime();
    AtomicInteger builds = new AtomicInteger();
    CountDownLatch building = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Function<String, Object> slow =
        k -> {
          builds.incrementAndGet();
          building.countDown();
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return new Object();
        };
    Object[] got = new Object[2];
    Thread first = new Thread(() -> got[0] = Tables.cached(key, slow));
    first.start();
    building.await();
    Thread second = new Thread(() -> got[1] = Tables.cached(key, slow));
    second.start();
    // Parked either waiting for the first build or, were it building again, inside its own build.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (second.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    assertThat(second.getState()).isEqualTo(Thread.State.WAITING);
    release.countDown();
    first.join(10_000);
    second.join(10_000);
    assertThat(builds).hasValue(1);
    assertThat(got[1]).isNotNull().isSameAs(got[0]);
    assertThat(Tables.<Object>cached(key, slow)).isSameAs(got[0]);
    assertThat(builds).hasValue(1);
  }

  /**
   * A build that fails is not remembered: the error reaches the caller, and the next call retries.
   */
  @Test
  void aFailedBuildIsRetried() {
    String key = "test:failing:" + System.nanoTime();
    AtomicInteger builds = new AtomicInteger();
    Function<String, String> failsOnce =
        k -> {
          if (builds.incrementAndGet() == 1) {
            throw new IllegalStateException("no table today");
          }
          return "built";
        };
    assertThatThrownBy(() -> Tables.cached(key, failsOnce))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no table today");
    assertThat(Tables.cached(key, failsOnce)).isEqualTo("built");
    assertThat(Tables.cached(key, failsOnce)).isEqualTo("built");
    assertThat(builds).hasValue(2);
  }

  @Test
  void tablesAreLoadedOncePerJvm() {
    assertThat(Tables.weighted("en_US/first_names")).isSameAs(Tables.weighted("en_US/first_names"));
    assertThat(Tables.list("en_US/free_email_domains"))
        .isSameAs(Tables.list("en_US/free_email_domains"))
        .contains("gmail.com");
  }

  @Test
  void missingTableIsAClearError() {
    assertThatThrownBy(() -> Tables.weighted("xx_XX/nothing"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("/dev/forgery/data/xx_XX/nothing.txt");
  }
}
