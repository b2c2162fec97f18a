package dev.spillover.store.portfolio;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One where-used query. The target is matched to nodes with the index's {@code node} table; the
 * {@code sbom_node} rows of those nodes name every SBOM that can use it and hold, for each of the
 * SBOM's projects, the shortest path from the project to the node, found when the SBOM was indexed
 * (see {@link StoredPaths}). So a query reads those rows and nothing of the SBOMs that do not name
 * the target, and searches nothing: a path never mixes the links of two SBOMs, because each was
 * found inside its own.
 *
 * <p>Lists of ids are joined as {@code UNNEST(?)} rather than tested with {@code = ANY(?)}: H2
 * answers the join by primary-key lookups, but scans the whole table for {@code = ANY} and compares
 * each row with every element of the array, which took most of a query that found thousands of
 * projects.
 */
final class WhereUsedQuery {
  /** The best path found so far from one project of one SBOM, and the matched node it ends at. */
  private record Best(int sbom, int node, StoredPaths.Path path) {}

  private final Connection connection;

  WhereUsedQuery(Connection connection) {
    this.connection = connection;
  }

  WhereUsed run(Target target) throws SQLException {
    int[] matched = matched(target);
    int sboms = count("SELECT COUNT(*) FROM sbom");
    if (matched.length == 0) {
      return new WhereUsed(target, List.of(), sboms, 0, List.of());
    }
    Set<Integer> matchedSet = new HashSet<>();
    Arrays.stream(matched).forEach(matchedSet::add);
    Set<Integer> searched = new HashSet<>();
    // Per SBOM and project: the shortest path to any matched node; on a tie, the lowest node id.
    Map<Long, Best> best = new HashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT s.sbom_id, s.node_id, s.paths FROM UNNEST(?) AS t(id) JOIN sbom_node s ON s.node_id = t.id"
            + " ORDER BY s.node_id, s.sbom_id")) {
      statement.setObject(1, boxed(matched));
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          int sbom = rows.getInt(1);
          int node = rows.getInt(2);
          searched.add(sbom);
          for (StoredPaths.Path path : StoredPaths.decode(rows.getBytes(3))) {
            if (matchedSet.contains(path.project())) {
              continue; // the project is itself what was asked for: it does not use it
            }
            best.merge(((long) sbom << 32) | path.project(), new Best(sbom, node, path),
                (a, b) -> b.path.length() < a.path.length() ? b : a);
          }
        }
      }
    }
    List<Best> found = new ArrayList<>(best.size());
    for (Best b : best.values()) {
      found.add(b.path.whole() ? b : new Best(b.sbom, b.node, whole(b.sbom, b.path)));
    }
    Map<Integer, String[]> files = files(found.stream().mapToInt(Best::sbom).distinct().toArray());
    Set<Integer> shown = new LinkedHashSet<>();
    Arrays.stream(matched).forEach(shown::add);
    for (Best b : found) {
      shown.add(b.path.project());
      Arrays.stream(b.path.nodes()).forEach(shown::add);
    }
    Map<Integer, WhereUsed.Step> steps = steps(shown);
    List<WhereUsed.Use> uses = new ArrayList<>(found.size());
    for (Best b : found) {
      List<WhereUsed.Step> nodes = new ArrayList<>(b.path.nodes().length + 1);
      nodes.add(steps.get(b.path.project()));
      Arrays.stream(b.path.nodes()).forEach(n -> nodes.add(steps.get(n)));
      String[] file = files.get(b.sbom);
      uses.add(new WhereUsed.Use(file[0], file[1], nodes, List.of(b.path.kinds())));
    }
    uses.sort(Comparator.comparingInt(WhereUsed.Use::length)
        .thenComparing(WhereUsed.Use::sbom)
        .thenComparing(use -> use.project().id()));
    List<WhereUsed.Step> matchedSteps = Arrays.stream(matched).mapToObj(steps::get).toList();
    return new WhereUsed(target, matchedSteps, sboms, searched.size(), uses);
  }

  /** The whole path of which {@code end} is the end: the rest is in the rows of the nodes where each kept part starts. */
  private StoredPaths.Path whole(int sbom, StoredPaths.Path end) throws SQLException {
    StoredPaths.Path path = end;
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT paths FROM sbom_node WHERE node_id = ? AND sbom_id = ?")) {
      while (!path.whole()) {
        statement.setInt(1, path.start());
        statement.setInt(2, sbom);
        StoredPaths.Path head = null;
        try (ResultSet row = statement.executeQuery()) {
          if (row.next()) {
            for (StoredPaths.Path p : StoredPaths.decode(row.getBytes(1))) {
              if (p.project() == path.project()) {
                head = p;
              }
            }
          }
        }
        if (head == null) {
          throw new SQLException("the index is inconsistent: SBOM " + sbom + " keeps no path from " + path.project()
              + " to node " + path.start() + "; delete the index file to have it built again");
        }
        path = StoredPaths.join(head, path);
      }
    }
    return path;
  }

  private int[] matched(Target target) throws SQLException {
    if (target instanceof Target.ComponentTarget component) {
      String sql = "SELECT id FROM node WHERE purl_base = ? AND role = " + NodeRole.COMPONENT.code
          + (component.version() != null ? " AND version = ?" : "") + " ORDER BY id";
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        statement.setString(1, component.base());
        if (component.version() != null) {
          statement.setString(2, component.version());
        }
        return ids(statement);
      }
    }
    Target.PartyTarget party = (Target.PartyTarget) target;
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT id FROM node WHERE role IN (" + NodeRole.ORGANIZATION.code + ", " + NodeRole.PERSON.code
            + ") AND (node_key = ? OR name_norm = ?) ORDER BY id")) {
      statement.setString(1, party.text());
      statement.setString(2, party.normalized());
      return ids(statement);
    }
  }

  /** Path and format of each SBOM. */
  private Map<Integer, String[]> files(int[] sboms) throws SQLException {
    Map<Integer, String[]> files = new HashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT s.id, s.path, s.format FROM UNNEST(?) AS t(id) JOIN sbom s ON s.id = t.id")) {
      statement.setObject(1, boxed(sboms));
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          files.put(rows.getInt(1), new String[] {rows.getString(2), rows.getString(3)});
        }
      }
    }
    return files;
  }

  private Map<Integer, WhereUsed.Step> steps(Set<Integer> ids) throws SQLException {
    Map<Integer, WhereUsed.Step> steps = new HashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT n.id, n.node_key, n.role, n.name, n.version FROM UNNEST(?) AS t(id) JOIN node n ON n.id = t.id")) {
      statement.setObject(1, ids.toArray(new Integer[0]));
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          steps.put(rows.getInt(1), new WhereUsed.Step(rows.getString(2), NodeRole.of(rows.getInt(3)),
              rows.getString(4), rows.getString(5)));
        }
      }
    }
    return steps;
  }

  private int count(String sql) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getInt(1);
    }
  }

  private static int[] ids(PreparedStatement statement) throws SQLException {
    try (ResultSet rows = statement.executeQuery()) {
      int[] ids = new int[16];
      int n = 0;
      while (rows.next()) {
        if (n == ids.length) {
          ids = Arrays.copyOf(ids, n * 2);
        }
        ids[n++] = rows.getInt(1);
      }
      return Arrays.copyOf(ids, n);
    }
  }

  private static Integer[] boxed(int[] values) {
    return Arrays.stream(values).boxed().toArray(Integer[]::new);
  }
}
