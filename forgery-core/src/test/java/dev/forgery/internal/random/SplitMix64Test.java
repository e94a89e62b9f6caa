package dev.forgery.internal.random;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class SplitMix64Test {

  @Test
  void matchesTheReferenceSequenceForSeedZero() {
    // First outputs of the reference C implementation (Vigna, splitmix64.c) with x = 0.
    SplitMix64 random = new SplitMix64(0);
    assertThat(random.nextLong()).isEqualTo(0xE220A8397B1DCDAFL);
    assertThat(random.nextLong()).isEqualTo(0x6E789E6AA1B965F4L);
    assertThat(random.nextLong()).isEqualTo(0x06C45D188009454FL);
  }

  @Test
  void reseedRestartsTheSequence() {
    SplitMix64 random = new SplitMix64(99);
    long first = random.nextLong();
    random.nextLong();
    random.reseed(99);
    assertThat(random.nextLong()).isEqualTo(first);
  }

  @Property(tries = 200)
  void atomicVariantGivesTheSameSequence(@ForAll long seed) {
    SplitMix64 plain = new SplitMix64(seed);
    AtomicSplitMix64 atomic = new AtomicSplitMix64(seed);
    for (int i = 0; i < 20; i++) {
      assertThat(atomic.nextLong()).isEqualTo(plain.nextLong());
    }
    atomic.reseed(seed);
    plain.reseed(seed);
    assertThat(atomic.nextLong()).isEqualTo(plain.nextLong());
  }

  @Property(tries = 500)
  void boundedValuesStayBelowTheBound(
      @ForAll long seed, @ForAll @LongRange(min = 1, max = 0x1_0000_0000L) long bound) {
    SplitMix64 random = new SplitMix64(seed);
    for (int i = 0; i < 50; i++) {
      assertThat(random.nextBounded(bound)).isBetween(0L, bound - 1);
    }
  }

  /** The batch loops keep their state in a local; they must not change a single value. */
  @Property(tries = 300)
  void batchesEqualRepeatedSingleDraws(
      @ForAll long seed,
      @ForAll("bounds") long bound,
      @ForAll int min,
      @ForAll @IntRange(max = 300) int n) {
    SplitMix64 batch = new SplitMix64(seed);
    SplitMix64 singles = new SplitMix64(seed);
    int[] ints = new int[n];
    batch.nextBoundedInts(ints, min, bound);
    for (int i = 0; i < n; i++) {
      assertThat(ints[i]).isEqualTo((int) (min + singles.nextBounded(bound)));
    }
    long[] longs = new long[n + 2];
    batch.nextLongs(longs, 1, n + 1);
    for (int i = 1; i <= n; i++) {
      assertThat(longs[i]).isEqualTo(singles.nextLong());
    }
    assertThat(longs[0]).isZero();
    assertThat(longs[n + 1]).isZero();
    // Both consumed the same number of draws, rejections included.
    assertThat(batch.nextLong()).isEqualTo(singles.nextLong());
  }

  /** A column's seeded draws must equal reseeding and drawing cell by cell, in both generators. */
  @Property(tries = 200)
  void seededBatchesEqualReseedingBeforeEachCell(
      @ForAll long[] seeds,
      @ForAll @IntRange(min = 1, max = 5) int perSeed,
      @ForAll @IntRange(max = 3) int skip) {
    int from = Math.min(skip, seeds.length);
    int count = seeds.length - from;
    for (RandomSource batch : new RandomSource[] {new SplitMix64(1), new AtomicSplitMix64(1)}) {
      SplitMix64 singles = new SplitMix64(1);
      long[] out = new long[count * perSeed + 1];
      batch.nextLongs(seeds, from, count, perSeed, out);
      for (int k = 0; k < count; k++) {
        singles.reseed(seeds[from + k]);
        for (int j = 0; j < perSeed; j++) {
          assertThat(out[k * perSeed + j]).isEqualTo(singles.nextLong());
        }
      }
      assertThat(out[count * perSeed]).isZero();
      // The generator is left where the last cell's draws left it.
      assertThat(batch.nextLong()).isEqualTo(singles.nextLong());
      // Without seeds the values continue the sequence.
      batch.nextLongs(null, from, count, perSeed, out);
      for (int v = 0; v < count * perSeed; v++) {
        assertThat(out[v]).isEqualTo(singles.nextLong());
      }
      assertThat(batch.nextLong()).isEqualTo(singles.nextLong());
    }
  }

  @Provide
  Arbitrary<Long> bounds() {
    // Bounds just above a power of two reject almost half of all draws: the retry path runs.
    return Arbitraries.oneOf(
        Arbitraries.longs().between(1, 0x1_0000_0000L),
        Arbitraries.of(1L, 2L, 3L << 30, (1L << 31) + 1, 0xFFFF_FFFFL, 0x1_0000_0000L));
  }

  @Property(tries = 100)
  void theSharedGeneratorsBatchesEqualItsSingleDraws(
      @ForAll long seed, @ForAll @IntRange(max = 100) int n) {
    AtomicSplitMix64 batch = new AtomicSplitMix64(seed);
    SplitMix64 singles = new SplitMix64(seed);
    int[] ints = new int[n];
    batch.nextBoundedInts(ints, -5, 11);
    long[] longs = new long[n];
    batch.nextLongs(longs, 0, n);
    for (int i = 0; i < n; i++) {
      assertThat(ints[i]).isEqualTo((int) (-5 + singles.nextBounded(11)));
    }
    for (int i = 0; i < n; i++) {
      assertThat(longs[i]).isEqualTo(singles.nextLong());
    }
  }

  @Test
  void boundedValuesAreUniformForAnAwkwardBound() {
    // 3 * 2^30 is the bound where plain multiply-shift would be most biased; rejection fixes it.
    long bound = 3L << 30;
    SplitMix64 random = new SplitMix64(7);
    int[] thirds = new int[3];
    int draws = 300_000;
    for (int i = 0; i < draws; i++) {
      thirds[(int) (random.nextBounded(bound) / (1L << 30))]++;
    }
    for (int third : thirds) {
      assertThat(third).isBetween(draws / 3 - 1500, draws / 3 + 1500);
    }
  }

  @Test
  void nextDoubleIsInTheUnitInterval() {
    SplitMix64 random = new SplitMix64(3);
    double sum = 0;
    for (int i = 0; i < 100_000; i++) {
      double d = random.nextDouble();
      assertThat(d).isGreaterThanOrEqualTo(0.0).isLessThan(1.0);
      sum += d;
    }
    assertThat(sum / 100_000).isBetween(0.49, 0.51);
  }

  @Test
  void mixIsABijectionOnSmallInputs() {
    java.util.Set<Long> seen = new java.util.HashSet<>();
    for (long i = 0; i < 10_000; i++) {
      seen.add(SplitMix64.mix64(i));
    }
    assertThat(seen).hasSize(10_000);
  }
}
