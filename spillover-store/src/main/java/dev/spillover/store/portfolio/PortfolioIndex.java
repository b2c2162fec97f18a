package dev.spillover.store.portfolio;

import dev.spillover.store.StoreException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.h2.api.ErrorCode;

/**
 * The where-used index of a portfolio of SBOMs, kept in an embedded H2 database file: built once
 * from a folder of SBOMs, brought up to date incrementally (only new, changed and removed files are
 * touched), and queried for every project that uses a component or anything from an organization,
 * with the shortest path in each. See {@code docs/store.md}.
 *
 * <pre>{@code
 * try (PortfolioIndex index = PortfolioIndex.open(dir.resolve(".spillover/portfolio"))) {
 *   index.update(dir, PortfolioIndex.Listener.NONE);
 *   WhereUsed answer = index.whereUsed(Target.component("pkg:npm/lodash"));
 * }
 * }</pre>
 *
 * <p>One instance is used by one thread at a time. H2 locks the file while it is open: another
 * process opening the same index fails with a {@link StoreException} until this one is closed.
 */
public final class PortfolioIndex implements AutoCloseable {
  /** Told how reading goes, on the calling thread. */
  @FunctionalInterface
  public interface Listener {
    Listener NONE = (done, total) -> {};

    /** {@code done} of the {@code total} files to read have been read. */
    void read(int done, int total);
  }

  private final Path file;
  private final Connection connection;
  /** True until the first update after the index was created or emptied. */
  private boolean created;

  private PortfolioIndex(Path file, Connection connection, boolean created) {
    this.file = file;
    this.connection = connection;
    this.created = created;
  }

  /**
   * Opens the index at {@code file} (H2 adds {@code .mv.db}; a name given with it is taken without),
   * creating it and its folder when missing. An index of another schema version is emptied, and the
   * next {@link #update} builds it again.
   *
   * @throws StoreException when the database cannot be opened (for example it is in use by another process)
   * @throws UncheckedIOException when the folder cannot be created
   */
  public static PortfolioIndex open(Path file) {
    Path base = file.toAbsolutePath().normalize();
    String name = base.getFileName().toString();
    if (name.endsWith(".mv.db")) {
      base = base.resolveSibling(name.substring(0, name.length() - ".mv.db".length()));
    }
    try {
      Files.createDirectories(base.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the folder of the index " + base, e);
    }
    try {
      Connection connection = DriverManager.getConnection("jdbc:h2:file:" + base + ";AUTO_COMPACT_FILL_RATE=0", "sa", "");
      try {
        connection.setAutoCommit(false);
        int found = IndexSchema.ensure(connection);
        connection.commit();
        return new PortfolioIndex(base, connection, found != IndexSchema.VERSION);
      } catch (SQLException e) {
        connection.close();
        throw e;
      }
    } catch (SQLException e) {
      if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
        // H2's own words suggest its server mode, which is not for a command-line user to set.
        throw new StoreException("cannot open the portfolio index " + base + ".mv.db: another process has it open;"
            + " try again when that process has finished", e);
      }
      throw new StoreException("cannot open the portfolio index " + base + ".mv.db: " + e.getMessage(), e);
    }
  }

  /** The index file, without H2's {@code .mv.db}. */
  public Path file() {
    return file;
  }

  /**
   * Brings the index up to date with the SBOMs in {@code dir} (and its subfolders, hidden ones
   * left out): files ending in {@code .json}, {@code .xml} or {@code .spdx}. New files and files
   * whose size or time changed are read (with as many threads as there are processors); removed
   * files are dropped. All in one transaction: when any file has problems, nothing changes.
   *
   * @throws dev.spillover.input.InputException listing the problems of every bad file; the index is unchanged
   * @throws UncheckedIOException when the folder or a file cannot be read; the index is unchanged
   * @throws StoreException when the database fails; the index is unchanged
   */
  public UpdateReport update(Path dir, Listener listener) {
    UpdateReport report = new IndexUpdate(connection, dir, listener).run();
    if (!created) {
      return report;
    }
    created = false;
    return new UpdateReport(report.added(), report.changed(), report.removed(), report.unchanged(), true);
  }

  /**
   * Every project in the index that uses {@code target}, directly or transitively, with the
   * shortest path in its own SBOM.
   *
   * @throws StoreException when the database fails
   */
  public WhereUsed whereUsed(Target target) {
    try {
      return new WhereUsedQuery(connection).run(target);
    } catch (SQLException e) {
      throw new StoreException("cannot query the portfolio index " + file + ".mv.db: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close the portfolio index " + file + ".mv.db: " + e.getMessage(), e);
    }
  }
}
