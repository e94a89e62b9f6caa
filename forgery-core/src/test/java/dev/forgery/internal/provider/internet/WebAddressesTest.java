package dev.forgery.internal.provider.internet;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.ByteBuffer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class WebAddressesTest {
  @Test
  void ipv6FollowsTheRfc5952Examples() {
    assertThat(WebAddresses.ipv6(0x2001_0db8_0000_0000L, 0x0000_0000_0000_0001L))
        .isEqualTo("2001:db8::1");
    // A single zero group is not compressed.
    assertThat(WebAddresses.ipv6(0x2001_0db8_0000_0001L, 0x0001_0001_0001_0001L))
        .isEqualTo("2001:db8:0:1:1:1:1:1");
    // The longest run wins; on a tie, the first.
    assertThat(WebAddresses.ipv6(0x2001_0000_0000_0001L, 0x0000_0000_0000_0001L))
        .isEqualTo("2001:0:0:1::1");
    assertThat(WebAddresses.ipv6(0x2001_0db8_0000_0000L, 0x0001_0000_0000_0001L))
        .isEqualTo("2001:db8::1:0:0:1");
    assertThat(WebAddresses.ipv6(0L, 0L)).isEqualTo("::");
    assertThat(WebAddresses.ipv6(0L, 1L)).isEqualTo("::1");
    assertThat(WebAddresses.ipv6(0x2001_0db8_0000_0000L, 0L)).isEqualTo("2001:db8::");
    assertThat(WebAddresses.ipv6(0xABCD_0000_0000_0000L, 0x0000_0000_0000_00EFL))
        .isEqualTo("abcd::ef");
  }

  @Property(tries = 3000)
  void ipv6TextRoundTripsThroughTheJdk(@ForAll long high, @ForAll long low) throws Exception {
    // Sparse values exercise the zero-run compression; the first group stays in 2000::/3 as the
    // providers' does (the JDK turns ::ffff:0:0/96 text into IPv4 addresses).
    long h = (high & 0x1FFF_0000_FFFF_0000L) | 0x2000_0000_0000_0000L;
    long l = low & 0x0000_FFFF_0000_0000L;
    String text = WebAddresses.ipv6(h, l);
    byte[] bytes = InetAddress.getByName(text).getAddress();
    ByteBuffer expected = ByteBuffer.allocate(16).putLong(h).putLong(l);
    assertThat(bytes).containsExactly(expected.array());
    assertThat(text.indexOf("::")).isEqualTo(text.lastIndexOf("::"));
  }
}
