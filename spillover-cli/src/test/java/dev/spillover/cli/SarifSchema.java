package dev.spillover.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The official SARIF 2.1.0 JSON schema (OASIS, draft-04; errata 01), read where the shared test data
 * keeps it ({@code ../../shared/data/sarif}, see its SOURCES.md), never copied into the repository.
 * Validated with networknt json-schema-validator 2.x, which the formats module already uses for BODS.
 */
final class SarifSchema {
  static final Path FILE = Path.of("..", "..", "shared", "data", "sarif", "sarif-schema-2.1.0.json");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Schema schema;

  private SarifSchema() {}

  /** Every way {@code sarif} breaks the schema, as messages; empty when it is valid. */
  static synchronized List<String> violations(String sarif) {
    try {
      if (schema == null) {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
            builder -> builder.schemaRegistryConfig(config));
        schema = registry.getSchema(JSON.readTree(FILE.toFile()));
      }
      JsonNode document = JSON.readTree(sarif);
      return schema.validate(document).stream().map(Error::toString).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
