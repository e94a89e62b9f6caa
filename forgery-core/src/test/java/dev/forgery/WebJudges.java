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
  static void judges(Map<String, RegistryContractTest.Judge> j) {}

  /** Adds argument sets for the providers of this domain that take arguments. */
  static void exampleArgs(Map<String, List<List<Object>>> e) {}

  /**
   * Adds the hash of a 300-row schema column (seed 42, pinned today) per provider drawable without
   * arguments.
   */
  static void goldens(Map<String, String> g) {}

  /** Adds the providers of this domain that cannot be drawn without arguments. */
  static void needArguments(Set<String> names) {}
}
