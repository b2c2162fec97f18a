package dev.spillover.formats.sbom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.spillover.input.InputException;
import dev.spillover.input.Problem;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Validator;
import org.cyclonedx.Version;
import org.cyclonedx.exception.GeneratorException;
import org.cyclonedx.generators.BomGeneratorFactory;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Metadata;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.Service;
import org.xml.sax.SAXException;

/**
 * Writes a CycloneDX SBOM back with what Spillover says about each entry as {@code spillover:}
 * properties (documented in {@code docs/enriched-bom.md}): the input is read and validated as
 * {@link CycloneDxImporter} reads it, each component, service and the subject ({@code metadata.component})
 * gets the properties rendered from its {@link ComponentStatement}, the BOM's {@code metadata} gets
 * the date and the packs, the BOM's {@code version} goes up by one (the specification asks for it
 * when a BOM is modified), and cyclonedx-core-java's generator writes the result in the input's
 * syntax (JSON or XML) and spec version. Everything the library reads is written back; properties
 * already there are kept, except earlier {@code spillover:} properties of the names written here,
 * which are replaced (enriching an enriched BOM again does not pile them up).
 *
 * <p>Properties exist from CycloneDX 1.3 on: a BOM of 1.0, 1.1 or 1.2 is written as 1.3, which holds
 * everything they can say. The output is validated against the schema of the version written (the
 * same schemas, with the same corrections, as the import) before a byte is written; a BOM the
 * library cannot write validly is a bug, reported as {@link IllegalStateException}.
 */
public final class EnrichedBom {
  /** The namespace of every property written (CycloneDX property taxonomy syntax: {@code namespace:name}). */
  public static final String NAMESPACE = "spillover";
  public static final String ORIGIN = NAMESPACE + ":origin";
  public static final String ORGANIZATION_CHAIN = NAMESPACE + ":organization-chain";
  public static final String VERDICT = NAMESPACE + ":verdict";
  public static final String FINDING = NAMESPACE + ":finding";
  public static final String AS_OF = NAMESPACE + ":as-of";
  public static final String PACKS = NAMESPACE + ":packs";

  /** Every name this writer writes, and so replaces when the input has it already. */
  static final Set<String> NAMES = Set.of(ORIGIN, ORGANIZATION_CHAIN, VERDICT, FINDING, AS_OF, PACKS);

  /**
   * The longest property value written, in characters. Dependency-Track (4.11 and later) stores a
   * component property's value in 1,024 characters and cuts longer ones; a value is shortened here
   * instead, with an ellipsis, so that what is stored is what was written.
   */
  public static final int MAX_VALUE = 1024;

  /** The value of {@link #VERDICT} for an entry no finding with a verdict that counts concerns. */
  public static final String NO_VERDICT = "none";

  /**
   * What the BOM gets: the date assessed, the ids of the packs applied, and the statement about each
   * entry by node id (an entry without one gets no properties).
   */
  public record Annotations(LocalDate asOf, List<String> packs, Map<String, ComponentStatement> statements) {
    public Annotations {
      Objects.requireNonNull(asOf, "asOf");
      packs = List.copyOf(packs);
      statements = Map.copyOf(statements);
    }
  }

  /** What was written: the spec version read and the one written (1.3 for an input before 1.3), and the syntax. */
  public record Written(String inputVersion, String outputVersion, boolean xml) {}

  private EnrichedBom() {}

  /**
   * Reads the CycloneDX SBOM {@code sbom} and writes it to {@code out} (left open) with
   * {@code annotations} as properties.
   *
   * @throws InputException when {@code sbom} is not a CycloneDX SBOM Spillover reads, listing its problems
   * @throws IOException when {@code out} cannot be written
   * @throws IllegalStateException when the library writes a BOM its own schema refuses (a bug)
   */
  public static Written write(Path sbom, Annotations annotations, Writer out) throws IOException {
    SbomFile file = new SbomFile(sbom);
    if (!CycloneDxImporter.looksLikeCycloneDx(file.bytes())) {
      throw new InputException(new Problem(file.shown(), 0, 0,
          "not a CycloneDX SBOM; an enriched BOM is written from a CycloneDX input only"));
    }
    boolean xml = SbomFile.syntax(file.bytes()) == SbomFile.Syntax.XML;
    CycloneDxReader.Read read = CycloneDxReader.read(file);
    SbomGraph graph = read == null ? null : new CycloneDxMapper(file, read).map();
    file.throwIfAny();
    Bom bom = read.bom();
    Version version = read.version().compareTo(Version.VERSION_13) < 0 ? Version.VERSION_13 : read.version();

    graph.places().forEach((id, keys) -> {
      ComponentStatement statement = annotations.statements().get(id);
      if (statement != null) {
        List<Property> properties = SpilloverProperties.of(statement, annotations.asOf());
        for (String key : keys) {
          annotate(bom, key, properties);
        }
      }
    });
    Metadata metadata = bom.getMetadata();
    if (metadata == null) {
      metadata = new Metadata();
      bom.setMetadata(metadata);
    }
    if (!hasMetadataTimestamp(file.bytes(), xml)) {
      // The library's Metadata starts with the current time; a BOM that states none gets none.
      metadata.setTimestamp(null);
    }
    metadata.setProperties(merged(metadata.getProperties(), SpilloverProperties.ofBom(annotations)));
    bom.setVersion(Math.max(bom.getVersion(), 0) + 1);

    String text = generate(bom, version, xml);
    out.write(text);
    if (!text.endsWith("\n")) {
      out.write("\n");
    }
    out.flush();
    return new Written(read.version().getVersionString(), version.getVersionString(), xml);
  }

  /** True when the document states {@code metadata.timestamp} (bytes already validated). */
  private static boolean hasMetadataTimestamp(byte[] bytes, boolean xml) {
    if (!xml) {
      try {
        return !new ObjectMapper().readTree(bytes).at("/metadata/timestamp").isMissingNode();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    try {
      javax.xml.stream.XMLStreamReader reader = CycloneDxReader.factory()
          .createXMLStreamReader(new java.io.ByteArrayInputStream(bytes));
      List<String> path = new ArrayList<>();
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == javax.xml.stream.XMLStreamConstants.START_ELEMENT) {
          path.add(reader.getLocalName());
          if (path.equals(List.of("bom", "metadata", "timestamp"))) {
            return true;
          }
        } else if (event == javax.xml.stream.XMLStreamConstants.END_ELEMENT) {
          path.remove(path.size() - 1);
        }
      }
      return false;
    } catch (javax.xml.stream.XMLStreamException e) {
      throw new IllegalStateException("the XML read a moment ago cannot be read again", e);
    }
  }

  /** Adds {@code properties} to the entry at {@code key} (a JSON pointer, or the same path over XML elements). */
  private static void annotate(Bom bom, String key, List<Property> properties) {
    Object at = bom;
    String[] parts = key.substring(1).split("/");
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      if (at instanceof Bom b && part.equals("metadata")) {
        at = b.getMetadata();
      } else if (at instanceof Metadata m && part.equals("component")) {
        at = m.getComponent();
      } else if (at instanceof Bom b && part.equals("components")) {
        at = b.getComponents().get(Integer.parseInt(parts[++i]));
      } else if (at instanceof Component c && part.equals("components")) {
        at = c.getComponents().get(Integer.parseInt(parts[++i]));
      } else if (at instanceof Bom b && part.equals("services")) {
        at = b.getServices().get(Integer.parseInt(parts[++i]));
      } else if (at instanceof Service s && part.equals("services")) {
        at = s.getServices().get(Integer.parseInt(parts[++i]));
      } else {
        throw new IllegalStateException("no entry at " + key + " of the BOM (at '" + part + "')");
      }
    }
    if (at instanceof Component c) {
      c.setProperties(merged(c.getProperties(), properties));
    } else if (at instanceof Service s) {
      s.setProperties(merged(s.getProperties(), properties));
    } else {
      throw new IllegalStateException("the entry at " + key + " is no component or service");
    }
  }

  /** The properties there already, less earlier ones of the names written here, then {@code added}. */
  private static List<Property> merged(List<Property> existing, List<Property> added) {
    List<Property> all = new ArrayList<>();
    if (existing != null) {
      existing.stream().filter(p -> !NAMES.contains(p.getName())).forEach(all::add);
    }
    all.addAll(added);
    return all;
  }

  private static String generate(Bom bom, Version version, boolean xml) {
    String text;
    try {
      text = xml ? BomGeneratorFactory.createXml(version, bom).toXmlString()
          : BomGeneratorFactory.createJson(version, bom).toJsonString();
    } catch (GeneratorException e) {
      throw new IllegalStateException("cyclonedx-core-java cannot write the enriched BOM as CycloneDX "
          + version.getVersionString() + (xml ? " XML" : " JSON"), e);
    }
    List<String> violations = violations(text, version.getVersionString(), xml);
    if (!violations.isEmpty()) {
      throw new IllegalStateException("the enriched BOM breaks the CycloneDX " + version.getVersionString()
          + (xml ? " XML" : " JSON") + " schema: " + String.join("; ", violations));
    }
    return text;
  }

  /**
   * The violations of the CycloneDX {@code specVersion} ({@code 1.6}) schema in {@code text} (JSON, or XML when
   * {@code xml}), with the corrections the import applies ({@link CycloneDxSchemas}); empty when
   * valid. For tests and for the check before writing.
   */
  public static List<String> violations(String text, String specVersion, boolean xml) {
    Version version = Version.fromVersionString(specVersion);
    if (version == null) {
      throw new IllegalArgumentException("no CycloneDX version " + specVersion);
    }
    List<String> violations = new ArrayList<>();
    if (xml) {
      try {
        Validator validator = CycloneDxSchemas.xml(version).newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.setErrorHandler(new org.xml.sax.ErrorHandler() {
          @Override
          public void warning(org.xml.sax.SAXParseException e) {
            // about the schema, not the document
          }

          @Override
          public void error(org.xml.sax.SAXParseException e) {
            violations.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
          }

          @Override
          public void fatalError(org.xml.sax.SAXParseException e) {
            violations.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
          }
        });
        validator.validate(new StreamSource(new StringReader(text)));
      } catch (SAXException e) {
        if (violations.isEmpty()) {
          violations.add(String.valueOf(e.getMessage()));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      try {
        JsonNode root = new ObjectMapper().readTree(text);
        CycloneDxSchemas.json(version).validate(root)
            .forEach(error -> violations.add(error.getInstanceLocation() + ": " + error.getMessage()));
      } catch (IOException e) {
        violations.add("not JSON: " + e.getMessage());
      }
    }
    return violations;
  }
}
