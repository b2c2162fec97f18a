package dev.spillover.bench;

import dev.spillover.model.Edge;
import dev.spillover.model.Estate;
import dev.spillover.model.IdTable;
import dev.spillover.model.Node;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files the whole-process baselines share: {@value #EDGES} (header {@code owner,owned,share},
 * then one holding per line: {@code e12,e345,12.5}, share in percent) and {@value #SEEDS} (one
 * restricted entity id per line). Every tool reads the same two files.
 */
public final class EdgeListFiles {
  public static final String EDGES = "edges.csv";
  public static final String SEEDS = "seeds.txt";
  private static final int BUFFER = 1 << 20;

  private EdgeListFiles() {}

  /** An estate read from the files and the ids of its restricted seeds. */
  public record Loaded(Estate estate, List<String> seeds) {}

  /** What the files hold, before the estate is built and checked: nodes, holdings and seed ids. */
  public record Parsed(List<Node> nodes, List<Edge> edges, List<String> seeds) {
    /** The estate of these nodes and holdings (checked by {@link Estate}'s constructor). */
    public Loaded estate() {
      return new Loaded(OwnershipEstates.estate(nodes, edges), seeds);
    }
  }

  /** Writes {@code graph} into {@code directory} (created if missing), replacing both files. */
  public static void write(OwnershipGraph graph, Path directory) throws IOException {
    Files.createDirectories(directory);
    try (BufferedWriter out = new BufferedWriter(
        Files.newBufferedWriter(directory.resolve(EDGES), StandardCharsets.UTF_8), BUFFER)) {
      out.write("owner,owned,share\n");
      StringBuilder line = new StringBuilder(48);
      for (int j = 0; j < graph.edgeCount(); j++) {
        line.setLength(0);
        long hundredths = Math.round(graph.share()[j] * 100);
        line.append('e').append(graph.owner()[j]).append(",e").append(graph.owned()[j]).append(',')
            .append(hundredths / 100).append('.').append((char) ('0' + hundredths % 100 / 10))
            .append((char) ('0' + hundredths % 10)).append('\n');
        out.append(line);
      }
    }
    try (BufferedWriter out = new BufferedWriter(
        Files.newBufferedWriter(directory.resolve(SEEDS), StandardCharsets.UTF_8), BUFFER)) {
      for (int seed : graph.seeds()) {
        out.write(OwnershipGraph.id(seed));
        out.write('\n');
      }
    }
  }

  /**
   * Reads both files of {@code directory} into an estate: one organization per id, in the order
   * ids first appear (holdings first, then seeds that hold nothing), one holding per line.
   *
   * @throws UncheckedIOException when a file cannot be read
   * @throws IllegalArgumentException when a line is not {@code owner,owned,share}, naming the line
   */
  public static Loaded read(Path directory) {
    return parse(directory).estate();
  }

  /** Reads both files of {@code directory} as {@link #read} does, without building the estate. */
  public static Parsed parse(Path directory) {
    IdTable ids = new IdTable(1 << 16);
    List<Node> nodes = new ArrayList<>();
    List<Edge> edges = new ArrayList<>();
    Path edgeFile = directory.resolve(EDGES);
    try (BufferedReader in = Files.newBufferedReader(edgeFile, StandardCharsets.UTF_8)) {
      String line = in.readLine();
      if (!"owner,owned,share".equals(line)) {
        throw new IllegalArgumentException(edgeFile + ":1: expected the header owner,owned,share, got " + line);
      }
      Batch batch = new Batch(ids, nodes, edges);
      int number = 1;
      String owned = null;
      while ((line = in.readLine()) != null) {
        number++;
        int first = line.indexOf(',');
        int second = first < 0 ? -1 : line.indexOf(',', first + 1);
        if (second < 0) {
          throw new IllegalArgumentException(edgeFile + ":" + number + ": expected owner,owned,share, got " + line);
        }
        // Holdings of one entity usually come together: the same owned id as the line before is not cut out again.
        int length = second - first - 1;
        if (owned == null || owned.length() != length || !line.regionMatches(first + 1, owned, 0, length)) {
          owned = line.substring(first + 1, second);
        }
        double share = percent(line, second + 1);
        if (Double.isNaN(share)) {
          try {
            share = Double.parseDouble(line.substring(second + 1));
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException(edgeFile + ":" + number + ": expected a share in percent, got "
                + line.substring(second + 1), e);
          }
        }
        batch.add(line.substring(0, first), owned, share);
      }
      batch.flush();
      List<String> seeds = new ArrayList<>();
      for (String seed : Files.readAllLines(directory.resolve(SEEDS), StandardCharsets.UTF_8)) {
        if (!seed.isBlank()) {
          seeds.add(batch.canonical(ids.add(seed.strip())));
        }
      }
      return new Parsed(nodes, edges, seeds);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + directory, e);
    }
  }

  /** Powers of ten a long of at most 15 digits can be divided by exactly, by exponent. */
  private static final double[] TENS = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
  private static final int MAX_DIGITS = 15;

  /**
   * The plain decimal ({@code 12.34}, {@code 7}) from {@code from} to the end of {@code line}, or NaN
   * when it is not one of at most 15 digits (the caller then asks {@link Double#parseDouble}). The
   * digits as a long divided by a power of ten is one correctly rounded division of two exact
   * doubles: the double nearest the decimal, as {@code Double.parseDouble} gives, without a substring.
   */
  static double percent(String line, int from) {
    long digits = 0;
    int count = 0;
    int scale = -1;
    for (int i = from; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c >= '0' && c <= '9') {
        if (++count > MAX_DIGITS) {
          return Double.NaN;
        }
        digits = digits * 10 + (c - '0');
        if (scale >= 0) {
          scale++;
        }
      } else if (c == '.' && scale < 0) {
        scale = 0;
      } else {
        return Double.NaN;
      }
    }
    if (count == 0) {
      return Double.NaN;
    }
    return scale <= 0 ? digits : digits / TENS[scale];
  }

  /**
   * Holdings read but not yet added: their ids are looked up a batch at a time ({@link
   * IdTable#addAll}), so that the look-ups' reads from memory overlap. Nodes and holdings come
   * out in the order of the file, as one look-up at a time gives them.
   */
  private static final class Batch {
    private static final int LINES = 64;
    private final IdTable ids;
    private final List<Node> nodes;
    private final List<Edge> edges;
    /** The owner and the owned id of line {@code k} at {@code 2k} and {@code 2k + 1}. */
    private final String[] ends = new String[2 * LINES];
    private final int[] numbers = new int[2 * LINES];
    private final double[] shares = new double[LINES];
    private int lines;

    Batch(IdTable ids, List<Node> nodes, List<Edge> edges) {
      this.ids = ids;
      this.nodes = nodes;
      this.edges = edges;
    }

    void add(String owner, String owned, double share) {
      ends[2 * lines] = owner;
      ends[2 * lines + 1] = owned;
      shares[lines] = share;
      if (++lines == LINES) {
        flush();
      }
    }

    void flush() {
      ids.addAll(ends, 2 * lines, numbers);
      for (int k = 0; k < lines; k++) {
        String owner = canonical(numbers[2 * k]);
        String owned = canonical(numbers[2 * k + 1]);
        edges.add(OwnershipEstates.holding(edges.size(), owner, owned, shares[k]));
      }
      lines = 0;
    }

    /**
     * The one copy of the id numbered {@code number}, shared by its node and every edge naming it,
     * with a node for it when it is the first time it is seen.
     */
    String canonical(int number) {
      String id = ids.id(number);
      if (number == nodes.size()) {
        nodes.add(OwnershipEstates.organization(id));
      }
      return id;
    }
  }
}
