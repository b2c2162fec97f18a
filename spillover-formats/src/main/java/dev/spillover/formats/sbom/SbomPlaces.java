package dev.spillover.formats.sbom;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Where the products and components of an SBOM are written: the line and column at which each
 * entry starts, found by one more streaming pass over a document already read whole and checked
 * (so these passes never meet a problem the readers have not reported). The libraries keep no
 * positions, so each entry is found by what the mappers know of it: its JSON pointer for
 * CycloneDX (for XML, the same path over elements: {@code /components/3} is the fourth
 * {@code component} of {@code components}), its SPDXID for SPDX.
 */
final class SbomPlaces {
  private static final Pattern ELEMENT_POINTER = Pattern.compile("^/(packages|files)/\\d+$");
  private static final Pattern TAG = Pattern.compile("^(PackageName|FileName|SPDXID):\\s*(.*?)\\s*$");

  private SbomPlaces() {}

  /** The start of each entry of a CycloneDX document, by the JSON pointers in {@code keys}. */
  static Map<String, JsonScan.Position> cycloneDx(byte[] bytes, Set<String> keys) {
    return SbomFile.syntax(bytes) == SbomFile.Syntax.XML ? cycloneDxXml(bytes, keys) : JsonScan.locate(bytes, keys);
  }

  /** The start of each package or file of an SPDX document, by SPDXID. */
  static Map<String, JsonScan.Position> spdx(byte[] bytes) {
    return SbomFile.syntax(bytes) == SbomFile.Syntax.JSON ? spdxJson(bytes) : spdxTagValue(bytes);
  }

  /**
   * The start tag of every {@code component} and {@code service} element, by the JSON pointer the
   * same entry has in CycloneDX JSON: an element inside its plural wrapper ({@code components},
   * {@code services}) is numbered from 0 among its siblings, any other element adds its name.
   */
  private static Map<String, JsonScan.Position> cycloneDxXml(byte[] bytes, Set<String> keys) {
    Map<String, JsonScan.Position> found = new HashMap<>();
    Deque<Frame> stack = new ArrayDeque<>();
    XMLStreamReader reader = null;
    try {
      reader = CycloneDxReader.factory().createXMLStreamReader(new ByteArrayInputStream(bytes));
      while (reader.hasNext() && found.size() < keys.size()) {
        int event = reader.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = reader.getLocalName();
          Frame parent = stack.peek();
          String pointer;
          if (parent == null) {
            pointer = "";
          } else if (parent.name.equals(name + "s") && (name.equals("component") || name.equals("service"))) {
            pointer = parent.pointer + "/" + parent.children++;
          } else {
            pointer = parent.pointer + "/" + name;
          }
          stack.push(new Frame(name, pointer));
          if (keys.contains(pointer)) {
            var at = reader.getLocation();
            found.put(pointer, new JsonScan.Position(at.getLineNumber(), at.getColumnNumber()));
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          stack.pop();
        }
      }
    } catch (XMLStreamException e) {
      // Read and validated before; anything not located is shown without a position.
    } finally {
      close(reader);
    }
    return found;
  }

  /** The opening brace of each object in {@code packages} or {@code files}, by its {@code SPDXID}. */
  private static Map<String, JsonScan.Position> spdxJson(byte[] bytes) {
    Map<String, JsonScan.Position> found = new HashMap<>();
    Map<String, JsonScan.Position> starts = new HashMap<>();
    try (JsonParser p = JsonScan.FACTORY.createParser(bytes)) {
      for (JsonToken token = p.nextToken(); token != null; token = p.nextToken()) {
        if (token == JsonToken.START_OBJECT) {
          String pointer = p.getParsingContext().getParent().pathAsPointer().toString();
          if (ELEMENT_POINTER.matcher(pointer).matches()) {
            JsonLocation at = p.currentTokenLocation();
            starts.put(pointer, new JsonScan.Position(at.getLineNr(), at.getColumnNr()));
          }
        } else if (token == JsonToken.VALUE_STRING && "SPDXID".equals(p.currentName())) {
          JsonScan.Position start = starts.get(p.getParsingContext().pathAsPointer().toString()
              .replaceFirst("/SPDXID$", ""));
          if (start != null) {
            found.putIfAbsent(p.getText(), start);
          }
        }
      }
    } catch (IOException e) {
      // Read before without error; anything not located is shown without a position.
    }
    return found;
  }

  /** The {@code PackageName:} (or {@code FileName:}) line that opens the section of each SPDXID. */
  private static Map<String, JsonScan.Position> spdxTagValue(byte[] bytes) {
    Map<String, JsonScan.Position> found = new HashMap<>();
    String[] lines = SbomFile.prefix(bytes, bytes.length).split("\r?\n|\r", -1);
    int opened = 0;
    for (int i = 0; i < lines.length; i++) {
      Matcher m = TAG.matcher(lines[i]);
      if (!m.matches()) {
        continue;
      }
      if (m.group(1).equals("SPDXID")) {
        found.putIfAbsent(m.group(2), new JsonScan.Position(opened > 0 ? opened : i + 1, 1));
        opened = 0;
      } else {
        opened = i + 1;
      }
    }
    return found;
  }

  private static void close(XMLStreamReader reader) {
    if (reader != null) {
      try {
        reader.close();
      } catch (XMLStreamException e) {
        // a byte array behind it
      }
    }
  }

  private static final class Frame {
    final String name;
    final String pointer;
    int children;

    Frame(String name, String pointer) {
      this.name = name;
      this.pointer = pointer;
    }
  }
}
