package dev.spillover.formats.estate;

import dev.spillover.formats.EstateAssembler;
import dev.spillover.formats.Importer;
import dev.spillover.model.Edge;
import dev.spillover.model.Estate;
import dev.spillover.model.Node;
import java.nio.file.Path;

/**
 * The estate folder as one input among others: loaded whole by {@link EstateFolder} (so all or
 * nothing), then handed to the assembler. Edge ids are prefixed with the folder's name, so that
 * two folders never clash; node ids are kept, so that other inputs can refer to them.
 */
public final class EstateFolderImporter implements Importer {
  @Override
  public void read(Path input, EstateAssembler into) {
    Estate estate = EstateFolder.load(input);
    String prefix = input.getFileName() == null ? "estate" : input.getFileName().toString();
    into.input(input.toString());
    estate.sources().values().forEach(into::source);
    for (Node node : estate.nodes().values()) {
      into.node(node, input.toString());
    }
    for (Edge edge : estate.edges()) {
      into.edge(new Edge(prefix + "/" + edge.id(), edge.kind(), edge.from(), edge.to(), edge.validity(),
          edge.provenance(), edge.terms()), input.toString());
    }
    estate.waivers().forEach(into::waiver);
  }
}
