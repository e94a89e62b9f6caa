package dev.forgery.cli;

/** Turns a failure into one line for the error stream: its message and its causes'. */
final class Failures {
  private Failures() {}

  /**
   * Describes a failure and its causes, e.g. {@code row 2999, field 'sku': ...: disk full}, leaving
   * out a cause whose message the line already holds.
   *
   * @param failure the failure
   * @return one line of text
   */
  static String describe(Throwable failure) {
    StringBuilder line = new StringBuilder(text(failure));
    for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
      String more = text(cause);
      if (line.indexOf(more) < 0) {
        line.append(": ").append(more);
      }
    }
    return line.toString();
  }

  private static String text(Throwable failure) {
    String message = failure.getMessage();
    return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
  }
}
