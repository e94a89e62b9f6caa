package dev.forgery.internal.provider.codes;

import dev.forgery.internal.registry.ProviderDef;
import java.util.List;

/**
 * The definitions of the providers of ISBNs, EANs, VINs, IMEIs, currency codes and strings of
 * letters or alphanumerics.
 */
public final class CodeProviders {
  private CodeProviders() {}

  /** Every provider of this domain. */
  public static final List<ProviderDef> ALL = List.of();
}
