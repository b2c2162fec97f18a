package dev.spillover.screening.list.un;

import dev.spillover.input.SecureXml;
import dev.spillover.screening.list.internal.ListFile;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an XML list with StAX, one record element at a time, each as a small {@link Element} tree,
 * so that the file is never held whole. Hostile input is refused, never expanded or fetched: the
 * parser supports no DTDs and no external entities, a DOCTYPE declaration is refused as soon as it
 * is met (the UN's files have none), and a record nested deeper than {@link #MAX_DEPTH}, holding
 * more than {@link #MAX_ELEMENTS} elements or a text longer than {@link #MAX_TEXT} characters is
 * refused. The file's size is bounded by {@link ListFile#MAX_BYTES} before it is opened.
 */
final class XmlRecords {
  /** The deepest nesting accepted below the root; the UN's records go four levels deep. */
  static final int MAX_DEPTH = 16;

  /** The most elements one record may hold; the UN's largest holds a few hundred. */
  static final int MAX_ELEMENTS = 20_000;

  /** The longest text accepted in one element. */
  static final int MAX_TEXT = 1 << 20;

  /** One element: its name, its text (stripped, empty when it has none), its children and its line. */
  record Element(String name, String text, List<Element> children, int line) {
    /** The first child named {@code name}, or null. */
    Element child(String name) {
      for (Element child : children) {
        if (child.name.equals(name)) {
          return child;
        }
      }
      return null;
    }

    /** The children named {@code name}. */
    List<Element> all(String name) {
      return children.stream().filter(c -> c.name.equals(name)).toList();
    }

    /** The text of the first child named {@code name}, empty when there is none. */
    String text(String name) {
      Element child = child(name);
      return child == null ? "" : child.text;
    }

    /** The texts of the {@code VALUE} children of each child named {@code name}, non-empty ones only. */
    List<String> values(String name) {
      List<String> values = new ArrayList<>();
      for (Element child : all(name)) {
        for (Element value : child.all("VALUE")) {
          if (!value.text.isEmpty()) {
            values.add(value.text);
          }
        }
      }
      return values;
    }
  }

  /** Receives the root element's attributes once, then each record. */
  interface Sink {
    void root(String name, XMLStreamReader attributes);

    void record(Element record);
  }

  private XmlRecords() {}

  /** A StAX factory that supports neither DTDs nor external entities. */
  static XMLInputFactory factory() {
    XMLInputFactory factory = SecureXml.inputFactory();
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    return factory;
  }

  /**
   * Reads {@code in}: the root element must be {@code root}; every element named one of
   * {@code records}, at any depth below it, goes to {@code sink}. Problems go to {@code file}.
   * Does not close {@code in}.
   */
  static void read(InputStream in, ListFile file, String root, List<String> records, Sink sink) {
    XMLStreamReader reader = null;
    try {
      reader = factory().createXMLStreamReader(in);
      SecureXml.Prolog prolog = SecureXml.toRoot(reader);
      if (prolog == SecureXml.Prolog.DOCTYPE) {
        problem(file, reader.getLocation(), SecureXml.doctypeRefused("a document with root " + root));
        return;
      }
      if (prolog == SecureXml.Prolog.NO_ROOT) {
        file.problem(0, "no root element, expected an XML document with root " + root);
        return;
      }
      if (!reader.getLocalName().equals(root)) {
        problem(file, reader.getLocation(), "root element " + reader.getLocalName() + ", expected " + root);
        return;
      }
      sink.root(root, reader);
      int depth = 1;
      while (reader.hasNext() && !file.full()) {
        int event = reader.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          if (records.contains(reader.getLocalName())) {
            Element record = element(reader, file, depth + 1, new int[1]);
            if (record == null) {
              return;
            }
            sink.record(record);
          } else if (++depth > MAX_DEPTH) {
            problem(file, reader.getLocation(), "elements nested deeper than " + MAX_DEPTH
                + " levels, expected at most that; refused");
            return;
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
        } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
          problem(file, reader.getLocation(), "entity reference &" + reader.getLocalName()
              + "; expected text without entities other than XML's own; refused");
          return;
        }
      }
    } catch (XMLStreamException e) {
      problem(file, e.getLocation(), SecureXml.notWellFormed(e));
    } finally {
      SecureXml.close(reader);
    }
  }

  /** The element the reader is at, read to its end; null after a problem when it breaks a limit. */
  private static Element element(XMLStreamReader reader, ListFile file, int depth, int[] count)
      throws XMLStreamException {
    if (depth > MAX_DEPTH || ++count[0] > MAX_ELEMENTS) {
      problem(file, reader.getLocation(), depth > MAX_DEPTH
          ? "elements nested deeper than " + MAX_DEPTH + " levels, expected at most that; refused"
          : "a record of more than " + MAX_ELEMENTS + " elements, expected at most that; refused");
      return null;
    }
    String name = reader.getLocalName();
    int line = reader.getLocation().getLineNumber();
    StringBuilder text = new StringBuilder();
    List<Element> children = new ArrayList<>();
    while (reader.hasNext()) {
      int event = reader.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          Element child = element(reader, file, depth + 1, count);
          if (child == null) {
            return null;
          }
          children.add(child);
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (text.length() + reader.getTextLength() > MAX_TEXT) {
            problem(file, reader.getLocation(), "a text longer than " + MAX_TEXT + " characters in " + name
                + ", expected at most that; refused");
            return null;
          }
          text.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
        }
        case XMLStreamConstants.ENTITY_REFERENCE -> {
          problem(file, reader.getLocation(), "entity reference &" + reader.getLocalName()
              + "; expected text without entities other than XML's own; refused");
          return null;
        }
        case XMLStreamConstants.END_ELEMENT -> {
          return new Element(name, text.toString().strip(), List.copyOf(children), line);
        }
        default -> {
          // comments and processing instructions carry nothing a list needs
        }
      }
    }
    return new Element(name, text.toString().strip(), List.copyOf(children), line);
  }

  private static void problem(ListFile file, Location at, String message) {
    file.problem(at == null ? 0 : Math.max(0, at.getLineNumber()), at == null ? 0 : Math.max(0, at.getColumnNumber()),
        message);
  }
}
