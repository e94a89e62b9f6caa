package dev.forgery.internal.provider.identifiers;

import dev.forgery.internal.registry.Generator;
import dev.forgery.internal.registry.ProviderDef;
import java.util.List;
import java.util.UUID;

/**
 * The definitions of the identifier providers; the draws are in {@link Identifiers} and {@link
 * HexDigests}.
 */
public final class IdentifierProviders {
  private IdentifierProviders() {}

  /** Every identifier provider. */
  public static final List<ProviderDef> ALL =
      List.of(
          ProviderDef.define("uuid", UUID.class, "a version 4, variant 2 UUID")
              .aliases("id", "guid")
              .draws(locale -> Generator.of(UUID.class, Identifiers::uuid, Identifiers::uuids)),
          ProviderDef.define("md5", String.class, "32 hex digits")
              .draws(locale -> Generator.of(String.class, HexDigests::md5, null)),
          ProviderDef.define("sha256", String.class, "64 hex digits")
              .aliases("sha", "hash", "checksum")
              .draws(locale -> Generator.of(String.class, HexDigests::sha256, null)));
}
