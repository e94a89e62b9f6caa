package dev.forgery.junit5;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Infers a provider from a parameter or field name, against whatever providers the faker offers, so
 * that providers added later are inferred without changes here.
 *
 * <p>Tried in order: the whole name, then the whole name with one word made singular (last word
 * first: {@code emails} -> {@code email}, {@code datesOfBirth} -> {@code dateOfBirth}), then the
 * same for the name without its leading words ({@code ownerEmail} -> {@code email}). Matching
 * ignores case and underscores, like {@code Faker.generate}.
 */
final class Inference {
  private static final Map<String, String> IRREGULAR =
      Map.of("people", "person", "children", "child", "men", "man", "women", "woman");

  private Inference() {}

  /**
   * Returns the provider a name stands for.
   *
   * @param name a parameter or field name such as {@code emails} or {@code first_names}
   * @param providers the canonical provider names on offer
   * @return the canonical name of the provider, or empty
   */
  static Optional<String> provider(String name, Collection<String> providers) {
    Map<String, String> byKey = new LinkedHashMap<>();
    for (String provider : providers) {
      byKey.putIfAbsent(key(provider), provider);
    }
    List<String> words = words(name);
    for (int start = 0; start < words.size(); start++) {
      for (String candidate : candidates(words.subList(start, words.size()))) {
        String found = byKey.get(candidate);
        if (found != null) {
          return Optional.of(found);
        }
      }
    }
    return Optional.empty();
  }

  /** Splits camelCase and snake_case into lower-case words; digits stay with their word. */
  static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    char previous = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean boundary =
          c == '_' || c == '-' || (Character.isUpperCase(c) && !Character.isUpperCase(previous));
      if (boundary && word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
      if (c != '_' && c != '-') {
        word.append(Character.toLowerCase(c));
      }
      previous = c;
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }

  private static List<String> candidates(List<String> words) {
    List<String> out = new ArrayList<>();
    out.add(String.join("", words));
    for (int i = words.size() - 1; i >= 0; i--) {
      for (String singular : singulars(words.get(i))) {
        List<String> copy = new ArrayList<>(words);
        copy.set(i, singular);
        out.add(String.join("", copy));
      }
    }
    return out;
  }

  /** Simple English plural rules, most specific first; each applicable rule gives a candidate. */
  static List<String> singulars(String word) {
    List<String> out = new ArrayList<>(2);
    String irregular = IRREGULAR.get(word);
    if (irregular != null) {
      out.add(irregular);
    }
    if (word.length() > 3 && word.endsWith("ies")) {
      out.add(word.substring(0, word.length() - 3) + "y");
    }
    if (word.endsWith("sses")
        || word.endsWith("shes")
        || word.endsWith("ches")
        || word.endsWith("xes")
        || word.endsWith("zes")
        || word.endsWith("uses")) {
      out.add(word.substring(0, word.length() - 2));
    }
    if (word.length() > 1 && word.endsWith("s") && !word.endsWith("ss")) {
      out.add(word.substring(0, word.length() - 1));
    }
    return out;
  }

  static String key(String name) {
    return name.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
  }
}
