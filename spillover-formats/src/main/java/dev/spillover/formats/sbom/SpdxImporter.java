package dev.spillover.formats.sbom;

import dev.spillover.formats.EstateAssembler;
import dev.spillover.formats.Importer;
import dev.spillover.input.InputException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads an SPDX 2.2 or 2.3 SBOM, JSON or tag-value, through the SPDX Java library
 * ({@code java-spdx-library} with its Jackson and tag-value stores) and maps it at once to the
 * model: described elements become products, other packages components (named by package URL
 * when they have one), relationships {@code depends_on} and {@code embeds} edges, suppliers and
 * originators organizations or persons that publish and develop them. The mapping, ids and limits
 * are in {@code docs/formats/spdx.md}.
 *
 * <p>All or nothing: a document the library cannot read, another SPDX version, a package without a
 * name or with a malformed package URL, an unparsable supplier, makes the read throw an
 * {@link InputException} listing every problem, and nothing is written. What the library's own
 * verification reports (missing licence fields, deprecated licence ids) does not touch the
 * mapping; {@link #load} returns it as warnings. Files over {@link SbomFile#MAX_BYTES} bytes and
 * JSON nested deeper than {@link JsonScan#MAX_DEPTH} levels are refused before the library sees them.
 */
public final class SpdxImporter implements Importer {
  private static final Pattern TAG_VALUE_VERSION = Pattern.compile("(?m)^SPDXVersion:\\s*SPDX-2\\.\\d");

  /** What a read found besides its problems: the library's warnings, in its words. */
  public record Summary(List<String> warnings) {
    public Summary {
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * Reads {@code input} into {@code into}.
   *
   * @throws InputException listing every problem, with file and place; nothing is written then
   * @throws UncheckedIOException when the file cannot be read
   */
  @Override
  public void read(Path input, EstateAssembler into) {
    load(input, into);
  }

  /**
   * Reads {@code input} into {@code into} and returns the library's warnings.
   *
   * @throws InputException listing every problem, with file and place; nothing is written then
   * @throws UncheckedIOException when the file cannot be read
   */
  public Summary load(Path input, EstateAssembler into) {
    Mapped mapped = map(new SbomFile(input));
    mapped.graph().writeTo(into);
    return new Summary(mapped.warnings());
  }

  /** A whole document mapped, not yet written anywhere, with the library's warnings. */
  record Mapped(SbomGraph graph, List<String> warnings) {}

  /** Reads and maps {@code file}; throws every problem found. */
  static Mapped map(SbomFile file) {
    SpdxReader.Read read = SpdxReader.read(file);
    SbomGraph graph = read == null ? null : new SpdxMapper(file, read).map();
    file.throwIfAny();
    return new Mapped(graph, read.warnings());
  }

  /**
   * True when {@code head}, the first bytes of a file, is an SPDX 2 document: a JSON object with a
   * top-level {@code spdxVersion} of the form {@code SPDX-2.x}, or tag-value text with a line
   * {@code SPDXVersion: SPDX-2.x}. Never throws; false for null.
   */
  public static boolean looksLikeSpdx(byte[] head) {
    if (head == null) {
      return false;
    }
    SbomFile.Syntax syntax = SbomFile.syntax(head);
    if (syntax == SbomFile.Syntax.TEXT) {
      return TAG_VALUE_VERSION.matcher(SbomFile.prefix(head, head.length)).find();
    }
    if (syntax != SbomFile.Syntax.JSON) {
      return false;
    }
    String value = JsonScan.topLevelText(head, "spdxVersion");
    return value != null && value.startsWith("SPDX-2");
  }
}
