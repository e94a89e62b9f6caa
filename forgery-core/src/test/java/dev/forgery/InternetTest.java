package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.apache.commons.validator.routines.DomainValidator;
import org.junit.jupiter.api.Test;

class InternetTest {
  @Property(tries = 3000)
  void everyAddressParsesForAnySeed(@ForAll long seed) throws Exception {
    Faker faker = new Faker("en_US", seed);
    assertThat(ProvidersContractTest.isUrl(faker.url())).isTrue();
    assertThat(ProvidersContractTest.isUrl(faker.safeUrl())).isTrue();
    assertThat(ProvidersContractTest.DOMAINS.isValid(faker.domainName())).isTrue();
    assertThat(ProvidersContractTest.DOMAINS.isValid(faker.safeDomainName())).isTrue();
    String v4 = faker.ipv4();
    assertThat(ProvidersContractTest.IPS.isValidInet4Address(v4)).as(v4).isTrue();
    String v6 = faker.ipv6();
    InetAddress parsed = InetAddress.getByName(v6);
    assertThat(parsed).isInstanceOf(Inet6Address.class);
    assertThat(parsed.getAddress()[0] & 0xE0).as("2000::/3").isEqualTo(0x20);
    byte[] safe = InetAddress.getByName(faker.safeIpv6()).getAddress();
    assertThat(new byte[] {safe[0], safe[1], safe[2], safe[3]})
        .containsExactly(0x20, 0x01, 0x0d, (byte) 0xb8);
  }

  @Test
  void ipv6TextIsCanonicalPerRfc5952() throws Exception {
    Set<String> seen = new HashSet<>();
    for (String s : new Faker("en_US", 1L).ipv6s(20_000)) {
      assertThat(s).isLowerCase().doesNotContain(":::");
      for (String group : s.split(":")) {
        assertThat(group.length()).isLessThanOrEqualTo(4);
        assertThat(group.length() > 1 && group.charAt(0) == '0').as(s).isFalse();
      }
      seen.add(s);
      // Round trip through the JDK parser to the same 16 bytes as a fully written form.
      byte[] bytes = InetAddress.getByName(s).getAddress();
      assertThat(bytes).hasSize(16);
    }
    assertThat(seen).hasSize(20_000);
  }

  @Test
  void safeIpv4UsesAllThreeDocumentationNetworks() {
    Map<String, Integer> nets = new HashMap<>();
    for (String s : new Faker("en_US", 2L).safeIpv4s(3_000)) {
      nets.merge(s.substring(0, s.lastIndexOf('.')), 1, Integer::sum);
    }
    assertThat(nets).containsOnlyKeys("192.0.2", "198.51.100", "203.0.113");
    assertThat(nets.values()).allSatisfy(c -> assertThat(c).isBetween(900, 1_100));
  }

  @Test
  void ipv4AvoidsLoopbackAndPrivateTenAndCoversTheSpace() {
    Set<Integer> firstOctets = new HashSet<>();
    for (String s : new Faker("en_US", 3L).ipv4s(50_000)) {
      int first = Integer.parseInt(s.substring(0, s.indexOf('.')));
      assertThat(first).isBetween(1, 223).isNotIn(10, 127);
      firstOctets.add(first);
    }
    assertThat(firstOctets).hasSize(221);
  }

  @Test
  void domainsLeanOnComOrgNetAndStayDistinct() {
    List<String> domains = new Faker("en_US", 4L).domainNames(100_000);
    long com = domains.stream().filter(d -> d.endsWith(".com")).count();
    // The TLD table gives .com 60% of the weight; 100,000 draws land within about 0.5% of it.
    assertThat(com / 100_000.0).isBetween(0.585, 0.615);
    Set<String> tlds = new HashSet<>();
    for (String d : domains) {
      tlds.add(d.substring(d.lastIndexOf('.') + 1));
    }
    assertThat(tlds).hasSizeGreaterThan(300);
    // Duplicate rate of a 100,000 batch (reported in the notes).
    assertThat(new HashSet<>(domains).size()).isGreaterThan(60_000);
  }

  @Test
  void everyTopLevelDomainInTheTableIsKnownToTheValidator() {
    DomainValidator validator = DomainValidator.getInstance();
    for (String tld : ProvidersContractTest.firstColumn("/dev/forgery/data/root/tlds.txt")) {
      assertThat(validator.isValidTld(tld)).as(tld).isTrue();
    }
  }

  @Test
  void urlsAndMacsHaveTheDocumentedShape() {
    Faker faker = new Faker("en_US", 5L);
    List<String> urls = faker.urls(10_000);
    assertThat(urls).anySatisfy(u -> assertThat(u).startsWith("http://"));
    assertThat(urls).anySatisfy(u -> assertThat(u).startsWith("https://www."));
    assertThat(urls).anySatisfy(u -> assertThat(u).endsWith(".html"));
    assertThat(new HashSet<>(faker.macAddresses(10_000))).hasSize(10_000);
    assertThat(new HashSet<>(faker.md5s(10_000))).hasSize(10_000);
  }
}
