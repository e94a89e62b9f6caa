package dev.forgery.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** What {@code forgery --version} prints: the version the build wrote into the jar. */
final class VersionProvider implements IVersionProvider {
  /** Made by picocli. */
  VersionProvider() {}

  @Override
  public String[] getVersion() {
    return new String[] {"forgery " + version(), "Java " + Runtime.version()};
  }

  /**
   * Returns the project version from {@code version.properties}, filled in by the build.
   *
   * @return the version, e.g. {@code 0.1.0-SNAPSHOT}
   */
  static String version() {
    Properties properties = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties is missing from the forgery-cli jar");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version");
  }
}
