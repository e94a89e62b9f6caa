package dev.forgery.internal.provider.web;

import dev.forgery.internal.registry.Args;
import dev.forgery.internal.registry.Generator;
import dev.forgery.internal.registry.Param;
import dev.forgery.internal.registry.ProviderDef;
import java.util.List;

/**
 * The definitions of the providers of passwords, file names and extensions, MIME types, slugs and
 * user agents; the draws are in {@link Passwords}, {@link FileTypes}, {@link Slugs} and {@link
 * UserAgents}.
 */
public final class WebProviders {
  private WebProviders() {}

  /** Every provider of this domain. */
  public static final List<ProviderDef> ALL =
      List.of(
          ProviderDef.define(
                  "password",
                  String.class,
                  "a password meeting a policy: by default 12 to 16 characters with lower case,"
                      + " upper case, digits and symbols")
              .aliases("passwd", "pwd")
              .params(
                  new Param(
                      "minLength",
                      "int, the number of required classes.." + Passwords.MAX_LENGTH,
                      String.valueOf(Passwords.DEFAULT_MIN)),
                  new Param(
                      "maxLength",
                      "int minLength.." + Passwords.MAX_LENGTH,
                      String.valueOf(Passwords.DEFAULT_MAX)),
                  new Param("upper", "boolean: require upper case, or use none", "true"),
                  new Param("digits", "boolean: require digits, or use none", "true"),
                  new Param("symbols", "boolean: require symbols, or use none", "true"))
              .binds((locale, args) -> passwords(args)),
          ProviderDef.define("fileName", String.class, "a file name such as \"annual_report.pdf\"")
              .draws(
                  locale -> {
                    FileTypes types = FileTypes.shared();
                    Slugs slugs = Slugs.of(locale);
                    return Generator.of(String.class, r -> types.fileName(r, slugs), null);
                  }),
          ProviderDef.define("fileExtension", String.class, "a file extension such as \"pdf\"")
              .aliases("extension", "fileExt")
              .draws(
                  locale -> {
                    FileTypes types = FileTypes.shared();
                    return Generator.of(String.class, types::extension, null, types.extensions());
                  }),
          ProviderDef.define(
                  "mimeType", String.class, "an IANA media type such as \"application/pdf\"")
              .aliases("contentType", "mediaType", "mime")
              .draws(
                  locale -> {
                    FileTypes types = FileTypes.shared();
                    return Generator.of(String.class, types::mediaType, null, types.mediaTypes());
                  }),
          ProviderDef.define("slug", String.class, "a URL slug such as \"quick-brown-fox\"")
              .draws(
                  locale -> {
                    Slugs slugs = Slugs.of(locale);
                    return Generator.of(String.class, slugs::slug, null);
                  }),
          ProviderDef.define("userAgent", String.class, "a current browser's User-Agent string")
              .aliases("ua")
              .draws(
                  locale -> {
                    UserAgents agents = UserAgents.shared();
                    return Generator.of(
                        String.class, agents::userAgent, agents::userAgents, agents.values());
                  }));

  private static Generator passwords(Args args) {
    args.expect(0, 2, 3, 4, 5);
    int min = args.integer(0, Passwords.DEFAULT_MIN);
    int max = args.integer(1, Passwords.DEFAULT_MAX);
    boolean upper = flag(args, 2, "upper");
    boolean digits = flag(args, 3, "digits");
    boolean symbols = flag(args, 4, "symbols");
    int required = Passwords.minimum(upper, digits, symbols);
    if (min < required || min > Passwords.MAX_LENGTH) {
      throw args.fail(
          "minLength must be between "
              + required
              + " and "
              + Passwords.MAX_LENGTH
              + " (one character of each required class: "
              + Passwords.classes(upper, digits, symbols)
              + "), got "
              + min);
    }
    if (max < min || max > Passwords.MAX_LENGTH) {
      throw args.fail(
          "maxLength must be between minLength ("
              + min
              + ") and "
              + Passwords.MAX_LENGTH
              + ", got "
              + max);
    }
    Passwords policy = new Passwords(min, max, upper, digits, symbols);
    return Generator.of(String.class, policy::draw, policy::draws);
  }

  /**
   * Reads a boolean argument: a {@link Boolean}, or {@code "true"} or {@code "false"} as written in
   * annotations; {@code true} when not given.
   */
  private static boolean flag(Args args, int index, String name) {
    if (index >= args.size()) {
      return true;
    }
    Object value = args.all().get(index);
    if (value instanceof Boolean) {
      return (Boolean) value;
    }
    if (value instanceof String) {
      String text = ((String) value).trim();
      if (text.equalsIgnoreCase("true")) {
        return true;
      }
      if (text.equalsIgnoreCase("false")) {
        return false;
      }
    }
    throw args.fail(name + " must be true or false, got " + Args.describe(value));
  }
}
