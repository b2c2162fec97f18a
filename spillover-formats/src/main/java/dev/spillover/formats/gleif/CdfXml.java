package dev.spillover.formats.gleif;

import dev.spillover.input.SecureXml;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads GLEIF's XML files with StAX, one record at a time: LEI-CDF ({@code LEIData}, Level 1),
 * RR-CDF ({@code RelationshipData}, Level 2 relationships) and reporting exceptions
 * ({@code ReportingExceptionData}). Each record element becomes a {@link Tree} and is mapped at
 * once, so a file of millions of records is never held whole.
 *
 * <p>Hostile input is refused, never expanded or fetched: the parser supports no DTDs and no
 * external entities, and a document with a DOCTYPE declaration is refused as soon as it is met
 * (GLEIF files have none), before any element is read.
 */
final class CdfXml {
  static final String LEI_NAMESPACE = "http://www.gleif.org/data/schema/leidata/2016";
  static final String RR_NAMESPACE = "http://www.gleif.org/data/schema/rr/2016";
  static final String REPEX_NAMESPACE = "http://www.gleif.org/data/schema/repex/2016";

  /** The deepest element nesting accepted inside a record; GLEIF's records go five levels deep. */
  static final int MAX_DEPTH = 32;

  /** Each root element GLEIF uses: its namespace, header, record list, record and the source's title. */
  private record Shape(String namespace, String header, String records, String record, String title) {}

  private static final Map<String, Shape> SHAPES = Map.of(
      "LEIData", new Shape(LEI_NAMESPACE, "LEIHeader", "LEIRecords", "LEIRecord", "GLEIF LEI-CDF file "),
      "RelationshipData", new Shape(RR_NAMESPACE, "Header", "RelationshipRecords", "RelationshipRecord",
          "GLEIF RR-CDF relationship file "),
      "ReportingExceptionData", new Shape(REPEX_NAMESPACE, "Header", "ReportingExceptions", "Exception",
          "GLEIF reporting exceptions file "));

  private CdfXml() {}

  /** True when {@code namespace} and {@code root} are one of GLEIF's root elements. */
  static boolean isGleifRoot(String namespace, String root) {
    Shape shape = SHAPES.get(root);
    return shape != null && shape.namespace().equals(namespace);
  }

  /** A StAX factory that supports neither DTDs nor external entities. */
  static XMLInputFactory factory() {
    XMLInputFactory factory = SecureXml.inputFactory();
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    return factory;
  }

  /** Reads one XML file into {@code into}, recording problems in {@code file}. Does not close {@code in}. */
  static void read(InputStream in, GleifFile file, GleifData into) {
    XMLStreamReader reader = null;
    try {
      reader = factory().createXMLStreamReader(in);
      SecureXml.Prolog prolog = SecureXml.toRoot(reader);
      if (prolog == SecureXml.Prolog.DOCTYPE) {
        problem(file, reader.getLocation(), SecureXml.doctypeRefused("a GLEIF file"));
        return;
      }
      if (prolog == SecureXml.Prolog.NO_ROOT) {
        file.problem(0, 0, "no root element: expected an XML document with root LEIData, RelationshipData or"
            + " ReportingExceptionData");
        return;
      }
      String root = reader.getLocalName();
      if (!isGleifRoot(reader.getNamespaceURI(), root)) {
        problem(file, reader.getLocation(), "root element {" + reader.getNamespaceURI() + "}" + root
            + ": expected LEIData, RelationshipData or ReportingExceptionData in a GLEIF namespace");
        return;
      }
      Shape shape = SHAPES.get(root);
      into.file(file, shape.title() + file.name());
      readRoot(reader, shape, file, into);
    } catch (XMLStreamException e) {
      problem(file, e.getLocation(), SecureXml.notWellFormed(e));
    } finally {
      SecureXml.close(reader);
    }
  }

  private static void readRoot(XMLStreamReader reader, Shape shape, GleifFile file, GleifData into)
      throws XMLStreamException {
    int index = 0;
    while (reader.hasNext()) {
      int event = reader.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        return; // the root's end
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String name = reader.getLocalName();
      if (name.equals(shape.header())) {
        Tree header = element(reader, "", 1, file);
        file.contentDate(file.date(header.child("ContentDate"), "the header", shape.header() + "/ContentDate"));
      } else if (name.equals(shape.records())) {
        while (reader.nextTag() == XMLStreamConstants.START_ELEMENT) {
          Tree record = element(reader, "", 1, file);
          if (record.name().equals(shape.record())) {
            index++;
            record(shape, record, index, file, into);
          }
        }
      } else {
        element(reader, "", 1, file); // an extension or a part we do not read
      }
    }
  }

  private static void record(Shape shape, Tree record, int index, GleifFile file, GleifData into) {
    switch (shape.record()) {
      case "LEIRecord" -> {
        var organization = Entities.fromXml(record, index, file);
        if (organization != null) {
          into.organization(organization, file);
        }
      }
      case "RelationshipRecord" -> {
        var edge = Relationships.fromXml(record, index, file);
        if (edge != null) {
          into.edge(edge, file);
        }
      }
      default -> {
        var exception = ReportingExceptions.fromXml(record, index, file);
        if (exception != null) {
          into.exception(exception, file);
        }
      }
    }
  }

  /** Reads the element the reader is at, with everything inside it, leaving the reader at its end. */
  private static Tree element(XMLStreamReader reader, String parent, int depth, GleifFile file)
      throws XMLStreamException {
    Location at = reader.getLocation();
    String name = reader.getLocalName();
    String path = parent.isEmpty() ? name : parent + "/" + name;
    if (depth > MAX_DEPTH) {
      throw new XMLStreamException("elements nested deeper than " + MAX_DEPTH + " levels, expected at most "
          + MAX_DEPTH, at);
    }
    List<Tree> children = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    while (true) {
      int event = reader.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> children.add(element(reader, path, depth + 1, file));
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
            text.append(reader.getText());
        case XMLStreamConstants.END_ELEMENT -> {
          Tree tree = new Tree(name, path, at.getLineNumber(), at.getColumnNumber(),
              children.isEmpty() ? Tree.Kind.SCALAR : Tree.Kind.OBJECT, children.isEmpty() ? text.toString() : null);
          children.forEach(tree::add);
          return tree;
        }
        default -> {
          // comments and processing instructions carry nothing we read
        }
      }
    }
  }

  private static void problem(GleifFile file, Location location, String message) {
    file.problem(location == null ? 0 : Math.max(location.getLineNumber(), 0),
        location == null ? 0 : Math.max(location.getColumnNumber(), 0), message);
  }

}
