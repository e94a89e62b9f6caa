package dev.forgery.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The replay file shared by several processes (Surefire forks) and by several runs in one JVM: a
 * load or a change waits for another process's rewrite, even though that replaces the file, and no
 * writer is refused its lock.
 */
class ReplayFileLockTest {

  /**
   * Another process changes the file the way {@link ReplayFile} does (an exclusive lock on the lock
   * file beside it, a temporary file moved over it) and stops while it holds the lock; a load and a
   * change started then wait for it, and both see its entry. A lock on the replay file itself would
   * not make them wait, and would guard only the file that the move replaces.
   */
  @Test
  void aLoadAndAChangeWaitForAnotherProcessesRewrite(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("failed-seeds.properties");
    Files.writeString(file, "old=0x1\n");
    ReplayFile replay = ReplayFile.load(file);
    Process writer =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Rewriter.class.getName(),
                file.toString(),
                "old=0x1\nnew=0x2\n")
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (BufferedReader out =
            new BufferedReader(
                new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
        OutputStream in = writer.getOutputStream()) {
      assertThat(out.readLine()).isEqualTo(Rewriter.LOCKED);

      Future<ReplayFile> load = pool.submit(() -> ReplayFile.load(file));
      Future<?> change = pool.submit(() -> replay.failed("mine", 3L));
      // Time for a load or a change that does not wait to read the file as it was; one that waits
      // is still waiting, however long this takes.
      Thread.sleep(500);
      assertThat(load).isNotDone();
      assertThat(change).isNotDone();

      in.write('\n');
      in.flush();
      ReplayFile loaded = load.get(30, TimeUnit.SECONDS);
      change.get(30, TimeUnit.SECONDS);
      assertThat(loaded.seedFor("old")).isEqualTo(1L);
      assertThat(loaded.seedFor("new")).isEqualTo(2L);
      assertThat(loaded.takeWarnings()).isEmpty();
      assertThat(replay.takeWarnings()).isEmpty();
    } finally {
      pool.shutdownNow();
      // Its input, closed above, lets the writer finish even when the test failed first; it is
      // destroyed only if it does not. Destroying it at once raced with its own exit on a busy
      // machine (exit value 143, after the file had been read in full).
      if (!writer.waitFor(30, TimeUnit.SECONDS)) {
        writer.destroy();
      }
    }
    assertThat(writer.isAlive()).isFalse();
    assertThat(writer.exitValue()).isZero();
    ReplayFile after = ReplayFile.load(file);
    assertThat(after.seedFor("old")).isEqualTo(1L);
    assertThat(after.seedFor("new")).isEqualTo(2L);
    assertThat(after.seedFor("mine")).isEqualTo(3L);
  }

  /**
   * Two runs in one JVM remember failures in the same file at once, and load it meanwhile: a file
   * lock held by one would refuse the other's ({@code OverlappingFileLockException}), so they take
   * turns, and every entry is kept.
   */
  @Test
  void runsInOneJvmShareTheFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("failed-seeds.properties");
    ReplayFile first = ReplayFile.load(file);
    ReplayFile second = ReplayFile.load(file);
    int threads = 4;
    int each = 40;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<CompletableFuture<Void>> writes = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        ReplayFile replay = t % 2 == 0 ? first : second;
        int thread = t;
        writes.add(
            CompletableFuture.runAsync(
                () -> {
                  for (int i = 0; i < each; i++) {
                    replay.failed("t" + thread + "-" + i, thread * 1000L + i);
                    ReplayFile.load(file);
                  }
                },
                pool));
      }
      CompletableFuture.allOf(writes.toArray(new CompletableFuture<?>[0]))
          .get(60, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }
    assertThat(first.takeWarnings()).isEmpty();
    assertThat(second.takeWarnings()).isEmpty();
    ReplayFile after = ReplayFile.load(file);
    for (int t = 0; t < threads; t++) {
      for (int i = 0; i < each; i++) {
        assertThat(after.seedFor("t" + t + "-" + i)).isEqualTo(t * 1000L + i);
      }
    }
  }

  /**
   * The other process: takes the exclusive lock on the lock file, says so, waits for a line on its
   * input, then moves a temporary file with the new content over the file and lets go.
   */
  public static final class Rewriter {
    static final String LOCKED = "locked";

    private Rewriter() {}

    /**
     * Rewrites the file.
     *
     * @param args the file, and its new content
     * @throws IOException if the file cannot be rewritten
     */
    public static void main(String[] args) throws IOException {
      Path file = Path.of(args[0]);
      try (FileChannel channel =
          FileChannel.open(
              ReplayFile.beside(file, ReplayFile.LOCK),
              StandardOpenOption.CREATE,
              StandardOpenOption.READ,
              StandardOpenOption.WRITE)) {
        FileLock lock = channel.lock();
        System.out.println(LOCKED);
        System.out.flush();
        System.in.read();
        Path temporary = ReplayFile.beside(file, ReplayFile.TEMPORARY);
        Files.writeString(temporary, args[1]);
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        lock.release();
      }
    }
  }
}
