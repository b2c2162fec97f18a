package dev.spillover.input;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Parses one YAML file into located nodes. Hostile input is refused with a problem, never
 * expanded: anchors and aliases are not allowed (so no "billion laughs"), nesting is limited to
 * {@link #MAX_DEPTH} levels and a file to {@link #MAX_BYTES} bytes.
 */
public final class YamlDocument {
  /** The deepest nesting accepted. */
  public static final int MAX_DEPTH = 40;

  /** The largest file accepted. */
  public static final int MAX_BYTES = 16 * 1024 * 1024;

  private YamlDocument() {}

  /**
   * Reads {@code path}, shown in messages as {@code name}. Returns the root node, or null after
   * recording the problem when the file cannot be read or parsed, is empty, or holds more than one
   * document.
   */
  public static YamlNode read(Path path, String name, Problems problems) {
    String text;
    try {
      long size = Files.size(path);
      if (size > MAX_BYTES) {
        problems.add(new Problem(name, 0, 0,
            "file is " + size + " bytes, larger than the " + MAX_BYTES + " bytes accepted"));
        return null;
      }
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path)))
          .toString();
    } catch (CharacterCodingException e) {
      problems.add(new Problem(name, 0, 0, "file is not valid UTF-8 text"));
      return null;
    } catch (IOException e) {
      problems.add(new Problem(name, 0, 0, "cannot read file: " + e.getMessage()));
      return null;
    }
    return parse(text, name, problems);
  }

  /** Parses {@code text} as if it were the file {@code name}; see {@link #read}. */
  public static YamlNode parse(String text, String name, Problems problems) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(0);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(MAX_BYTES);
    options.setAllowRecursiveKeys(false);
    Yaml yaml = new Yaml(options);
    try (Reader reader = new StringReader(text)) {
      Node root = null;
      int documents = 0;
      for (Node document : yaml.composeAll(reader)) {
        documents++;
        if (documents == 1) {
          root = document;
        } else {
          Mark mark = document.getStartMark();
          problems.add(new Problem(name, mark.getLine() + 1, mark.getColumn() + 1,
              "a second YAML document: expected one document per file"));
          return null;
        }
      }
      if (root == null) {
        problems.add(new Problem(name, 0, 0, "file is empty: expected a YAML mapping"));
        return null;
      }
      String alias = firstAnchor(root, new IdentityHashMap<>());
      if (alias != null) {
        problems.add(new Problem(name, 0, 0, "anchor '&" + alias + "': anchors and aliases are not accepted"));
        return null;
      }
      return new YamlNode(name, root);
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
      if (e.getContext() != null && e.getContext().contains("duplicate")) {
        what = e.getContext().trim() + ": " + what;
      }
      int line = mark == null ? 0 : mark.getLine() + 1;
      int column = mark == null ? 0 : mark.getColumn() + 1;
      problems.add(new Problem(name, line, column, "not valid YAML: " + what));
      return null;
    } catch (YAMLException e) {
      problems.add(new Problem(name, 0, 0, "not valid YAML: " + e.getMessage()));
      return null;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String firstAnchor(Node node, Map<Node, Boolean> seen) {
    if (seen.put(node, Boolean.TRUE) != null) {
      return "(alias)";
    }
    if (node.getAnchor() != null) {
      return node.getAnchor();
    }
    if (node instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        String found = firstAnchor(tuple.getKeyNode(), seen);
        if (found == null) {
          found = firstAnchor(tuple.getValueNode(), seen);
        }
        if (found != null) {
          return found;
        }
      }
    } else if (node instanceof SequenceNode sequence) {
      for (Node item : sequence.getValue()) {
        String found = firstAnchor(item, seen);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }
}
