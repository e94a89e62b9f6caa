package dev.forgery.internal.provider.company;

import dev.forgery.internal.data.Tables;
import dev.forgery.internal.random.RandomSource;
import dev.forgery.internal.registry.Generator;
import dev.forgery.internal.registry.ProviderDef;
import java.util.List;

/**
 * The definitions of the company providers; the draws are in {@link Companies}, but for industries
 * and buzzwords, which are one pick from a table of the locale: the 148 industries of LinkedIn's
 * list and the words of business jargon ("synergize", "scalable", "ROI").
 */
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
              .draws(locale -> Generator.of(String.class, Companies.phrases(locale)::job, null)),
          ProviderDef.define("catchPhrase", String.class, "a slogan")
              .aliases("slogan", "tagline")
              .draws(
                  locale ->
                      Generator.of(String.class, Companies.phrases(locale)::catchPhrase, null)),
          ProviderDef.define(
                  "industry", String.class, "an industry such as \"Renewables & Environment\"")
              .aliases("industryName", "sector")
              .draws(locale -> table(Tables.list(locale + "/industries"))),
          ProviderDef.define("buzzword", String.class, "a business buzzword such as \"synergize\"")
              .aliases("jargon")
              .draws(locale -> table(Tables.list(locale + "/buzzwords"))));

  /** Every value of the table equally likely, one random value each. */
  private static Generator table(String[] values) {
    return Generator.of(
        String.class,
        random -> values[RandomSource.index(random.nextLong() >>> 32, values.length)],
        null,
        values);
  }
}
