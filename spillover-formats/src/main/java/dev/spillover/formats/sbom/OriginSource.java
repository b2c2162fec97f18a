package dev.spillover.formats.sbom;

import dev.spillover.model.Node;
import java.util.List;

/**
 * Something that says who is behind an SBOM entry: the estate's own edges (the SBOM's supplier,
 * manufacturer, authors; {@code --with} inputs), or later a table that attributes package URLs to
 * organizations. Each answer becomes a {@code spillover:origin} property of the enriched BOM
 * through the same rendering, whatever its source.
 */
@FunctionalInterface
public interface OriginSource {
  /** The origins of {@code entry} (a product or component of the SBOM); empty when this source knows none. */
  List<ComponentStatement.Origin> originsOf(Node entry);
}
