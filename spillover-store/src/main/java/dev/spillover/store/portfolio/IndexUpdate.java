package dev.spillover.store.portfolio;

import dev.spillover.input.InputException;
import dev.spillover.input.Problem;
import dev.spillover.store.StoreException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * One update of the index from a folder: files are read in parallel and written in order on the
 * calling thread, all in one transaction that is rolled back when any file has problems (the
 * remaining files are still read, so that every problem is reported at once).
 */
final class IndexUpdate {
  /** A file as the index knows it. */
  private record Known(int id, long size, long modified, String sha256) {}

  /** What reading one file gave: a summary, the same content as before, or problems. */
  private record Outcome(String path, SbomSummary summary, boolean sameContent, long size, long modified,
      List<Problem> problems) {}

  private final Connection connection;
  private final Path dir;
  private final PortfolioIndex.Listener listener;
  private final Map<String, Integer> nodeIds = new HashMap<>();
  private int nextNode;
  private int nextSbom;

  IndexUpdate(Connection connection, Path dir, PortfolioIndex.Listener listener) {
    this.connection = connection;
    this.dir = dir;
    this.listener = listener;
  }

  UpdateReport run() {
    if (!Files.isDirectory(dir)) {
      throw new InputException(new Problem(dir.toString(), 0, 0,
          Files.exists(dir) ? "is a file, expected a folder of SBOMs" : "no such folder"));
    }
    try {
      UpdateReport report = update();
      connection.commit();
      return report;
    } catch (SQLException e) {
      rollback();
      throw new StoreException("cannot update the portfolio index: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      rollback();
      throw e;
    }
  }

  private void rollback() {
    try {
      connection.rollback();
    } catch (SQLException e) {
      // The first failure is the one to report; H2 discards an uncommitted transaction on close anyway.
    }
  }

  private UpdateReport update() throws SQLException {
    Map<String, Path> files = scan();
    Map<String, Known> known = known();
    List<String> toRead = new ArrayList<>();
    int unchanged = 0;
    for (Map.Entry<String, Path> file : files.entrySet()) {
      Known before = known.get(file.getKey());
      if (before != null && before.size == size(file.getValue()) && before.modified == modified(file.getValue())) {
        unchanged++;
      } else {
        toRead.add(file.getKey());
      }
    }
    List<Integer> removed = new ArrayList<>();
    known.forEach((path, k) -> {
      if (!files.containsKey(path)) {
        removed.add(k.id);
      }
    });
    if (toRead.isEmpty() && removed.isEmpty()) {
      return new UpdateReport(0, 0, 0, unchanged, false);
    }
    loadIds();
    for (int id : removed) {
      delete(id);
    }
    int added = 0;
    int changed = 0;
    List<Problem> problems = new ArrayList<>();
    try (Writer writer = new Writer(connection)) {
      int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
      ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
        Thread thread = new Thread(runnable, "spillover-index-reader");
        thread.setDaemon(true);
        return thread;
      });
      try {
        Deque<Future<Outcome>> window = new ArrayDeque<>();
        int next = 0;
        int done = 0;
        while (done < toRead.size()) {
          while (next < toRead.size() && window.size() < threads * 4) {
            String path = toRead.get(next++);
            Known before = known.get(path);
            Path file = files.get(path);
            window.add(pool.submit(() -> read(path, file, before)));
          }
          Outcome outcome = get(window.poll());
          done++;
          if (!outcome.problems.isEmpty()) {
            problems.addAll(outcome.problems);
          } else if (problems.isEmpty()) {
            Known before = known.get(outcome.path);
            if (outcome.sameContent) {
              writer.touch(before.id, outcome.size, outcome.modified);
              unchanged++;
            } else {
              if (before != null) {
                delete(before.id);
                changed++;
              } else {
                added++;
              }
              write(writer, before != null ? before.id : nextSbom++, outcome.summary);
            }
          }
          listener.read(done, toRead.size());
        }
      } finally {
        pool.shutdownNow();
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    if (!removed.isEmpty() || changed > 0) {
      try (Statement statement = connection.createStatement()) {
        statement.executeUpdate("DELETE FROM node n WHERE NOT EXISTS (SELECT 1 FROM sbom_node s WHERE s.node_id = n.id)");
      }
    }
    return new UpdateReport(added, changed, removed.size(), unchanged, false);
  }

  private static Outcome read(String path, Path file, Known before) {
    try {
      if (before != null && before.sha256.equals(SbomReading.sha256(file))) {
        return new Outcome(path, null, true, Files.size(file), Files.getLastModifiedTime(file).toMillis(), List.of());
      }
      return new Outcome(path, SbomReading.read(file, path), false, 0, 0, List.of());
    } catch (InputException e) {
      return new Outcome(path, null, false, 0, 0, e.problems());
    } catch (IOException e) {
      throw new UncheckedIOException(file.toString(), e);
    }
  }

  private static Outcome get(Future<Outcome> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading SBOMs", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** SBOM files under the folder, by path relative to it with {@code /}, in path order. */
  private Map<String, Path> scan() {
    Map<String, Path> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(Files::isRegularFile).forEach(file -> {
        Path relative = dir.relativize(file);
        for (Path part : relative) {
          if (part.toString().startsWith(".")) {
            return;
          }
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json") || name.endsWith(".xml") || name.endsWith(".spdx")) {
          files.put(relative.toString().replace(java.io.File.separatorChar, '/'), file);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the SBOMs in " + dir, e);
    }
    return files;
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(file.toString(), e);
    }
  }

  private static long modified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toMillis();
    } catch (IOException e) {
      throw new UncheckedIOException(file.toString(), e);
    }
  }

  private Map<String, Known> known() throws SQLException {
    Map<String, Known> known = new HashMap<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT id, path, size, modified, sha256 FROM sbom")) {
      while (rows.next()) {
        known.put(rows.getString(2), new Known(rows.getInt(1), rows.getLong(3), rows.getLong(4), rows.getString(5)));
        nextSbom = Math.max(nextSbom, rows.getInt(1) + 1);
      }
    }
    return known;
  }

  private void loadIds() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT id, node_key FROM node")) {
      while (rows.next()) {
        nodeIds.put(rows.getString(2), rows.getInt(1));
        nextNode = Math.max(nextNode, rows.getInt(1) + 1);
      }
    }
  }

  /** Deletes an SBOM's rows: its {@code sbom_node} rows by primary key, from the node ids it keeps. */
  private void delete(int sbom) throws SQLException {
    byte[] nodes;
    try (PreparedStatement select = connection.prepareStatement("SELECT nodes FROM sbom WHERE id = ?")) {
      select.setInt(1, sbom);
      try (ResultSet row = select.executeQuery()) {
        nodes = row.next() ? row.getBytes(1) : new byte[0];
      }
    }
    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM sbom_node WHERE node_id = ? AND sbom_id = ?")) {
      ByteBuffer ids = ByteBuffer.wrap(nodes);
      while (ids.hasRemaining()) {
        delete.setInt(1, ids.getInt());
        delete.setInt(2, sbom);
        delete.addBatch();
      }
      delete.executeBatch();
    }
    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM sbom WHERE id = ?")) {
      delete.setInt(1, sbom);
      delete.executeUpdate();
    }
  }

  private void write(Writer writer, int sbom, SbomSummary summary) throws SQLException {
    int[] global = new int[summary.nodes().size()];
    for (int n = 0; n < global.length; n++) {
      SbomSummary.IndexedNode node = summary.nodes().get(n);
      Integer id = nodeIds.get(node.key());
      if (id == null) {
        id = nextNode++;
        nodeIds.put(node.key(), id);
        writer.node(id, node);
      }
      global[n] = id;
    }
    ByteBuffer nodes = ByteBuffer.allocate(4 * global.length);
    for (int id : global) {
      nodes.putInt(id);
    }
    writer.sbom(sbom, summary, nodes.array());
    for (int n = 0; n < global.length; n++) {
      writer.named(global[n], sbom, StoredPaths.encode(n, summary.trees(), global));
    }
    writer.flushIfLarge();
  }

  /** Batched inserts, executed every few thousand rows and at the end. */
  private static final class Writer implements AutoCloseable {
    private final PreparedStatement node;
    private final PreparedStatement sbom;
    private final PreparedStatement named;
    private final PreparedStatement touch;
    private int pending;

    Writer(Connection connection) throws SQLException {
      node = connection.prepareStatement(
          "INSERT INTO node(id, node_key, role, name, name_norm, purl_base, version) VALUES (?, ?, ?, ?, ?, ?, ?)");
      sbom = connection.prepareStatement(
          "INSERT INTO sbom(id, path, size, modified, sha256, format, nodes) VALUES (?, ?, ?, ?, ?, ?, ?)");
      named = connection.prepareStatement("INSERT INTO sbom_node(node_id, sbom_id, paths) VALUES (?, ?, ?)");
      touch = connection.prepareStatement("UPDATE sbom SET size = ?, modified = ? WHERE id = ?");
    }

    void node(int id, SbomSummary.IndexedNode n) throws SQLException {
      node.setInt(1, id);
      node.setString(2, n.key());
      node.setInt(3, n.kind().code);
      node.setString(4, n.name());
      node.setString(5, Target.normalize(n.name()));
      node.setString(6, n.purlBase());
      node.setString(7, n.version());
      node.addBatch();
      pending++;
    }

    void sbom(int id, SbomSummary s, byte[] nodes) throws SQLException {
      sbom.setInt(1, id);
      sbom.setString(2, s.path());
      sbom.setLong(3, s.size());
      sbom.setLong(4, s.modified());
      sbom.setString(5, s.sha256());
      sbom.setString(6, s.format());
      sbom.setBytes(7, nodes);
      sbom.addBatch();
      pending++;
    }

    void named(int nodeId, int sbomId, byte[] paths) throws SQLException {
      named.setInt(1, nodeId);
      named.setInt(2, sbomId);
      named.setBytes(3, paths);
      named.addBatch();
      pending++;
    }

    void touch(int id, long size, long modified) throws SQLException {
      flush();
      touch.setLong(1, size);
      touch.setLong(2, modified);
      touch.setInt(3, id);
      touch.executeUpdate();
    }

    void flushIfLarge() throws SQLException {
      if (pending >= 5_000) {
        flush();
      }
    }

    /** Nodes before what refers to them; the order of a fresh schema's tables. */
    void flush() throws SQLException {
      node.executeBatch();
      sbom.executeBatch();
      named.executeBatch();
      pending = 0;
    }

    @Override
    public void close() throws SQLException {
      try {
        flush();
      } finally {
        for (PreparedStatement statement : new PreparedStatement[] {node, sbom, named, touch}) {
          statement.close();
        }
      }
    }
  }
}
