package dev.forgery.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Closest-name suggestions for unknown names (locales, providers, schema types). */
public final class Suggestions {
  private Suggestions() {}

  /**
   * Returns {@code "; did you mean 'x'?"} naming up to three candidates within a small edit
   * distance of {@code name}, or an empty string when none is close.
   *
   * @param name the unknown name
   * @param candidates the valid names
   * @return the suggestion text
   */
  public static String closest(String name, List<String> candidates) {
    List<String> close = closestNames(name, candidates);
    if (close.isEmpty()) {
      return "";
    }
    return close.size() == 1
        ? "; did you mean '" + close.get(0) + "'?"
        : "; did you mean one of " + close + "?";
  }

  /**
   * Returns up to three candidates within a small edit distance of {@code name}, closest first.
   *
   * @param name the unknown name
   * @param candidates the valid names
   * @return the close names, possibly none
   */
  public static List<String> closestNames(String name, List<String> candidates) {
    String key = name.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
    List<String> close = new ArrayList<>();
    int best = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      String normal = candidate.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
      int distance = distance(key, normal);
      if (distance > Math.max(2, normal.length() / 3)) {
        continue;
      }
      if (distance < best) {
        best = distance;
        close.clear();
      }
      if (distance == best && close.size() < 3) {
        close.add(candidate);
      }
    }
    return close;
  }

  /**
   * Levenshtein distance.
   *
   * @param a a string
   * @param b a string
   * @return the number of single-character edits turning {@code a} into {@code b}
   */
  public static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
