package dev.forgery.internal.registry;

/**
 * One argument of a provider, for listings and messages.
 *
 * @param name the argument's name, e.g. {@code min}
 * @param type what it accepts, e.g. {@code int} or {@code ISO date}
 * @param defaultValue its default as text, or {@code null} if it must be given
 */
public record Param(String name, String type, String defaultValue) {
  @Override
  public String toString() {
    return name + ": " + type + (defaultValue == null ? "" : " = " + defaultValue);
  }
}
