package dev.spillover.input;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one way Spillover's readers make and start a StAX reader: a factory that declares, expands and
 * fetches no entity and no DTD, a walk to the root element that stops at a DOCTYPE, and the same
 * words for the same refusals in every reader. Readers add their own factory settings (coalescing,
 * entity references) on top, and report problems in their own way, at the place the reader gives.
 */
public final class SecureXml {
  private static final String PARSER_POSITION = "(?s)^ParseError at \\[row,col]:\\[\\d+,\\d+]\\s*Message:\\s*";

  private SecureXml() {}

  /** What {@link #toRoot} met first: the root element, a DOCTYPE declaration, or the end of the document. */
  public enum Prolog {
    ROOT,
    DOCTYPE,
    NO_ROOT
  }

  /** A new JDK StAX factory that declares, expands and fetches no entity and no DTD. */
  public static XMLInputFactory inputFactory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    return factory;
  }

  /**
   * Reads past the prolog. On {@link Prolog#ROOT} the reader stands on the root's start tag; on
   * {@link Prolog#DOCTYPE} on the declaration, so its location is the DOCTYPE's: a caller refuses the
   * document there ({@link #doctypeRefused}), before any entity it declares could be used.
   */
  public static Prolog toRoot(XMLStreamReader reader) throws XMLStreamException {
    while (reader.hasNext()) {
      int event = reader.next();
      if (event == XMLStreamConstants.DTD) {
        return Prolog.DOCTYPE;
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        return Prolog.ROOT;
      }
    }
    return Prolog.NO_ROOT;
  }

  /** The problem of a document with a DOCTYPE, for a reader that expected {@code expected} (a phrase: "a GLEIF file"). */
  public static String doctypeRefused(String expected) {
    return "a DOCTYPE declaration: DTDs and entities are refused (none is declared, expanded or fetched), expected "
        + expected + " without one";
  }

  /** The problem of a document the parser found not well-formed: its message, without the parser's own position prefix. */
  public static String notWellFormed(XMLStreamException e) {
    return "not well-formed XML: " + String.valueOf(e.getMessage()).replaceFirst(PARSER_POSITION, "").strip();
  }

  /** Closes {@code reader} if there is one; the stream behind it stays with its owner. */
  public static void close(XMLStreamReader reader) {
    if (reader != null) {
      try {
        reader.close();
      } catch (XMLStreamException e) {
        // nothing more is read from it, and closing it never closes the stream behind it
      }
    }
  }
}
