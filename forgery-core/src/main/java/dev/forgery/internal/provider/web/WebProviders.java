package dev.forgery.internal.provider.web;

import dev.forgery.internal.registry.ProviderDef;
import java.util.List;

/**
 * The definitions of the providers of passwords, file names and extensions, MIME types, slugs and
 * user agents.
 */
public final class WebProviders {
  private WebProviders() {}

  /** Every provider of this domain. */
  public static final List<ProviderDef> ALL = List.of();
}
