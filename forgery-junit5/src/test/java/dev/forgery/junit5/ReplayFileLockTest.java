package dev.forgery.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * load never sees another writer's half-done rewrite, and no writer is refused its lock.
 */
class ReplayFileLockTest {

  /**
   * Another process rewrites the file the way {@link ReplayFile} does (exclusive lock, truncate,
   * write) and stops between the truncation and the write; a load started then waits for the
   * rewrite, and reads both the old entry and the new one.
   */
  @Test
  void aLoadWaitsForAnotherProcessesRewrite(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("failed-seeds.properties");
    Files.writeString(file, "old=0x1\n");
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
    ExecutorService loader = Executors.newSingleThreadExecutor();
    try (BufferedReader out =
            new BufferedReader(
                new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
        OutputStream in = writer.getOutputStream()) {
      assertThat(out.readLine()).isEqualTo(Rewriter.TRUNCATED);
      assertThat(Files.size(file)).isZero();

      Future<ReplayFile> load = loader.submit(() -> ReplayFile.load(file));
      // Time for a load that does not wait to read the empty file; one that waits is still
      // waiting, however long this takes.
      Thread.sleep(500);
      assertThat(load).isNotDone();

      in.write('\n');
      in.flush();
      ReplayFile replay = load.get(30, TimeUnit.SECONDS);
      assertThat(replay.seedFor("old")).isEqualTo(1L);
      assertThat(replay.seedFor("new")).isEqualTo(2L);
      assertThat(replay.takeWarnings()).isEmpty();
    } finally {
      loader.shutdownNow();
      // Its input, closed above, lets the writer finish even when the test failed first; it is
      // destroyed only if it does not. Destroying it at once raced with its own exit on a busy
      // machine (exit value 143, after the file had been read in full).
      if (!writer.waitFor(30, TimeUnit.SECONDS)) {
        writer.destroy();
      }
    }
    assertThat(writer.isAlive()).isFalse();
    assertThat(writer.exitValue()).isZero();
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
   * The other process: takes the exclusive lock, truncates the file, says so, waits for a line on
   * its input, then writes the new content and lets go.
   */
  public static final class Rewriter {
    static final String TRUNCATED = "truncated";

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
          FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
        FileLock lock = channel.lock();
        channel.truncate(0);
        System.out.println(TRUNCATED);
        System.out.flush();
        System.in.read();
        channel.write(ByteBuffer.wrap(args[1].getBytes(StandardCharsets.UTF_8)));
        lock.release();
      }
    }
  }
}
