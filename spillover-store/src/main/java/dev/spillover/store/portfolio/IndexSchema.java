package dev.spillover.store.portfolio;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The tables of the portfolio index, and their version. The index is derived from the SBOM files
 * alone, so a file of another schema version is not migrated: its tables are dropped and the index
 * is built again from the files (see {@code docs/store.md}).
 */
final class IndexSchema {
  /** Raise on any change to the tables or to what is stored in them. */
  static final int VERSION = 2;

  /** Dropped before the tables of the current version are made: those of this and every earlier one. */
  private static final String[] TABLES = {"sbom_node", "subject", "sbom", "node", "schema_info"};

  private static final String[] CREATE = {
    "CREATE TABLE schema_info(version INT NOT NULL)",
    // Every product, component and party any indexed SBOM names, once (nodes are shared: the same
    // canonical package URL in two SBOMs is one node). name_norm: lower case, white space collapsed.
    "CREATE TABLE node(id INT PRIMARY KEY, node_key VARCHAR NOT NULL UNIQUE, role TINYINT NOT NULL,"
        + " name VARCHAR, name_norm VARCHAR, purl_base VARCHAR, version VARCHAR)",
    "CREATE INDEX node_purl_base ON node(purl_base)",
    "CREATE INDEX node_name_norm ON node(name_norm)",
    // One row per SBOM file; nodes: the ids of the nodes it names, packed as ints (what deleting
    // the SBOM removes from sbom_node, by primary key).
    "CREATE TABLE sbom(id INT PRIMARY KEY, path VARCHAR NOT NULL UNIQUE, size BIGINT NOT NULL,"
        + " modified BIGINT NOT NULL, sha256 CHAR(64) NOT NULL, format VARCHAR NOT NULL, nodes VARBINARY NOT NULL)",
    // Which SBOMs name a node, and the shortest path from each of the SBOM's projects to it
    // (StoredPaths; null when no project of that SBOM reaches it): a query reads only these rows.
    "CREATE TABLE sbom_node(node_id INT NOT NULL, sbom_id INT NOT NULL, paths VARBINARY,"
        + " PRIMARY KEY(node_id, sbom_id))",
  };

  private IndexSchema() {}

  /**
   * Makes the tables of {@link #VERSION} exist, in the connection's transaction.
   *
   * @return the version found before (0 for an empty file), or {@link #VERSION} when it was current
   */
  static int ensure(Connection connection) throws SQLException {
    int found = found(connection);
    if (found == VERSION) {
      return found;
    }
    try (Statement statement = connection.createStatement()) {
      for (String table : TABLES) {
        statement.execute("DROP TABLE IF EXISTS " + table);
      }
      for (String sql : CREATE) {
        statement.execute(sql);
      }
      statement.execute("INSERT INTO schema_info(version) VALUES (" + VERSION + ")");
    }
    return found;
  }

  private static int found(Connection connection) throws SQLException {
    try (ResultSet tables = connection.getMetaData().getTables(null, null, "SCHEMA_INFO", null)) {
      if (!tables.next()) {
        return 0;
      }
    }
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT MAX(version) FROM schema_info")) {
      return row.next() ? row.getInt(1) : 0;
    }
  }
}
