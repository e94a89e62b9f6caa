package dev.forgery.cli;

/**
 * Writing failed after the input was accepted (a provider failed, the disk is full, the target
 * cannot be written): the command exits with code 1, and no partial file is left.
 */
final class WriteFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The exit code of a failed write. */
  static final int EXIT_CODE = 1;

  /**
   * Makes the exception.
   *
   * @param message what failed
   * @param cause the failure, or {@code null}
   */
  WriteFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
