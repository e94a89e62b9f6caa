package dev.forgery.internal.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A table-backed generator lists its domain (every distinct value, sorted) only when a unique batch
 * or a size check asks for it, and once: listing the cities of 41,000 ZIP rows cost every first
 * binding of {@code city} before.
 */
class GeneratorDomainTest {
  @Test
  void theDomainIsListedOnFirstUseOnly() {
    AtomicInteger listed = new AtomicInteger();
    Generator gen =
        Generator.of(
            String.class,
            random -> "b",
            null,
            () -> {
              listed.incrementAndGet();
              return new Object[] {"a", "b", "c"};
            });

    assertThat(gen.next(new dev.forgery.internal.random.SplitMix64(1))).isEqualTo("b");
    assertThat(listed).hasValue(0);

    assertThat(gen.domainSize()).isEqualTo(3);
    assertThat(gen.valueAt(2)).isEqualTo("c");
    assertThat(gen.valueAt(0)).isEqualTo("a");
    assertThat(listed).hasValue(1);
  }

  @Test
  void aGeneratorWithoutADomainSaysSo() {
    Generator gen = Generator.of(String.class, random -> "x", null);
    assertThat(gen.domainSize()).isEqualTo(-1);
    Generator listed = Generator.of(String.class, random -> "x", null, new Object[] {"x"});
    assertThat(listed.domainSize()).isEqualTo(1);
    assertThat(listed.valueAt(0)).isEqualTo("x");
  }
}
