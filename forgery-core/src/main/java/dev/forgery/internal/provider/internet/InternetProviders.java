package dev.forgery.internal.provider.internet;

import dev.forgery.internal.registry.Args;
import dev.forgery.internal.registry.Generator;
import dev.forgery.internal.registry.ProviderDef;
import java.util.List;

/**
 * The definitions of the email and web providers; the draws are in {@link Emails} and {@link
 * WebAddresses}.
 */
public final class InternetProviders {
  private InternetProviders() {}

  /**
   * Binds one of this family's providers by its name: one class for the thirteen, where a lambda
   * each would make thirteen classes at run time when the family's definitions are made, on the way
   * to a first email (ADR 0034).
   */
  private static final class Draw implements ProviderDef.Binder {
    private final String provider;

    Draw(String provider) {
      this.provider = provider;
    }

    @Override
    public Generator bind(String locale, Args args) {
      return draw(provider, locale);
    }
  }

  private static Generator draw(String provider, String locale) {
    switch (provider) {
      case "email":
        {
          Emails emails = Emails.of(locale);
          return Generator.of(String.class, emails::email, emails::emails);
        }
      case "username":
        {
          Emails emails = Emails.of(locale);
          return Generator.of(String.class, emails::username, emails::usernames);
        }
      case "safeEmail":
        {
          Emails emails = Emails.of(locale);
          return Generator.of(String.class, emails::safeEmail, emails::safeEmails);
        }
      case "freeEmail":
        {
          Emails emails = Emails.of(locale);
          return Generator.of(String.class, emails::freeEmail, emails::freeEmails);
        }
      case "url":
        return Generator.of(String.class, WebAddresses.of(locale)::url, null);
      case "safeUrl":
        return Generator.of(String.class, WebAddresses.of(locale)::safeUrl, null);
      case "domainName":
        return Generator.of(String.class, WebAddresses.of(locale)::domainName, null);
      case "safeDomainName":
        return Generator.of(String.class, WebAddresses.of(locale)::safeDomainName, null);
      case "ipv4":
        return Generator.of(String.class, WebAddresses::ipv4, null);
      case "safeIpv4":
        return Generator.of(String.class, WebAddresses::safeIpv4, null);
      case "ipv6":
        return Generator.of(String.class, WebAddresses::ipv6, null);
      case "safeIpv6":
        return Generator.of(String.class, WebAddresses::safeIpv6, null);
      case "macAddress":
        return Generator.of(String.class, WebAddresses::macAddress, null);
      default:
        throw new IllegalStateException("no internet provider " + provider);
    }
  }

  /** Every internet provider. */
  public static final List<ProviderDef> ALL =
      List.of(
          ProviderDef.define(
                  "email", String.class, "an address such as \"linda.garcia84@gmail.com\"")
              .aliases("mail", "emailAddress")
              .binds(new Draw("email")),
          ProviderDef.define(
                  "username", String.class, "a username such as \"linda.garcia84\" or \"lgarcia\"")
              .aliases("login", "handle", "screenName", "nickname", "nick")
              .binds(new Draw("username")),
          ProviderDef.define(
                  "safeEmail",
                  String.class,
                  "an address at example.com, example.org or example.net")
              .binds(new Draw("safeEmail")),
          ProviderDef.define("freeEmail", String.class, "an address at a free-mail provider")
              .binds(new Draw("freeEmail")),
          ProviderDef.define("url", String.class, "a URL such as \"https://www.garcia.com/blog\"")
              .aliases("website", "homepage")
              .binds(new Draw("url")),
          ProviderDef.define("safeUrl", String.class, "a URL on a reserved example domain")
              .binds(new Draw("safeUrl")),
          ProviderDef.define("domainName", String.class, "a domain such as \"garcia.com\"")
              .aliases("domain", "hostname", "host")
              .binds(new Draw("domainName")),
          ProviderDef.define("safeDomainName", String.class, "a reserved example domain")
              .binds(new Draw("safeDomainName")),
          ProviderDef.define("ipv4", String.class, "a public-looking IPv4 address")
              .aliases("ip", "ipAddress", "ipv4Address")
              .binds(new Draw("ipv4")),
          ProviderDef.define("safeIpv4", String.class, "an IPv4 address of a documentation range")
              .binds(new Draw("safeIpv4")),
          ProviderDef.define("ipv6", String.class, "an IPv6 address")
              .aliases("ipv6Address")
              .binds(new Draw("ipv6")),
          ProviderDef.define("safeIpv6", String.class, "an IPv6 address of the documentation range")
              .binds(new Draw("safeIpv6")),
          ProviderDef.define(
                  "macAddress", String.class, "a MAC address such as \"3c:22:fb:1a:0e:7d\"")
              .aliases("mac")
              .binds(new Draw("macAddress")));
}
