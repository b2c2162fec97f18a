package dev.spillover.store.portfolio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small CycloneDX 1.5 JSON SBOMs written for tests: a project, its components (by bom-ref, each a
 * package URL, optionally with a supplier) and dependencies.
 */
final class TestBoms {
  private final String project;
  private final Map<String, String[]> components = new LinkedHashMap<>();
  private final Map<String, List<String>> dependencies = new LinkedHashMap<>();

  private TestBoms(String project) {
    this.project = project;
  }

  /** A BOM whose subject is {@code pkg:maven/org.acme/<project>@1.0}, bom-ref {@code app}. */
  static TestBoms project(String project) {
    return new TestBoms(project);
  }

  /** Adds component {@code ref} with package URL {@code purl}, supplied by {@code supplier} (or null). */
  TestBoms component(String ref, String purl, String supplier) {
    components.put(ref, new String[] {purl, supplier});
    return this;
  }

  TestBoms component(String ref, String purl) {
    return component(ref, purl, null);
  }

  /** {@code from} (a component ref, or {@code app} for the project) depends on {@code to}. */
  TestBoms depends(String from, String... to) {
    dependencies.computeIfAbsent(from, k -> new ArrayList<>()).addAll(List.of(to));
    return this;
  }

  String json() {
    StringBuilder json = new StringBuilder();
    json.append("{\n  \"bomFormat\": \"CycloneDX\",\n  \"specVersion\": \"1.5\",\n  \"version\": 1,\n")
        .append("  \"metadata\": {\"component\": {\"type\": \"application\", \"bom-ref\": \"app\", \"name\": \"")
        .append(project).append("\", \"version\": \"1.0\", \"purl\": \"pkg:maven/org.acme/").append(project)
        .append("@1.0\"}},\n  \"components\": [");
    String separator = "\n";
    for (Map.Entry<String, String[]> c : components.entrySet()) {
      String purl = c.getValue()[0];
      String name = purl.substring(purl.lastIndexOf('/') + 1, purl.contains("@") ? purl.indexOf('@') : purl.length());
      json.append(separator).append("    {\"type\": \"library\", \"bom-ref\": \"").append(c.getKey())
          .append("\", \"name\": \"").append(name).append("\", \"purl\": \"").append(purl).append('"');
      if (c.getValue()[1] != null) {
        json.append(", \"supplier\": {\"name\": \"").append(c.getValue()[1]).append("\"}");
      }
      json.append('}');
      separator = ",\n";
    }
    json.append("\n  ],\n  \"dependencies\": [");
    separator = "\n";
    for (Map.Entry<String, List<String>> d : dependencies.entrySet()) {
      json.append(separator).append("    {\"ref\": \"").append(d.getKey()).append("\", \"dependsOn\": [");
      json.append(String.join(", ", d.getValue().stream().map(r -> '"' + r + '"').toList())).append("]}");
      separator = ",\n";
    }
    json.append("\n  ]\n}\n");
    return json.toString();
  }

  Path writeTo(Path file) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, json());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
