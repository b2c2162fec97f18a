package dev.spillover.formats.sbom;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import dev.spillover.input.SecureXml;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Validator;
import org.cyclonedx.Version;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.model.Bom;
import org.cyclonedx.parsers.JsonParser;
import org.cyclonedx.parsers.XmlParser;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads a CycloneDX document into the library's {@link Bom}, in three steps: our own guard (size,
 * nesting depth, no DOCTYPE, well-formed, the spec version from the content), the library's schema
 * of that version (every violation with its line and column), then the library's parser.
 */
final class CycloneDxReader {
  /** The deepest element nesting accepted in XML (see {@link JsonScan#MAX_DEPTH} for JSON). */
  static final int MAX_XML_DEPTH = 128;

  /** The most schema violations listed for one file. */
  static final int MAX_PROBLEMS = 100;

  /** Longer messages (the schemas' enumerations of licence ids run to pages) are cut here. */
  private static final int MAX_MESSAGE = 300;

  static final String NAMESPACE_PREFIX = "http://cyclonedx.org/schema/bom/";

  // One parser of each kind for the process. Each holds a Jackson mapper that builds its
  // deserializers on first use and keeps them: a new parser per file spent over 90 % of a small
  // SBOM's parse building them again. The mappers are only read from, so sharing is thread-safe.
  private static final JsonParser JSON = new JsonParser();
  private static final XmlParser XML = new XmlParser();

  /** A document the schema has accepted, with its version. */
  record Read(Bom bom, Version version) {}

  private CycloneDxReader() {}

  /** The document in {@code file}, or null after recording its problems in {@code file}. */
  static Read read(SbomFile file) {
    return SbomFile.syntax(file.bytes()) == SbomFile.Syntax.XML ? readXml(file) : readJson(file);
  }

  private static Read readJson(SbomFile file) {
    JsonNode root = JsonScan.tree(file);
    if (root == null) {
      return null;
    }
    if (!root.isObject()) {
      file.problem(1, 1, "the document is " + describe(root) + ", expected a CycloneDX BOM object");
      return null;
    }
    JsonNode spec = root.get("specVersion");
    Version version = spec != null && spec.isTextual() ? jsonVersion(spec.textValue()) : null;
    if (version == null) {
      Map<String, JsonScan.Position> at = JsonScan.locate(file.bytes(), Set.of("/specVersion"));
      JsonScan.Position position = at.getOrDefault("/specVersion", new JsonScan.Position(1, 1));
      file.problem(position.line(), position.column(), "specVersion is " + (spec == null ? "absent" : describe(spec))
          + ", expected the CycloneDX version of a JSON BOM: 1.2, 1.3, 1.4, 1.5 or 1.6");
      return null;
    }
    List<Error> errors = CycloneDxSchemas.json(version).validate(root);
    if (!errors.isEmpty()) {
      reportJson(file, version, errors);
      return null;
    }
    try {
      return new Read(JSON.parse(file.bytes()), version);
    } catch (ParseException e) {
      file.problem(0, 0, "CycloneDX " + version.getVersionString() + " that the library cannot read: " + cause(e));
      return null;
    }
  }

  private static void reportJson(SbomFile file, Version version, List<Error> errors) {
    Set<String> seen = new LinkedHashSet<>();
    List<String[]> shown = new ArrayList<>();
    for (Error error : errors) {
      String pointer = pointer(error);
      String message = shorten(error.getMessage());
      if (seen.add(pointer + "\u0000" + message) && shown.size() < MAX_PROBLEMS) {
        shown.add(new String[] {pointer, message, describe(error.getInstanceNode())});
      }
    }
    Set<String> pointers = new LinkedHashSet<>();
    shown.forEach(s -> pointers.add(s[0]));
    Map<String, JsonScan.Position> positions = JsonScan.locate(file.bytes(), pointers);
    for (String[] s : shown) {
      JsonScan.Position at = positions.get(s[0]);
      file.problem(at == null ? 0 : at.line(), at == null ? 0 : at.column(), "at " + (s[0].isEmpty() ? "/" : s[0])
          + ": " + s[2] + " breaks the CycloneDX " + version.getVersionString() + " JSON schema: " + s[1]);
    }
    if (seen.size() > shown.size()) {
      file.problem(0, 0, seen.size() + " schema violations in all, only the first " + shown.size() + " are listed");
    }
  }

  /** The JSON pointer of the value an error is about. */
  private static String pointer(Error error) {
    StringBuilder pointer = new StringBuilder();
    var location = error.getInstanceLocation();
    for (int i = 0; i < location.getNameCount(); i++) {
      pointer.append('/').append(String.valueOf(location.getElement(i)).replace("~", "~0").replace("/", "~1"));
    }
    return pointer.toString();
  }

  private static Version jsonVersion(String text) {
    for (Version version : List.of(Version.VERSION_12, Version.VERSION_13, Version.VERSION_14, Version.VERSION_15,
        Version.VERSION_16)) {
      if (version.getVersionString().equals(text)) {
        return version;
      }
    }
    return null;
  }

  private static Read readXml(SbomFile file) {
    Version version = scanXml(file);
    if (version == null) {
      return null;
    }
    List<SAXParseException> errors = new ArrayList<>();
    try {
      Validator validator = CycloneDxSchemas.xml(version).newValidator();
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      validator.setErrorHandler(new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
          // warnings are about the schema, not the document
        }

        @Override
        public void error(SAXParseException e) {
          errors.add(e);
        }

        @Override
        public void fatalError(SAXParseException e) {
          errors.add(e);
        }
      });
      validator.validate(new StreamSource(new ByteArrayInputStream(file.bytes())));
    } catch (SAXException e) {
      if (errors.isEmpty()) {
        file.problem(0, 0, "not valid CycloneDX " + version.getVersionString() + " XML: " + shorten(e.getMessage()));
      }
    } catch (IOException e) {
      file.problem(0, 0, "cannot be validated: " + e.getMessage());
    }
    if (!errors.isEmpty()) {
      errors.stream().limit(MAX_PROBLEMS).forEach(e -> file.problem(e.getLineNumber(), e.getColumnNumber(),
          "breaks the CycloneDX " + version.getVersionString() + " XML schema: " + shorten(e.getMessage())));
      if (errors.size() > MAX_PROBLEMS) {
        file.problem(0, 0, errors.size() + " schema violations in all, only the first " + MAX_PROBLEMS + " are listed");
      }
      return null;
    }
    if (file.hasProblems()) {
      return null;
    }
    try {
      return new Read(XML.parse(file.bytes()), version);
    } catch (ParseException e) {
      file.problem(0, 0, "CycloneDX " + version.getVersionString() + " that the library cannot read: " + cause(e));
      return null;
    }
  }

  /**
   * Streams the whole XML document once, refusing a DOCTYPE (so no entity is ever declared, expanded
   * or fetched, by us or the library) and nesting deeper than {@link #MAX_XML_DEPTH}; returns the
   * version its root's namespace names, or null after recording a problem.
   */
  private static Version scanXml(SbomFile file) {
    XMLStreamReader reader = null;
    Version version = null;
    try {
      reader = factory().createXMLStreamReader(new ByteArrayInputStream(file.bytes()));
      int depth = 0;
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.DTD) {
          problem(file, reader.getLocation(), SecureXml.doctypeRefused("a CycloneDX document"));
          return null;
        } else if (event == XMLStreamConstants.START_ELEMENT) {
          depth++;
          if (depth > MAX_XML_DEPTH) {
            problem(file, reader.getLocation(), "elements nested deeper than " + MAX_XML_DEPTH
                + " levels, expected at most " + MAX_XML_DEPTH + "; refused as broken or hostile input");
            return null;
          }
          if (depth == 1) {
            version = xmlVersion(reader.getNamespaceURI());
            if (!"bom".equals(reader.getLocalName()) || version == null) {
              problem(file, reader.getLocation(), "root element {" + reader.getNamespaceURI() + "}" + reader.getLocalName()
                  + ", expected bom in a CycloneDX namespace " + NAMESPACE_PREFIX + "1.0 to 1.6");
              return null;
            }
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
        }
      }
      return version;
    } catch (XMLStreamException e) {
      problem(file, e.getLocation(), SecureXml.notWellFormed(e));
      return null;
    } finally {
      SecureXml.close(reader);
    }
  }

  private static Version xmlVersion(String namespace) {
    for (Version version : Version.values()) {
      if (version.getNamespace().equals(namespace)) {
        return version;
      }
    }
    return null;
  }

  /** A StAX factory with DTDs and external entities off. */
  static XMLInputFactory factory() {
    XMLInputFactory factory = SecureXml.inputFactory();
    return factory;
  }

  private static void problem(SbomFile file, Location at, String message) {
    file.problem(at == null ? 0 : at.getLineNumber(), at == null ? 0 : at.getColumnNumber(), message);
  }

  private static String cause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return shorten(String.valueOf(root.getMessage()));
  }

  static String shorten(String message) {
    String flat = String.valueOf(message).replaceAll("\\s+", " ").strip();
    return flat.length() <= MAX_MESSAGE ? flat : flat.substring(0, MAX_MESSAGE) + "...";
  }

  static String describe(JsonNode value) {
    if (value == null || value.isMissingNode()) {
      return "absent";
    }
    if (value.isObject()) {
      return "an object";
    }
    if (value.isArray()) {
      return "an array";
    }
    return shorten(value.toString());
  }
}
