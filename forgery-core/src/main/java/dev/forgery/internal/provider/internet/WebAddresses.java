package dev.forgery.internal.provider.internet;

import dev.forgery.internal.Digits;
import dev.forgery.internal.data.Tables;
import dev.forgery.internal.data.WeightedBytes;
import dev.forgery.internal.data.WeightedTable;
import dev.forgery.internal.random.RandomSource;
import java.nio.charset.StandardCharsets;

/**
 * Domain names, URLs, IPv4, IPv6 and MAC addresses, plus safe variants that can never reach a real
 * host.
 *
 * <p>Domain labels are lower-case surnames and common words (ASCII letters and hyphens), under IANA
 * top-level domains weighted toward com, org and net. Safe domains live under example.com,
 * example.net and example.org (reserved by RFC 2606); safe IPv4 addresses come from the RFC 5737
 * documentation networks and safe IPv6 addresses from 2001:db8::/32 (RFC 3849).
 */
public final class WebAddresses {
  private static final String[] SAFE_PARENTS = {".example.com", ".example.net", ".example.org"};

  /** Words that businesses append to a name in their domain: {@code millerlaw.com}. */
  private static final String[] BUSINESS_WORDS = {
    "group",
    "inc",
    "llc",
    "co",
    "online",
    "web",
    "shop",
    "law",
    "labs",
    "tech",
    "media",
    "studio",
    "design",
    "consulting",
    "solutions",
    "partners",
  };

  private static final String[] PATHS = {
    "app",
    "main",
    "wp-content",
    "search",
    "category",
    "tag",
    "categories",
    "tags",
    "blog",
    "posts",
    "list",
    "explore",
    "products",
    "about",
    "help",
    "docs",
  };

  private static final String[] PAGES = {
    "index",
    "home",
    "search",
    "main",
    "post",
    "homepage",
    "category",
    "register",
    "login",
    "faq",
    "about",
    "terms",
    "privacy",
    "author",
  };

  private static final String[] EXTENSIONS = {".html", ".html", ".htm", ".php", ".php", ".jsp"};

  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  /** RFC 5737 TEST-NET-1, -2 and -3, as their first three octets. */
  private static final String[] DOC_NETS = {"192.0.2.", "198.51.100.", "203.0.113."};

  /**
   * The surnames' local parts, which email addresses are made of too: the layout {@link Emails}
   * reads from the build's stored image, not 88,799 surnames lowercased again here.
   */
  private final WeightedBytes lastNames;

  private final WeightedTable tlds;
  private final String[] words;

  private WebAddresses(String locale) {
    this.lastNames = Emails.of(locale).surnames();
    this.tlds = Tables.weighted(locale + "/tlds");
    String[] lorem = Tables.list(locale + "/lorem_words");
    String[] lower = new String[lorem.length];
    for (int i = 0; i < lorem.length; i++) {
      lower[i] = Emails.localPart(lorem[i]);
    }
    this.words = lower;
  }

  /**
   * Returns the shared tables of a locale.
   *
   * @param locale a supported locale tag such as {@code en_US}
   * @return the shared instance
   */
  public static WebAddresses of(String locale) {
    return Tables.cached("web:" + locale, key -> new WebAddresses(locale));
  }

  /**
   * Draws a registrable domain name such as {@code garcia.com} or {@code miller-lee.net}.
   *
   * @param random consumes four values
   * @return the domain
   */
  public String domainName(RandomSource random) {
    return label(random) + '.' + tlds.draw(random);
  }

  /**
   * Draws a domain under example.com, example.net or example.org.
   *
   * @param random consumes four values
   * @return a domain such as {@code garcia.example.org}
   */
  public String safeDomainName(RandomSource random) {
    String label = label(random);
    return label + SAFE_PARENTS[RandomSource.index(random.nextLong() >>> 32, 3)];
  }

  /** One label from three draws: pattern, and two picks of which only the needed are used. */
  private String label(RandomSource random) {
    long bits = random.nextLong();
    int a = lastNames.draw(random.nextLong());
    int b = lastNames.draw(random.nextLong());
    int pattern = (int) (bits >>> 58); // 0..63
    if (pattern < 29) {
      return lastNames.string(a);
    }
    if (pattern < 42) {
      return lastNames.string(a) + '-' + lastNames.string(b);
    }
    if (pattern < 54) {
      return lastNames.string(a) + BUSINESS_WORDS[(int) (bits & 0xF)];
    }
    // Bits 26..57 and 0..25 pick the two words.
    return words[RandomSource.index((bits >>> 26) & 0xFFFF_FFFFL, words.length)]
        + words[(int) (((bits & 0x3FF_FFFFL) * words.length) >>> 26)];
  }

  /**
   * Draws an http or https URL on a random domain.
   *
   * @param random consumes six values
   * @return a URL such as {@code https://www.garcia.com/blog/index.html}
   */
  public String url(RandomSource random) {
    String domain = domainName(random);
    return url(random, domain);
  }

  /**
   * Draws an http or https URL on a safe domain.
   *
   * @param random consumes six values
   * @return a URL such as {@code https://garcia.example.com/}
   */
  public String safeUrl(RandomSource random) {
    String domain = safeDomainName(random);
    return url(random, domain);
  }

  private String url(RandomSource random, String domain) {
    long bits = random.nextLong();
    String scheme = (bits & 0xF) < 2 ? "http://" : "https://";
    String host = ((bits >>> 4) & 1) == 0 ? "www." + domain : domain;
    int kind = (int) ((bits >>> 5) & 0x7);
    String path = PATHS[(int) ((bits >>> 8) & 0xF)];
    long more = random.nextLong();
    switch (kind) {
      case 0:
      case 1:
      case 2:
        return scheme + host + '/';
      case 3:
      case 4:
        return scheme + host + '/' + path;
      case 5:
        return scheme
            + host
            + '/'
            + path
            + '/'
            + PAGES[RandomSource.index(more >>> 32, PAGES.length)]
            + EXTENSIONS[RandomSource.index(more & 0xFFFF_FFFFL, EXTENSIONS.length)];
      default:
        return scheme
            + host
            + '/'
            + path
            + '/'
            + words[RandomSource.index(more >>> 32, words.length)]
            + '-'
            + words[RandomSource.index(more & 0xFFFF_FFFFL, words.length)];
    }
  }

  /**
   * Draws a public-looking IPv4 address: first octet 1 to 223, never 10 or 127.
   *
   * @param random consumes one value (rarely more)
   * @return a dotted quad such as {@code 93.184.216.34}
   */
  public static String ipv4(RandomSource random) {
    long bits = random.nextLong();
    int first = 1 + (int) (((bits >>> 32) * 223) >>> 32);
    while (first == 10 || first == 127) {
      bits = random.nextLong();
      first = 1 + (int) (((bits >>> 32) * 223) >>> 32);
    }
    byte[] out = new byte[15];
    int pos = Digits.decimal(out, 0, first);
    for (int shift = 16; shift >= 0; shift -= 8) {
      out[pos++] = '.';
      pos = Digits.decimal(out, pos, (int) (bits >>> shift) & 0xFF);
    }
    return new String(out, 0, pos, StandardCharsets.ISO_8859_1);
  }

  /**
   * Draws an IPv4 address from the documentation networks 192.0.2.0/24, 198.51.100.0/24 and
   * 203.0.113.0/24 (RFC 5737).
   *
   * @param random consumes one value
   * @return an address such as {@code 198.51.100.23}
   */
  public static String safeIpv4(RandomSource random) {
    long bits = random.nextLong();
    return DOC_NETS[RandomSource.index(bits >>> 32, 3)] + (int) (bits & 0xFF);
  }

  /**
   * Draws a global unicast IPv6 address (2000::/3) in the canonical text form of RFC 5952.
   *
   * @param random consumes two values
   * @return an address such as {@code 2a03:2880:f12f:83:face:b00c:0:25de}
   */
  public static String ipv6(RandomSource random) {
    long high = (random.nextLong() & 0x1FFF_FFFF_FFFF_FFFFL) | 0x2000_0000_0000_0000L;
    return ipv6(high, random.nextLong());
  }

  /**
   * Draws an IPv6 address in the documentation prefix 2001:db8::/32 (RFC 3849), RFC 5952 form.
   *
   * @param random consumes two values
   * @return an address such as {@code 2001:db8:85a3:8d3:1319:8a2e:370:7348}
   */
  public static String safeIpv6(RandomSource random) {
    long high = (random.nextLong() & 0xFFFF_FFFFL) | 0x2001_0DB8_0000_0000L;
    return ipv6(high, random.nextLong());
  }

  /** Formats 128 bits per RFC 5952: lower case, no leading zeros, longest zero run as "::". */
  static String ipv6(long high, long low) {
    int[] groups = new int[8];
    for (int i = 0; i < 4; i++) {
      groups[i] = (int) (high >>> (48 - 16 * i)) & 0xFFFF;
      groups[4 + i] = (int) (low >>> (48 - 16 * i)) & 0xFFFF;
    }
    // The longest run of two or more zero groups, the first one on a tie.
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8; ) {
      if (groups[i] != 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < 8 && groups[j] == 0) {
        j++;
      }
      if (j - i > bestLength) {
        bestStart = i;
        bestLength = j - i;
      }
      i = j;
    }
    byte[] out = new byte[39];
    int pos = 0;
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        out[pos++] = ':';
        out[pos++] = ':';
        i += bestLength - 1;
        continue;
      }
      if (pos != 0 && out[pos - 1] != ':') {
        out[pos++] = ':';
      }
      int g = groups[i];
      boolean started = false;
      for (int shift = 12; shift >= 0; shift -= 4) {
        int d = (g >>> shift) & 0xF;
        if (d != 0 || started || shift == 0) {
          out[pos++] = HEX[d];
          started = true;
        }
      }
    }
    return new String(out, 0, pos, StandardCharsets.ISO_8859_1);
  }

  /**
   * Draws a unicast, universally administered MAC address in lower-case colon notation.
   *
   * @param random consumes one value
   * @return an address such as {@code 3c:22:fb:0a:91:7e}
   */
  public static String macAddress(RandomSource random) {
    long bits = random.nextLong() & ~0x0300_0000_0000L; // clear the multicast and local bits
    byte[] out = new byte[17];
    for (int i = 0; i < 6; i++) {
      int b = (int) (bits >>> (40 - 8 * i)) & 0xFF;
      out[3 * i] = HEX[b >>> 4];
      out[3 * i + 1] = HEX[b & 0xF];
      if (i < 5) {
        out[3 * i + 2] = ':';
      }
    }
    return new String(out, StandardCharsets.ISO_8859_1);
  }
}
