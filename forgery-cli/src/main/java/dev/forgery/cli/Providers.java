package dev.forgery.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.forgery.Faker;
import dev.forgery.Provider;
import dev.forgery.UnknownProviderException;
import java.util.List;

/**
 * Binds a provider named on the command line to its arguments. Each argument is read as a JSON
 * value if it is one ({@code 18}, {@code 2.5}, {@code true}, {@code ["a", "b"]}, {@code {"a": 3}})
 * and as text otherwise ({@code 2020-01-01}, {@code ###-##}): the same values a schema file gives.
 */
final class Providers {
  /** Reads one whole JSON value; trailing text makes the word text ({@code 2020-01-01}). */
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private Providers() {}

  /**
   * Binds a provider.
   *
   * @param faker the faker the values come from
   * @param name the provider name as given
   * @param words the arguments as given
   * @return the provider
   * @throws UsageException if no provider has that name (the message names the closest) or the
   *     arguments do not fit it (the message gives its signature)
   */
  static Provider<?> bind(Faker faker, String name, List<String> words) {
    Object[] args = words.stream().map(Providers::value).toArray();
    try {
      return faker.provider(name, args);
    } catch (UnknownProviderException e) {
      throw unknown(e);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage() + "; the provider takes " + faker.describe(name), e);
    }
  }

  /**
   * Reports an unknown provider with the closest names, not the whole list.
   *
   * @param e what the faker threw
   * @return the usage error
   */
  static UsageException unknown(UnknownProviderException e) {
    List<String> close = e.suggestions();
    return new UsageException(
        "unknown provider '"
            + e.name()
            + "'"
            + (close.isEmpty()
                ? ""
                : close.size() == 1
                    ? "; did you mean '" + close.get(0) + "'?"
                    : "; did you mean one of " + String.join(", ", close) + "?")
            + " Run 'forgery --list' to see every provider with its arguments.",
        e);
  }

  /**
   * Reads one argument.
   *
   * @param word the argument as given
   * @return its JSON value, or the word itself
   */
  static Object value(String word) {
    try {
      return JSON.readValue(word, Object.class);
    } catch (JsonProcessingException e) {
      return word;
    }
  }
}
