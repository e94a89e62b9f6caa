package dev.forgery.internal.provider.color;

import dev.forgery.internal.registry.Generator;
import dev.forgery.internal.registry.ProviderDef;
import java.util.List;

/** The definitions of the colour providers; the draws are in {@link Colors}. */
public final class ColorProviders {
  private ColorProviders() {}

  /** Every colour provider. */
  public static final List<ProviderDef> ALL =
      List.of(
          ProviderDef.define("color", String.class, "a colour name such as \"teal\"")
              .aliases("colour", "colorName")
              .draws(locale -> Generator.of(String.class, Colors.of(locale)::name, null)),
          ProviderDef.define("colorWithHex", String.class, "a colour name with its hex code")
              .draws(locale -> Generator.of(String.class, Colors.of(locale)::nameWithHex, null)),
          ProviderDef.define("hexColor", String.class, "a colour as \"#1a2b3c\"")
              .aliases("hexColour", "hex")
              .draws(locale -> Generator.of(String.class, Colors::hex, null)),
          ProviderDef.define("rgbColor", String.class, "a colour as \"rgb(26, 43, 60)\"")
              .aliases("rgbColour", "rgb")
              .draws(locale -> Generator.of(String.class, Colors::rgb, null)));
}
