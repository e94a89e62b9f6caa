package dev.forgery.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Runs the command in this JVM, as {@code java -jar forgery-cli.jar ARGS} would, capturing it. */
final class Cli {
  private Cli() {}

  /**
   * What a run printed and returned.
   *
   * @param code the exit code
   * @param bytes the standard output
   * @param err the error stream
   */
  record Run(int code, byte[] bytes, String err) {
    /** The standard output as UTF-8 text. */
    String out() {
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  /** Runs the command line. */
  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    return run(out, args);
  }

  /** Runs the command line with a standard output of the caller's. */
  static Run run(OutputStream out, String... args) {
    StringWriter err = new StringWriter();
    int code = Main.run(out, new PrintWriter(err), args);
    byte[] bytes =
        out instanceof ByteArrayOutputStream
            ? ((ByteArrayOutputStream) out).toByteArray()
            : new byte[0];
    return new Run(code, bytes, err.toString());
  }
}
