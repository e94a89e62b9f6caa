package dev.forgery;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The judges, example arguments and engine goldens of the providers of passwords, name prefixes,
 * files, MIME types, slugs and user agents: the part of {@link RegistryContractTest}'s and {@link
 * EngineGoldenTest}'s tables that belongs to this domain.
 */
final class WebJudges {
  private WebJudges() {}

  /** Adds a judge per provider of this domain, by canonical name. */
  static void judges(Map<String, RegistryContractTest.Judge> j) {
    // A password is judged against the policy its arguments describe, class by class.
    j.put("password", (v, a) -> WebTest.meetsPolicy((String) v, WebTest.Policy.of(a)));
    j.put("namePrefix", (v, a) -> WebTest.NAME_PREFIXES.contains(v));
    j.put("fileName", (v, a) -> WebTest.fileName((String) v));
    j.put("fileExtension", (v, a) -> WebTest.FILE_TYPES.containsKey(v));
    j.put("mimeType", (v, a) -> WebTest.mediaType((String) v) && WebTest.MEDIA_TYPES.contains(v));
    j.put("slug", (v, a) -> WebTest.slug((String) v));
    // The regex of its browser family, with consistent versions in the documented ranges.
    j.put("userAgent", (v, a) -> WebTest.family((String) v) != null);
  }

  /** Adds argument sets for the providers of this domain that take arguments. */
  static void exampleArgs(Map<String, List<List<Object>>> e) {
    e.put(
        "password",
        List.of(
            List.of(8, 8, false, true, false),
            List.of(4, 4, true, true, true),
            List.of(1, 3, false, false, false),
            List.of(10, 12, true, false, true),
            List.of(20, 64),
            List.of(6, 10, "false", "TRUE", "false")));
  }

  /**
   * Adds the hash of a 300-row schema column (seed 42, pinned today) per provider drawable without
   * arguments.
   */
  static void goldens(Map<String, String> g) {
    g.put("fileExtension", "6a86469fbb1aaed3");
    g.put("fileName", "1ac28aea6a5a8d0d");
    g.put("mimeType", "de1b23727f44cd9");
    g.put("namePrefix", "d5fe7af3c1ea3496");
    g.put("password", "4d495edaf746f5eb");
    g.put("slug", "29ffb08332b0339b");
    g.put("userAgent", "7d79d63c13ff139");
  }

  /** Adds the providers of this domain that cannot be drawn without arguments. */
  static void needArguments(Set<String> names) {}
}
