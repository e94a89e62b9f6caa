package dev.forgery.junit5;

import dev.forgery.junit5.internal.RunReport;
import dev.forgery.junit5.internal.Settings;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Ends the run's {@link RunReport} when JUnit closes the root context's store, which holds it, at
 * the end of the run: that prints the summary of failed tests.
 *
 * <p>JUnit closes the store's values that implement {@code
 * ExtensionContext.Store.CloseableResource} on every version forgery supports, and since 5.13,
 * which deprecated that interface, {@link AutoCloseable} values, preferring those (and warning
 * about a value that is only the first). The closer is a proxy of both where the first exists, of
 * {@link AutoCloseable} alone otherwise: the summary prints once on JUnit 5.10 as on 6.x, and the
 * build names no deprecated type.
 */
final class RunReportCloser implements InvocationHandler {
  private static final String CLOSEABLE_RESOURCE =
      "org.junit.jupiter.api.extension.ExtensionContext$Store$CloseableResource";

  private final RunReport report;

  private RunReportCloser(RunReport report) {
    this.report = report;
  }

  /**
   * Starts a run report on standard output, printing the run seed.
   *
   * @param settings the run's configuration
   * @return the closer to keep in the root context's store
   */
  static Object start(Settings settings) {
    RunReport report = RunReport.toStandardOutput();
    report.started(settings);
    return Proxy.newProxyInstance(
        RunReportCloser.class.getClassLoader(), closeables(), new RunReportCloser(report));
  }

  /**
   * Returns the report a closer ends.
   *
   * @param closer what {@link #start} returned
   * @return its report
   */
  static RunReport reportOf(Object closer) {
    return ((RunReportCloser) Proxy.getInvocationHandler(closer)).report;
  }

  /** The interfaces of the values this JUnit closes with the store. */
  private static Class<?>[] closeables() {
    try {
      return new Class<?>[] {
        Class.forName(CLOSEABLE_RESOURCE, false, ExtensionContext.class.getClassLoader()),
        AutoCloseable.class
      };
    } catch (ClassNotFoundException e) {
      return new Class<?>[] {AutoCloseable.class};
    }
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) {
    switch (method.getName()) {
      case "close":
        report.finished();
        return null;
      case "hashCode":
        return System.identityHashCode(proxy);
      case "equals":
        return proxy == args[0];
      default:
        return "forgery's run report";
    }
  }
}
