package dev.forgery.internal.provider.text;

import dev.forgery.internal.random.RandomSource;
import dev.forgery.internal.registry.Args;
import dev.forgery.internal.registry.Defaults;
import dev.forgery.internal.registry.Generator;
import dev.forgery.internal.registry.Param;
import dev.forgery.internal.registry.ProviderDef;
import java.util.List;

/**
 * The definitions of the text providers, {@code text} also being the schema keyword; the draws are
 * in {@link Lorem}.
 */
public final class TextProviders {
  private TextProviders() {}

  /** Every text provider. */
  public static final List<ProviderDef> ALL =
      List.of(
          ProviderDef.define("word", String.class, "a word")
              .draws(locale -> Generator.of(String.class, Lorem.of(locale)::word, null)),
          ProviderDef.define("sentence", String.class, "a sentence ending with a period")
              .params(new Param("words", "int >= 1", "3 to 12"))
              .binds(
                  (locale, args) -> {
                    Lorem lorem = Lorem.of(locale);
                    if (args.size() == 0) {
                      return buffered(b -> r -> lorem.sentence(r, b));
                    }
                    int given = args.integer(0, 1);
                    int words = checked(args, () -> TextChecks.words(given));
                    return buffered(b -> r -> lorem.sentence(r, words, b));
                  }),
          ProviderDef.define("paragraph", String.class, "a paragraph of sentences")
              .params(new Param("sentences", "int >= 1", "2 to 6"))
              .binds(
                  (locale, args) -> {
                    Lorem lorem = Lorem.of(locale);
                    if (args.size() == 0) {
                      return buffered(b -> r -> lorem.paragraph(r, b));
                    }
                    int given = args.integer(0, 1);
                    int sentences = checked(args, () -> TextChecks.sentences(given));
                    return buffered(b -> r -> lorem.paragraph(r, sentences, b));
                  }),
          ProviderDef.define("text", String.class, "whole sentences of a length in characters")
              .aliases(
                  "description",
                  "bio",
                  "summary",
                  "comment",
                  "notes",
                  "note",
                  "body",
                  "content",
                  "about",
                  "remarks")
              .params(
                  new Param("minChars", "int >= 0", String.valueOf(Defaults.TEXT_MIN_CHARS)),
                  new Param("maxChars", "int >= minChars", String.valueOf(Defaults.TEXT_MAX_CHARS)))
              .binds(
                  (locale, args) -> {
                    args.expect(0, 2);
                    Lorem lorem = Lorem.of(locale);
                    int min = args.integer(0, Defaults.TEXT_MIN_CHARS);
                    int max = args.integer(1, Defaults.TEXT_MAX_CHARS);
                    checked(
                        args,
                        () -> {
                          TextChecks.chars(min, max);
                          return 0;
                        });
                    return buffered(b -> r -> lorem.text(r, min, max, b));
                  }));

  /** A draw that writes into a buffer it is given. */
  private interface Buffered {
    Generator.Single with(Lorem.Buffer buffer);
  }

  /**
   * A generator whose single draws use a new buffer each and whose columns share one buffer, the
   * same values either way.
   */
  private static Generator buffered(Buffered draw) {
    return Generator.of(
        String.class,
        r -> draw.with(new Lorem.Buffer()).next(r),
        (RandomSource r, long[] seeds, Object[] out, int at, int count) -> {
          Generator.Single single = draw.with(new Lorem.Buffer());
          for (int k = 0; k < count; k++) {
            if (seeds != null) {
              r.reseed(seeds[k]);
            }
            out[at + k] = single.next(r);
          }
        });
  }

  private static int checked(Args args, java.util.function.IntSupplier check) {
    try {
      return check.getAsInt();
    } catch (IllegalArgumentException e) {
      throw args.fail(e.getMessage());
    }
  }
}
