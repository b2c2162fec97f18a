package dev.spillover.store.portfolio;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One where-used query. The target is matched to nodes with the index's {@code node} table; only the
 * SBOMs that name one of them ({@code sbom_node}) can use it, so only their links are read. Each is
 * searched on its own, breadth first from the matched nodes against the direction of its links, in
 * int arrays numbered for that SBOM: the first time the search reaches a subject of the SBOM it has
 * a shortest path, and a path never mixes the links of two SBOMs (each project's answer rests on
 * what its own SBOM declares).
 */
final class WhereUsedQuery {
  /** A path found, in node ids of the index. */
  private record Found(String sbom, String format, int[] nodes, LinkKind[] links) {}

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
    int[] candidates = ids("SELECT DISTINCT sbom_id FROM sbom_node WHERE node_id = ANY(?) ORDER BY sbom_id", matched);
    Map<Integer, int[]> subjects = subjects(candidates);
    int size = count("SELECT COALESCE(MAX(id), -1) + 1 FROM node");
    Search search = new Search(size, matched);
    List<Found> found = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT id, path, format, link_count, links FROM sbom WHERE id = ANY(?) ORDER BY path")) {
      statement.setObject(1, boxed(candidates));
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          int[] of = subjects.getOrDefault(rows.getInt(1), new int[0]);
          search.run(rows.getString(2), rows.getString(3), rows.getInt(4), rows.getBytes(5), of, found);
        }
      }
    }
    Set<Integer> shown = new LinkedHashSet<>();
    Arrays.stream(matched).forEach(shown::add);
    found.forEach(f -> Arrays.stream(f.nodes).forEach(shown::add));
    Map<Integer, WhereUsed.Step> steps = steps(shown);
    List<WhereUsed.Use> uses = new ArrayList<>(found.size());
    for (Found f : found) {
      List<WhereUsed.Step> nodes = Arrays.stream(f.nodes).mapToObj(steps::get).toList();
      uses.add(new WhereUsed.Use(f.sbom, f.format, nodes, List.of(f.links)));
    }
    uses.sort(Comparator.comparingInt(WhereUsed.Use::length)
        .thenComparing(WhereUsed.Use::sbom)
        .thenComparing(use -> use.project().id()));
    List<WhereUsed.Step> matchedSteps = Arrays.stream(matched).mapToObj(steps::get).toList();
    return new WhereUsed(target, matchedSteps, sboms, candidates.length, uses);
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

  private Map<Integer, int[]> subjects(int[] sboms) throws SQLException {
    Map<Integer, List<Integer>> lists = new HashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT sbom_id, node_id FROM subject WHERE sbom_id = ANY(?) ORDER BY sbom_id, node_id")) {
      statement.setObject(1, boxed(sboms));
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          lists.computeIfAbsent(rows.getInt(1), k -> new ArrayList<>()).add(rows.getInt(2));
        }
      }
    }
    Map<Integer, int[]> subjects = new HashMap<>();
    lists.forEach((sbom, list) -> subjects.put(sbom, list.stream().mapToInt(Integer::intValue).toArray()));
    return subjects;
  }

  private Map<Integer, WhereUsed.Step> steps(Set<Integer> ids) throws SQLException {
    Map<Integer, WhereUsed.Step> steps = new HashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT id, node_key, role, name, version FROM node WHERE id = ANY(?)")) {
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

  private int[] ids(String sql, int[] parameter) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setObject(1, boxed(parameter));
      return ids(statement);
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

  /**
   * Breadth-first search within one SBOM at a time. Arrays indexed by node id of the index are
   * allocated once per query; a round number marks which entries belong to the current SBOM, so
   * nothing is cleared between SBOMs.
   */
  private static final class Search {
    private final int[] round;
    private final int[] local;
    private final int[] matched;
    private int current;

    Search(int nodes, int[] matched) {
      this.round = new int[nodes];
      this.local = new int[nodes];
      this.matched = matched;
    }

    void run(String sbom, String format, int linkCount, byte[] packed, int[] subjects, List<Found> into) {
      current++;
      ByteBuffer buffer = ByteBuffer.wrap(packed);
      int[] user = new int[linkCount];
      int[] used = new int[linkCount];
      byte[] kind = new byte[linkCount];
      int[] global = new int[2 * linkCount + 1];
      int n = 0;
      for (int i = 0; i < linkCount; i++) {
        int u = buffer.getInt();
        int v = buffer.getInt();
        kind[i] = buffer.get();
        if (round[u] != current) {
          round[u] = current;
          local[u] = n;
          global[n++] = u;
        }
        if (round[v] != current) {
          round[v] = current;
          local[v] = n;
          global[n++] = v;
        }
        user[i] = local[u];
        used[i] = local[v];
      }
      // CSR of the links by the node they use: who uses node x is links[start[x] .. start[x + 1]).
      int[] start = new int[n + 1];
      for (int i = 0; i < linkCount; i++) {
        start[used[i] + 1]++;
      }
      for (int x = 0; x < n; x++) {
        start[x + 1] += start[x];
      }
      int[] fill = Arrays.copyOf(start, n);
      int[] byUsed = new int[linkCount];
      for (int i = 0; i < linkCount; i++) {
        byUsed[fill[used[i]]++] = i;
      }
      int[] via = new int[n];
      Arrays.fill(via, -2);
      int[] queue = new int[n];
      int head = 0;
      int tail = 0;
      for (int m : matched) {
        if (m < round.length && round[m] == current && via[local[m]] == -2) {
          via[local[m]] = -1;
          queue[tail++] = local[m];
        }
      }
      int wanted = 0;
      for (int s : subjects) {
        if (round[s] == current) {
          wanted++;
        }
      }
      int reached = 0;
      while (head < tail && reached < wanted) {
        int x = queue[head++];
        for (int p = start[x]; p < start[x + 1]; p++) {
          int link = byUsed[p];
          int y = user[link];
          if (via[y] == -2) {
            via[y] = link;
            queue[tail++] = y;
            if (isSubject(global[y], subjects)) {
              reached++;
            }
          }
        }
      }
      for (int s : subjects) {
        if (round[s] != current || via[local[s]] < 0) {
          continue; // not linked in this SBOM, not reached, or the subject is itself matched
        }
        List<Integer> nodes = new ArrayList<>();
        List<LinkKind> links = new ArrayList<>();
        int x = local[s];
        nodes.add(global[x]);
        while (via[x] >= 0) {
          int link = via[x];
          links.add(LinkKind.of(kind[link]));
          x = used[link];
          nodes.add(global[x]);
        }
        into.add(new Found(sbom, format, nodes.stream().mapToInt(Integer::intValue).toArray(),
            links.toArray(new LinkKind[0])));
      }
    }

    private static boolean isSubject(int node, int[] subjects) {
      for (int s : subjects) {
        if (s == node) {
          return true;
        }
      }
      return false;
    }
  }
}
