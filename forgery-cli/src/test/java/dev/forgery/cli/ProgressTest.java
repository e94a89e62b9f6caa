package dev.forgery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress report: at most once a second, on one line on a terminal, one per report else. */
class ProgressTest {
  private static final long SECOND = 1_000_000_000L;

  @Test
  void reportsAtMostOnceASecondAndOnceMoreAtTheEnd() {
    StringWriter text = new StringWriter();
    AtomicLong clock = new AtomicLong(5 * SECOND);
    Progress progress = new Progress(new PrintWriter(text), 4_000_000, false, clock::get);
    progress.advance(1_000_000, 50_000_000);
    assertThat(text.toString()).isEmpty();
    clock.addAndGet(SECOND);
    progress.advance(1_000_000, 100_000_000);
    clock.addAndGet(SECOND / 2);
    progress.advance(1_000_000, 150_000_000);
    clock.addAndGet(SECOND / 2);
    progress.advance(1_000_000, 200_000_000);
    progress.finish();
    assertThat(text.toString().split(System.lineSeparator()))
        .containsExactly(
            "forgery: 2,000,000 of 4,000,000 rows (50.0%), 2,000,000 rows/s, 100.0 MB in 1.0 s",
            "forgery: 4,000,000 of 4,000,000 rows (100.0%), 2,000,000 rows/s, 200.0 MB in 2.0 s",
            "forgery: 4,000,000 of 4,000,000 rows (100.0%), 2,000,000 rows/s, 200.0 MB in 2.0 s");
  }

  @Test
  void aCompleteWriteIsCountedAndReportedOnceWithItsTotals() {
    StringWriter text = new StringWriter();
    AtomicLong clock = new AtomicLong(5 * SECOND);
    Progress progress = new Progress(new PrintWriter(text), 3_000_000, false, clock::get);
    clock.addAndGet(3 * SECOND);
    progress.count(3_000_000, 90_000_000);
    assertThat(text.toString()).isEmpty();
    progress.finish();
    assertThat(text.toString().split(System.lineSeparator()))
        .containsExactly(
            "forgery: 3,000,000 of 3,000,000 rows (100.0%), 1,000,000 rows/s, 90.0 MB in 3.0 s");
  }

  @Test
  void onATerminalOneLineIsRewritten() {
    StringWriter text = new StringWriter();
    AtomicLong clock = new AtomicLong();
    Progress progress = new Progress(new PrintWriter(text), 0, true, clock::get);
    progress.finish();
    assertThat(text.toString()).doesNotContain("\r").contains("0 of 0 rows (100.0%)");
    text.getBuffer().setLength(0);
    clock.addAndGet(2 * SECOND);
    progress.advance(0, 0);
    progress.finish();
    assertThat(text.toString())
        .startsWith("\r")
        .contains("\rforgery")
        .endsWith(System.lineSeparator());
    Progress.silent().advance(10, 10);
    Progress.silent().finish();
  }
}
