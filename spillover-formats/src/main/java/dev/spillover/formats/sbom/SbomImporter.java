package dev.spillover.formats.sbom;

import dev.spillover.formats.EstateAssembler;
import dev.spillover.formats.Importer;
import dev.spillover.input.InputException;
import dev.spillover.input.Problem;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads an SBOM in either format, CycloneDX or SPDX, recognized from its content as
 * {@link dev.spillover.formats.InputFormat} does, and says what it listed and where
 * ({@link SbomInventory}): the entry point for commands that work on one SBOM, such as
 * {@code spillover check}. The mapping is the one of {@link CycloneDxImporter} and
 * {@link SpdxImporter}.
 */
public final class SbomImporter implements Importer {
  @Override
  public void read(Path input, EstateAssembler into) {
    load(input, into);
  }

  /**
   * Reads {@code input} into {@code into} and returns its inventory.
   *
   * @throws InputException when the file is not a CycloneDX or SPDX SBOM, or has problems (listed
   *     with file and place); nothing is written then
   * @throws UncheckedIOException when the file cannot be read
   */
  public SbomInventory load(Path input, EstateAssembler into) {
    if (!java.nio.file.Files.isRegularFile(input)) {
      throw new InputException(new Problem(input.toString(), 0, 0,
          java.nio.file.Files.exists(input) ? "is a folder, expected an SBOM file" : "no such file"));
    }
    SbomFile file = new SbomFile(input);
    byte[] bytes = file.bytes();
    String syntax = switch (SbomFile.syntax(bytes)) {
      case JSON -> "JSON";
      case XML -> "XML";
      case TEXT -> "tag-value";
    };
    SbomGraph graph;
    Map<String, JsonScan.Position> places;
    String format;
    if (CycloneDxImporter.looksLikeCycloneDx(bytes)) {
      graph = CycloneDxImporter.graph(file);
      places = SbomPlaces.cycloneDx(bytes, new java.util.HashSet<>(
          graph.spots().values().stream().map(SbomGraph.Spot::key).toList()));
      format = "CycloneDX " + syntax;
    } else if (SpdxImporter.looksLikeSpdx(bytes)) {
      graph = SpdxImporter.map(file).graph();
      places = SbomPlaces.spdx(bytes);
      format = "SPDX " + syntax;
    } else {
      throw new InputException(new Problem(file.shown(), 0, 0, "not an SBOM Spillover reads, expected CycloneDX"
          + " (JSON 1.2 to 1.6, XML 1.0 to 1.6) or SPDX 2.2 or 2.3 (JSON or tag-value)"));
    }
    graph.writeTo(into);
    boolean json = syntax.equals("JSON") && format.startsWith("CycloneDX");
    Map<String, SbomInventory.Item> items = new LinkedHashMap<>();
    graph.spots().forEach((id, spot) -> {
      JsonScan.Position at = places.get(spot.key());
      items.put(id, new SbomInventory.Item(id, spot.ref(), json ? spot.key() : null,
          at == null ? 0 : at.line(), at == null ? 0 : at.column()));
    });
    return new SbomInventory(file.shown(), format, new ArrayList<>(graph.products()), items);
  }
}
