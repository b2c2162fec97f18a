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
    // SnakeYAML refuses a collection when the depth already reached exceeds the limit, so a limit
    // of MAX_DEPTH - 1 is what refuses the (MAX_DEPTH + 1)th level.
    options.setNestingDepthLimit(MAX_DEPTH - 1);
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
      if (root == null || isEmptyScalar(root)) {
        problems.add(new Problem(name, 0, 0, "file is empty: expected a YAML mapping"));
        return null;
      }
      Node anchored = firstAnchored(root, new IdentityHashMap<>());
      if (anchored != null) {
        Mark mark = anchored.getStartMark();
        problems.add(new Problem(name, mark.getLine() + 1, mark.getColumn() + 1,
            (anchored.getAnchor() == null ? "an alias" : "anchor '&" + anchored.getAnchor() + "'")
                + ": anchors and aliases are not accepted"));
        return null;
      }
      int before = problems.list().size();
      checkDuplicateKeys(root, name, problems);
      return problems.list().size() > before ? null : new YamlNode(name, root);
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
      if (String.valueOf(e.getMessage()).contains("Nesting Depth")) {
        what = "nested deeper than " + MAX_DEPTH + " levels, expected at most " + MAX_DEPTH;
      }
      if (e.getContext() != null && e.getContextMark() != null && mark != e.getContextMark()) {
        what = what + " (" + e.getContext().trim() + " at line " + (e.getContextMark().getLine() + 1)
            + ", column " + (e.getContextMark().getColumn() + 1) + ")";
      }
      int line = mark == null ? 0 : mark.getLine() + 1;
      int column = mark == null ? 0 : mark.getColumn() + 1;
      problems.add(new Problem(name, line, column, "not valid YAML: " + what));
      return null;
    } catch (YAMLException e) {
      String said = String.valueOf(e.getMessage());
      String message = said.contains("aliases") ? "anchors and aliases are not accepted"
          : said.contains("Nesting Depth") ? "nested deeper than " + MAX_DEPTH + " levels, expected at most " + MAX_DEPTH
          : "not valid YAML: " + said;
      problems.add(new Problem(name, 0, 0, message));
      return null;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static boolean isEmptyScalar(Node node) {
    return node instanceof org.yaml.snakeyaml.nodes.ScalarNode scalar
        && node.getTag().equals(org.yaml.snakeyaml.nodes.Tag.NULL) && scalar.getValue().isEmpty();
  }

  /** Records a problem at every key that repeats an earlier key of the same mapping. */
  private static void checkDuplicateKeys(Node node, String name, Problems problems) {
    if (node instanceof MappingNode mapping) {
      java.util.Map<String, Mark> seen = new java.util.HashMap<>();
      for (NodeTuple tuple : mapping.getValue()) {
        if (tuple.getKeyNode() instanceof org.yaml.snakeyaml.nodes.ScalarNode key) {
          Mark first = seen.putIfAbsent(key.getValue(), key.getStartMark());
          if (first != null) {
            Mark at = key.getStartMark();
            problems.add(new Problem(name, at.getLine() + 1, at.getColumn() + 1, "duplicate key '" + key.getValue()
                + "' (first at line " + (first.getLine() + 1) + "), expected each key once per mapping"));
          }
        }
        checkDuplicateKeys(tuple.getValueNode(), name, problems);
      }
    } else if (node instanceof SequenceNode sequence) {
      for (Node item : sequence.getValue()) {
        checkDuplicateKeys(item, name, problems);
      }
    }
  }

  /** The first node carrying an anchor, or met twice (an alias), or null. */
  private static Node firstAnchored(Node node, Map<Node, Boolean> seen) {
    if (seen.put(node, Boolean.TRUE) != null || node.getAnchor() != null) {
      return node;
    }
    if (node instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        Node found = firstAnchored(tuple.getKeyNode(), seen);
        if (found == null) {
          found = firstAnchored(tuple.getValueNode(), seen);
        }
        if (found != null) {
          return found;
        }
      }
    } else if (node instanceof SequenceNode sequence) {
      for (Node item : sequence.getValue()) {
        Node found = firstAnchored(item, seen);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }
}
