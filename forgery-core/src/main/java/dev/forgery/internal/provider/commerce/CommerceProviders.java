package dev.forgery.internal.provider.commerce;

import dev.forgery.internal.registry.ProviderDef;
import java.util.List;

/**
 * The definitions of the providers of products, departments, materials, prices and promotion codes.
 */
public final class CommerceProviders {
  private CommerceProviders() {}

  /** Every provider of this domain. */
  public static final List<ProviderDef> ALL = List.of();
}
