package dev.spillover.formats.sbom;

import dev.spillover.formats.EstateAssembler;
import dev.spillover.formats.Importer;
import dev.spillover.input.InputException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Reads a CycloneDX SBOM, JSON (spec 1.2 to 1.6) or XML (1.0 to 1.6), through cyclonedx-core-java:
 * the spec version is taken from the content ({@code specVersion}, or the root element's namespace),
 * the document is validated against the library's schema of that version, then parsed by the
 * library and mapped at once to the model: the subject ({@code metadata.component}) becomes a
 * product, every component a component (nested ones embedded in their parent), services
 * cloud-service products, the dependency graph {@code depends_on} edges, suppliers, manufacturers,
 * publishers and authors organizations and persons with {@code publishes}, {@code manufactures} and
 * {@code develops} edges. The mapping, ids and limits are in {@code docs/formats/cyclonedx.md}.
 *
 * <p>All or nothing: any problem (a schema violation, with its line and column; a malformed
 * package URL; a dependency naming an unknown reference) makes the read throw an
 * {@link InputException} listing every problem, and nothing is written. Hostile input is stopped
 * before the library sees it: files over {@link SbomFile#MAX_BYTES} bytes, nesting deeper than
 * {@link JsonScan#MAX_DEPTH} (JSON) or {@link CycloneDxReader#MAX_XML_DEPTH} (XML) levels, and any
 * XML DOCTYPE (no entity is ever declared, expanded or fetched).
 */
public final class CycloneDxImporter implements Importer {
  private static final Pattern XML_NAMESPACE = Pattern.compile("xmlns\\s*=\\s*[\"']"
      + Pattern.quote(CycloneDxReader.NAMESPACE_PREFIX) + "1\\.\\d[\"']");

  /**
   * Reads {@code input} into {@code into}.
   *
   * @throws InputException listing every problem, with file and place; nothing is written then
   * @throws UncheckedIOException when the file cannot be read
   */
  @Override
  public void read(Path input, EstateAssembler into) {
    graph(new SbomFile(input)).writeTo(into);
  }

  /** The whole document mapped, not yet written anywhere; throws every problem found. */
  static SbomGraph graph(SbomFile file) {
    CycloneDxReader.Read read = CycloneDxReader.read(file);
    SbomGraph graph = read == null ? null : new CycloneDxMapper(file, read).map();
    file.throwIfAny();
    return graph;
  }

  /**
   * True when {@code head}, the first bytes of a file, is CycloneDX: a JSON object whose
   * {@code bomFormat} is {@code CycloneDX}, or XML declaring a default namespace
   * {@code http://cyclonedx.org/schema/bom/1.x}. A head cut short is judged on what it holds. Never
   * throws; false for null.
   */
  public static boolean looksLikeCycloneDx(byte[] head) {
    if (head == null) {
      return false;
    }
    SbomFile.Syntax syntax = SbomFile.syntax(head);
    if (syntax == SbomFile.Syntax.XML) {
      return XML_NAMESPACE.matcher(SbomFile.prefix(head, head.length)).find();
    }
    if (syntax != SbomFile.Syntax.JSON) {
      return false;
    }
    String value = JsonScan.topLevelText(head, "bomFormat");
    return value != null && "CycloneDX".equals(value);
  }
}
