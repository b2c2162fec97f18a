package dev.spillover.formats;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Told how far the reading of an input file has got, in bytes, so that a long import can show
 * progress. Importers open their files with {@link EstateAssembler#open}, which counts the bytes
 * as the parser takes them.
 */
@FunctionalInterface
public interface ReadProgress {
  /** Progress that nobody listens to. */
  ReadProgress NONE = (file, done, total) -> { };

  /** At most this many bytes are read between two reports. */
  int STEP = 1 << 20;

  /**
   * {@code done} of {@code total} bytes of {@code file} have been read; called with {@code done == 0}
   * when the file is opened, then at least every {@link #STEP} bytes, and once with
   * {@code done == total} at its end.
   */
  void reading(Path file, long done, long total);

  /** {@code file} opened for reading, its bytes counted into {@code progress}. */
  static InputStream open(Path file, ReadProgress progress) throws IOException {
    long total = Files.size(file);
    progress.reading(file, 0, total);
    return new Counting(Files.newInputStream(file), file, total, progress);
  }

  /** Counts the bytes read through it and reports them. */
  final class Counting extends FilterInputStream {
    private final Path file;
    private final long total;
    private final ReadProgress progress;
    private long done;
    private long reported;

    private Counting(InputStream in, Path file, long total, ReadProgress progress) {
      super(in);
      this.file = file;
      this.total = total;
      this.progress = progress;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? -1 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count(n);
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count(skipped);
      return skipped;
    }

    private void count(long n) {
      if (n < 0) {
        if (reported < total) {
          reported = total;
          progress.reading(file, Math.max(done, total), total);
        }
        return;
      }
      done += n;
      if (done - reported >= STEP || done >= total && reported < total) {
        reported = done;
        progress.reading(file, done, total);
      }
    }
  }
}
