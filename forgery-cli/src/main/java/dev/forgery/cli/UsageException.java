package dev.forgery.cli;

/**
 * A bad flag, schema file, provider name or provider argument: the command exits with code 2 and
 * the message, which says what was wrong and what would be valid. Nothing has been written when it
 * is thrown.
 */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The exit code of a usage error, picocli's and the convention of command-line tools. */
  static final int EXIT_CODE = 2;

  /**
   * Makes the exception.
   *
   * @param message what was wrong and what would be valid
   */
  UsageException(String message) {
    super(message);
  }

  /**
   * Makes the exception with the failure it reports.
   *
   * @param message what was wrong and what would be valid
   * @param cause the failure
   */
  UsageException(String message, Throwable cause) {
    super(message, cause);
  }
}
