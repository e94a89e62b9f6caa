package dev.forgery.cli;

import java.io.Console;
import java.lang.reflect.InvocationTargetException;

/** Tells whether the command runs in an interactive terminal, where progress is on by default. */
final class Terminal {
  private Terminal() {}

  /**
   * Whether a person is watching: on Java 17 to 21 a console exists only when the input and output
   * are a terminal; from Java 22 on a console may exist without one, and {@code isTerminal()} says.
   *
   * @return {@code true} in an interactive terminal
   */
  static boolean interactive() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (NoSuchMethodException e) {
      return true;
    } catch (IllegalAccessException | InvocationTargetException e) {
      return false;
    }
  }
}
