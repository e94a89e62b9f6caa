package dev.forgery;

import java.util.List;

/**
 * Thrown when a name stands for no provider: the unknown name, the closest known names and every
 * known name, as values a caller can use (an IDE plugin, a test extension, a command line) rather
 * than text to parse.
 *
 * <pre>{@code
 * try {
 *   faker.generate("emial");
 * } catch (UnknownProviderException e) {
 *   List<String> fixes = e.suggestions(); // [email]
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class UnknownProviderException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The name that was not found. */
  private final String name;

  /** Up to three known names close to it; {@code List.copyOf} lists serialize. */
  @SuppressWarnings("serial")
  private final List<String> suggestions;

  /** Every known provider name; {@code List.copyOf} lists serialize. */
  @SuppressWarnings("serial")
  private final List<String> providers;

  UnknownProviderException(
      String problem, String name, List<String> suggestions, List<String> providers) {
    super(
        problem
            + (suggestions.isEmpty()
                ? ""
                : suggestions.size() == 1
                    ? "; did you mean '" + suggestions.get(0) + "'?"
                    : "; did you mean one of " + suggestions + "?")
            + "; known providers: "
            + providers);
    this.name = name;
    this.suggestions = List.copyOf(suggestions);
    this.providers = List.copyOf(providers);
  }

  /**
   * Returns the name that was not found.
   *
   * @return the name as given
   */
  public String name() {
    return name;
  }

  /**
   * Returns up to three known names within a small edit distance of {@link #name()}, closest first.
   *
   * @return the suggestions, possibly none
   */
  public List<String> suggestions() {
    return suggestions;
  }

  /**
   * Returns every provider name that was known where the name was looked up.
   *
   * @return the canonical names, sorted
   */
  public List<String> providers() {
    return providers;
  }
}
