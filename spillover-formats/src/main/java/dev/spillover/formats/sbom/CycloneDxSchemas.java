package dev.spillover.formats.sbom;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.validation.Schema;
import org.cyclonedx.Version;
import org.cyclonedx.parsers.JsonParser;
import org.cyclonedx.parsers.XmlParser;
import org.xml.sax.SAXException;

/**
 * The CycloneDX schemas bundled in cyclonedx-core-java, built once per version (a JSON schema takes
 * a few hundred milliseconds to load) and never fetched from the network.
 *
 * <p>One correction: the library bundles the XSDs of 1.5.0 and 1.6.1, which disagree with their
 * JSON schemas on model cards, and so refuse the specification's own test
 * {@code valid-machine-learning-1.6.xml}: they allow {@code users/user}, {@code useCases/useCase},
 * {@code technicalLimitations/technicalLimitation} and {@code performanceTradeoffs/performanceTradeoff}
 * only once, and no {@code modelCard/properties}. The specification fixed both in 1.5.1 and 1.6.2
 * (CycloneDX/specification issues 737 and 726, pull requests 744 and 743); the same changes are
 * applied here to the library's XSD text before it is compiled.
 */
final class CycloneDxSchemas {
  private static final Map<Version, com.networknt.schema.Schema> JSON = new ConcurrentHashMap<>();
  private static final Map<Version, Schema> XML = new ConcurrentHashMap<>();
  private static final String[] REPEATABLE = {"user", "useCase", "technicalLimitation", "performanceTradeoff"};

  private CycloneDxSchemas() {}

  static com.networknt.schema.Schema json(Version version) {
    return JSON.computeIfAbsent(version, v -> {
      try {
        return new JsonParser().getJsonSchema(v, new ObjectMapper());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load the CycloneDX " + v.getVersionString() + " JSON schema", e);
      }
    });
  }

  static Schema xml(Version version) {
    return XML.computeIfAbsent(version, v -> {
      try {
        XmlParser parser = new XmlParser();
        if (v != Version.VERSION_15 && v != Version.VERSION_16) {
          return parser.getXmlSchema(v);
        }
        String xsd = new String(resource("bom-" + v.getVersionString() + ".xsd"), StandardCharsets.UTF_8);
        for (String element : REPEATABLE) {
          String limited = "<xs:element name=\"" + element + "\" type=\"xs:string\" minOccurs=\"0\" maxOccurs=\"1\" />";
          if (!xsd.contains(limited)) {
            throw new IllegalStateException("the bundled CycloneDX " + v.getVersionString()
                + " XSD has changed: no " + limited + " to correct");
          }
          xsd = xsd.replace(limited, limited.replace("maxOccurs=\"1\"", "maxOccurs=\"unbounded\""));
        }
        xsd = withModelCardProperties(xsd, v);
        return parser.getXmlSchema(new ByteArrayInputStream(resource("spdx.xsd")),
            new ByteArrayInputStream(xsd.getBytes(StandardCharsets.UTF_8)));
      } catch (SAXException e) {
        throw new IllegalStateException("cannot compile the CycloneDX " + v.getVersionString() + " XSD", e);
      }
    });
  }

  /** Adds the optional {@code properties} as the last element of {@code modelCardType}'s sequence. */
  private static String withModelCardProperties(String xsd, Version v) {
    int type = xsd.indexOf("<xs:complexType name=\"modelCardType\">");
    int attribute = type < 0 ? -1 : xsd.indexOf("<xs:attribute name=\"bom-ref\"", type);
    int end = attribute < 0 ? -1 : xsd.lastIndexOf("</xs:sequence>", attribute);
    if (end < type || xsd.substring(type, attribute).contains("bom:propertiesType")) {
      throw new IllegalStateException("the bundled CycloneDX " + v.getVersionString()
          + " XSD has changed: no modelCardType without properties to correct");
    }
    return xsd.substring(0, end)
        + "<xs:element name=\"properties\" type=\"bom:propertiesType\" minOccurs=\"0\" maxOccurs=\"1\"/>\n"
        + xsd.substring(end);
  }

  private static byte[] resource(String name) {
    try (InputStream in = XmlParser.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from cyclonedx-core-java");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + " from cyclonedx-core-java", e);
    }
  }
}
