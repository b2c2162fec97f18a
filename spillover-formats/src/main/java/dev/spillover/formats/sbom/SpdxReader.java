package dev.spillover.formats.sbom;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.spdx.core.InvalidSPDXAnalysisException;
import org.spdx.jacksonstore.MultiFormatStore;
import org.spdx.library.SpdxModelFactory;
import org.spdx.library.model.v2.SpdxDocument;
import org.spdx.storage.ISerializableModelStore;
import org.spdx.storage.simple.InMemSpdxStore;
import org.spdx.tagvaluestore.TagValueStore;

/**
 * Reads an SPDX 2.2 or 2.3 document, JSON or tag-value, through the SPDX Java library into its own
 * in-memory store: our guard first (size; for JSON depth, duplicate keys and well-formedness with
 * positions), then the library's store, then the version check. The library's own verification
 * ({@code verify()}) and the tag-value parser's warnings are returned as warnings: the library
 * tolerates some deviations (see {@code docs/formats/spdx.md}), and none of them touch what is mapped.
 */
final class SpdxReader {
  private static final Set<String> VERSIONS = Set.of("SPDX-2.2", "SPDX-2.3");
  private static final Pattern LINE = Pattern.compile("(?i)\\bline (\\d+)");
  private static final Object INIT = new Object();
  private static boolean initialized;

  /** A document read, its store (for its packages) and the library's warnings. */
  record Read(SpdxDocument document, ISerializableModelStore store, List<String> warnings) {}

  private SpdxReader() {}

  /** The document in {@code file}, or null after recording its problems in {@code file}. */
  static Read read(SbomFile file) {
    init();
    boolean json = SbomFile.syntax(file.bytes()) == SbomFile.Syntax.JSON;
    if (json) {
      JsonNode root = JsonScan.tree(file);
      if (root == null) {
        return null;
      }
      if (!root.isObject()) {
        file.problem(1, 1, "the document is " + CycloneDxReader.describe(root) + ", expected an SPDX document object");
        return null;
      }
      JsonNode version = root.get("spdxVersion");
      if (version == null || !version.isTextual() || !VERSIONS.contains(version.textValue())) {
        JsonScan.Position at = JsonScan.locate(file.bytes(), Set.of("/spdxVersion"))
            .getOrDefault("/spdxVersion", new JsonScan.Position(1, 1));
        file.problem(at.line(), at.column(), "spdxVersion is " + CycloneDxReader.describe(version)
            + ", expected SPDX-2.2 or SPDX-2.3");
        return null;
      }
    }
    ISerializableModelStore store = json
        ? new MultiFormatStore(new InMemSpdxStore(), MultiFormatStore.Format.JSON)
        : new TagValueStore(new InMemSpdxStore());
    SpdxDocument document;
    List<String> warnings = new ArrayList<>();
    try {
      document = store.deSerialize(new ByteArrayInputStream(file.bytes()), false) instanceof SpdxDocument d ? d : null;
      if (store instanceof TagValueStore tagValue) {
        warnings.addAll(tagValue.getWarnings());
      }
    } catch (InvalidSPDXAnalysisException | IOException | RuntimeException e) {
      String message = CycloneDxReader.shorten(rootMessage(e));
      Matcher line = LINE.matcher(message);
      file.problem(line.find() ? Integer.parseInt(line.group(1)) : 0, 0,
          "not a valid SPDX 2 " + (json ? "JSON" : "tag-value") + " document: " + message);
      return null;
    }
    if (document == null) {
      file.problem(0, 0, "no SPDX 2 document in the file, expected an SPDX 2.2 or 2.3 document");
      return null;
    }
    try {
      String version = document.getSpecVersion();
      if (!VERSIONS.contains(version)) {
        file.problem(versionLine(file), 0, "SPDXVersion is '" + version + "', expected SPDX-2.2 or SPDX-2.3");
        return null;
      }
      warnings.addAll(document.verify());
    } catch (InvalidSPDXAnalysisException e) {
      file.problem(0, 0, "not a valid SPDX 2 document: " + CycloneDxReader.shorten(rootMessage(e)));
      return null;
    }
    return new Read(document, store, warnings.stream().distinct().toList());
  }

  /** The line of the tag-value {@code SPDXVersion:} tag, for the message; 0 when not found. */
  private static int versionLine(SbomFile file) {
    String[] lines = new String(file.bytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n", 10_000);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith("SPDXVersion:")) {
        return i + 1;
      }
    }
    return 0;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root.getMessage() + ")";
  }

  /** The library's model registry, set up once per class loader. */
  private static void init() {
    synchronized (INIT) {
      if (!initialized) {
        SpdxModelFactory.init();
        initialized = true;
      }
    }
  }
}
