package dev.spillover.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;

class SecureXmlTest {
  private static XMLStreamReader reader(String xml) throws XMLStreamException {
    return SecureXml.inputFactory().createXMLStreamReader(new StringReader(xml));
  }

  @Test
  void stopsOnTheRootAfterCommentsAndProcessingInstructions() throws XMLStreamException {
    XMLStreamReader reader = reader("<?xml version=\"1.0\"?><!-- a comment --><?pi x?><root a=\"1\"><child/></root>");
    assertThat(SecureXml.toRoot(reader)).isEqualTo(SecureXml.Prolog.ROOT);
    assertThat(reader.getLocalName()).isEqualTo("root");
    assertThat(reader.getAttributeValue(null, "a")).isEqualTo("1");
  }

  @Test
  void stopsOnADoctypeBeforeTheEntityItDeclaresIsUsed() throws XMLStreamException {
    String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE root [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n<root>&secret;</root>";
    XMLStreamReader reader = reader(xml);
    assertThat(SecureXml.toRoot(reader)).isEqualTo(SecureXml.Prolog.DOCTYPE);
    assertThat(reader.getLocation().getLineNumber()).isEqualTo(2);
  }

  @Test
  void aDocumentWithoutRootIsNotWellFormed() {
    // The JDK's parser refuses it itself; NO_ROOT is there for a parser that ends the document instead.
    assertThatThrownBy(() -> SecureXml.toRoot(reader("<!-- only a comment -->")))
        .isInstanceOfSatisfying(XMLStreamException.class, e -> assertThat(SecureXml.notWellFormed(e))
            .startsWith("not well-formed XML: "));
  }

  @Test
  void wordsTheRefusalsAlikeForEveryReader() {
    assertThat(SecureXml.doctypeRefused("a GLEIF file")).isEqualTo("a DOCTYPE declaration: DTDs and entities are"
        + " refused (none is declared, expanded or fetched), expected a GLEIF file without one");
    assertThatThrownBy(() -> {
      XMLStreamReader reader = reader("<root><open></root>");
      while (reader.hasNext()) {
        reader.next();
      }
    }).isInstanceOfSatisfying(XMLStreamException.class, e -> assertThat(SecureXml.notWellFormed(e))
        .startsWith("not well-formed XML: ").doesNotContain("ParseError at"));
  }

  @Test
  void closingNothingIsFine() {
    SecureXml.close(null);
  }
}
