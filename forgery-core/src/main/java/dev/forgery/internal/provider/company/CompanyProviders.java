package dev.forgery.internal.provider.company;

import dev.forgery.internal.registry.Generator;
import dev.forgery.internal.registry.ProviderDef;
import java.util.List;

/** The definitions of the company providers; the draws are in {@link Companies}. */
public final class CompanyProviders {
  private CompanyProviders() {}

  /** Every company provider. */
  public static final List<ProviderDef> ALL =
      List.of(
          ProviderDef.define("company", String.class, "a company name such as \"Garcia LLC\"")
              .aliases("companyName", "employer", "organization", "organisation", "business")
              .draws(locale -> Generator.of(String.class, Companies.of(locale)::company, null)),
          ProviderDef.define("job", String.class, "a job title such as \"Civil Engineer\"")
              .aliases("jobTitle", "occupation", "profession", "position")
              .draws(locale -> Generator.of(String.class, Companies.of(locale)::job, null)),
          ProviderDef.define("catchPhrase", String.class, "a slogan")
              .aliases("slogan", "tagline")
              .draws(
                  locale -> Generator.of(String.class, Companies.of(locale)::catchPhrase, null)));
}
