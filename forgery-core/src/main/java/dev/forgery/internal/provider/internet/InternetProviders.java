package dev.forgery.internal.provider.internet;

import dev.forgery.internal.registry.Generator;
import dev.forgery.internal.registry.ProviderDef;
import java.util.List;

/**
 * The definitions of the email and web providers; the draws are in {@link Emails} and {@link
 * WebAddresses}.
 */
public final class InternetProviders {
  private InternetProviders() {}

  /** Every internet provider. */
  public static final List<ProviderDef> ALL =
      List.of(
          ProviderDef.define(
                  "email", String.class, "an address such as \"linda.garcia84@gmail.com\"")
              .aliases("mail", "emailAddress")
              .draws(
                  locale -> {
                    Emails emails = Emails.of(locale);
                    return Generator.of(String.class, emails::email, emails::emails);
                  }),
          ProviderDef.define(
                  "username", String.class, "a username such as \"linda.garcia84\" or \"lgarcia\"")
              .aliases("login", "handle", "screenName", "nickname", "nick")
              .draws(
                  locale -> {
                    Emails emails = Emails.of(locale);
                    return Generator.of(String.class, emails::username, emails::usernames);
                  }),
          ProviderDef.define(
                  "safeEmail",
                  String.class,
                  "an address at example.com, example.org or example.net")
              .draws(
                  locale -> {
                    Emails emails = Emails.of(locale);
                    return Generator.of(String.class, emails::safeEmail, emails::safeEmails);
                  }),
          ProviderDef.define("freeEmail", String.class, "an address at a free-mail provider")
              .draws(
                  locale -> {
                    Emails emails = Emails.of(locale);
                    return Generator.of(String.class, emails::freeEmail, emails::freeEmails);
                  }),
          ProviderDef.define("url", String.class, "a URL such as \"https://www.garcia.com/blog\"")
              .aliases("website", "homepage")
              .draws(locale -> Generator.of(String.class, WebAddresses.of(locale)::url, null)),
          ProviderDef.define("safeUrl", String.class, "a URL on a reserved example domain")
              .draws(locale -> Generator.of(String.class, WebAddresses.of(locale)::safeUrl, null)),
          ProviderDef.define("domainName", String.class, "a domain such as \"garcia.com\"")
              .aliases("domain", "hostname", "host")
              .draws(
                  locale -> Generator.of(String.class, WebAddresses.of(locale)::domainName, null)),
          ProviderDef.define("safeDomainName", String.class, "a reserved example domain")
              .draws(
                  locale ->
                      Generator.of(String.class, WebAddresses.of(locale)::safeDomainName, null)),
          ProviderDef.define("ipv4", String.class, "a public-looking IPv4 address")
              .aliases("ip", "ipAddress", "ipv4Address")
              .draws(locale -> Generator.of(String.class, WebAddresses::ipv4, null)),
          ProviderDef.define("safeIpv4", String.class, "an IPv4 address of a documentation range")
              .draws(locale -> Generator.of(String.class, WebAddresses::safeIpv4, null)),
          ProviderDef.define("ipv6", String.class, "an IPv6 address")
              .aliases("ipv6Address")
              .draws(locale -> Generator.of(String.class, WebAddresses::ipv6, null)),
          ProviderDef.define("safeIpv6", String.class, "an IPv6 address of the documentation range")
              .draws(locale -> Generator.of(String.class, WebAddresses::safeIpv6, null)),
          ProviderDef.define(
                  "macAddress", String.class, "a MAC address such as \"3c:22:fb:1a:0e:7d\"")
              .aliases("mac")
              .draws(locale -> Generator.of(String.class, WebAddresses::macAddress, null)));
}
