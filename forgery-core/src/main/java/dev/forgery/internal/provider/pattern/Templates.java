package dev.forgery.internal.provider.pattern;

import dev.forgery.internal.Suggestions;
import dev.forgery.internal.random.RandomSource;
import dev.forgery.internal.registry.Generator;
import dev.forgery.internal.registry.Lookup;
import dev.forgery.internal.registry.ProviderDef;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills templates such as {@code "#{first_name} <#{safe_email}>"}: each {@code #{...}} is replaced
 * by a value of the provider it names, everything else is kept.
 *
 * <ul>
 *   <li>{@code #{name}}: any provider of the lookup, built-in or custom, in any spelling ({@code
 *       first_name}, {@code firstName}). A dotted name keeps its last part, so Datafaker's {@code
 *       #{Name.first_name}} works.
 *   <li>{@code #{name arg, arg}}: arguments after the name, separated by commas, each bare or in
 *       single or double quotes, read as text as in annotations ({@code #{int 18, 65}}, {@code
 *       #{numerify '###-##'}}).
 * </ul>
 *
 * <p>Each placeholder draws from the same source in order, so a template's values follow the seed.
 */
public final class Templates {
  private Templates() {}

  /** A compiled template: literal text and generators, in order. */
  public static final class Template {
    private final String[] literals;
    private final Generator[] generators;

    private Template(List<String> literals, List<Generator> generators) {
      this.literals = literals.toArray(new String[0]);
      this.generators = generators.toArray(new Generator[0]);
    }

    /**
     * Draws one filled template.
     *
     * @param random the source every placeholder draws from, in order
     * @return the text
     */
    public String draw(RandomSource random) {
      StringBuilder out = new StringBuilder(literals[0]);
      for (int i = 0; i < generators.length; i++) {
        out.append(generators[i].next(random)).append(literals[i + 1]);
      }
      return out.toString();
    }
  }

  /**
   * Compiles a template against the providers of a lookup.
   *
   * @param template the template
   * @param lookup the providers placeholders may name
   * @return the compiled template
   * @throws IllegalArgumentException if the template is null, a placeholder is not closed, or names
   *     an unknown provider (the message suggests the closest names) or wrong arguments
   */
  public static Template compile(String template, Lookup lookup) {
    if (template == null) {
      throw new IllegalArgumentException("template must not be null");
    }
    List<String> literals = new ArrayList<>();
    List<Generator> generators = new ArrayList<>();
    int from = 0;
    while (true) {
      int open = template.indexOf("#{", from);
      if (open < 0) {
        literals.add(template.substring(from));
        return new Template(literals, generators);
      }
      int close = template.indexOf('}', open + 2);
      if (close < 0) {
        throw new IllegalArgumentException(
            "template \""
                + template
                + "\": the placeholder at index "
                + open
                + " is not closed by '}'");
      }
      literals.add(template.substring(from, open));
      generators.add(placeholder(template, template.substring(open + 2, close).strip(), lookup));
      from = close + 1;
    }
  }

  private static Generator placeholder(String template, String body, Lookup lookup) {
    int space = body.indexOf(' ');
    String name = space < 0 ? body : body.substring(0, space);
    String rest = space < 0 ? "" : body.substring(space + 1).strip();
    String where = "template \"" + template + "\", #{" + body + "}";
    if (name.isEmpty()) {
      throw new IllegalArgumentException(where + ": the placeholder names no provider");
    }
    String key = name.substring(name.lastIndexOf('.') + 1);
    ProviderDef def = lookup.find(key);
    if (def == null) {
      List<String> close = Suggestions.closestNames(key, lookup.names());
      throw new IllegalArgumentException(
          where
              + ": '"
              + key
              + "' is not a known provider"
              + (close.isEmpty() ? "" : "; did you mean " + String.join(", ", close) + "?"));
    }
    return def.bindText(lookup, arguments(rest, where), where);
  }

  /** Splits {@code a, 'b c', "d"} into its arguments. */
  private static List<String> arguments(String text, String where) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == ',' || c == ' ') {
        i++;
        continue;
      }
      if (c == '\'' || c == '"') {
        int end = text.indexOf(c, i + 1);
        if (end < 0) {
          throw new IllegalArgumentException(where + ": the quote at " + i + " is not closed");
        }
        out.add(text.substring(i + 1, end));
        i = end + 1;
      } else {
        int end = i;
        while (end < text.length() && text.charAt(end) != ',') {
          end++;
        }
        out.add(text.substring(i, end).strip());
        i = end;
      }
    }
    return out;
  }
}
