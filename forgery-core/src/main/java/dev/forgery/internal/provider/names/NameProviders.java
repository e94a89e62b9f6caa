package dev.forgery.internal.provider.names;

import dev.forgery.internal.data.Tables;
import dev.forgery.internal.data.WeightedTable;
import dev.forgery.internal.registry.Generator;
import dev.forgery.internal.registry.ProviderDef;
import java.util.List;

/** The definitions of the name providers; the draws are in {@link Names}. */
public final class NameProviders {
  private NameProviders() {}

  /** Every name provider. */
  public static final List<ProviderDef> ALL =
      List.of(
          ProviderDef.define("name", String.class, "a full name such as \"Linda Garcia\"")
              .aliases("fullName")
              .draws(
                  locale -> {
                    Names names = Names.of(locale);
                    return Generator.of(String.class, names::name, names::names);
                  }),
          ProviderDef.define("firstName", String.class, "a first name such as \"Linda\"")
              .aliases("givenName", "forename")
              .draws(
                  locale -> {
                    Names names = Names.of(locale);
                    WeightedTable table = names.firstNames();
                    return Generator.of(String.class, table::draw, table::fill, table.values());
                  }),
          ProviderDef.define("lastName", String.class, "a surname such as \"Garcia\"")
              .aliases("surname", "familyName")
              .draws(
                  locale -> {
                    Names names = Names.of(locale);
                    WeightedTable table = names.lastNames();
                    return Generator.of(String.class, table::draw, table::fill, table.values());
                  }),
          // Editorial weights per 1,000 adults (tools/data/WebTables.java): Mr. 470, Mrs. 190,
          // Ms. 180, Miss 80, Dr. 50, Mx., Prof. and Rev. 10 each.
          ProviderDef.define("namePrefix", String.class, "a name prefix such as \"Mr.\" or \"Dr.\"")
              .aliases("prefix", "honorific", "salutation")
              .draws(
                  locale -> {
                    WeightedTable prefixes = Tables.weighted(locale + "/name_prefixes");
                    return Generator.of(
                        String.class, prefixes::draw, prefixes::fill, prefixes.values());
                  }));
}
