package dev.spillover.input;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** A YAML value that knows the file, line and column it came from. */
public final class YamlNode {
  private final String file;
  private final Node node;

  YamlNode(String file, Node node) {
    this.file = file;
    this.node = node;
  }

  public String file() {
    return file;
  }

  /** 1-based line of the value's first character. */
  public int line() {
    return node.getStartMark().getLine() + 1;
  }

  /** 1-based column of the value's first character. */
  public int column() {
    return node.getStartMark().getColumn() + 1;
  }

  public boolean isMapping() {
    return node instanceof MappingNode;
  }

  public boolean isSequence() {
    return node instanceof SequenceNode;
  }

  public boolean isScalar() {
    return node instanceof ScalarNode;
  }

  /** True for an explicit null ({@code ~}, {@code null} or nothing). */
  public boolean isNull() {
    return node.getTag().equals(Tag.NULL);
  }

  /** The text of a scalar; null for mappings and sequences. */
  public String text() {
    return node instanceof ScalarNode scalar ? scalar.getValue() : null;
  }

  /** The entries of a mapping, in file order, keyed by their key text; empty for other values. */
  public Map<String, Entry> entries() {
    Map<String, Entry> entries = new LinkedHashMap<>();
    if (node instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        YamlNode key = new YamlNode(file, tuple.getKeyNode());
        entries.put(String.valueOf(key.text()), new Entry(key, new YamlNode(file, tuple.getValueNode())));
      }
    }
    return entries;
  }

  /** The items of a sequence, in file order; empty for other values. */
  public List<YamlNode> items() {
    List<YamlNode> items = new ArrayList<>();
    if (node instanceof SequenceNode sequence) {
      for (Node item : sequence.getValue()) {
        items.add(new YamlNode(file, item));
      }
    }
    return items;
  }

  /** What the value is, for messages: the quoted scalar text, or "a mapping" / "a list". */
  public String describe() {
    if (isMapping()) {
      return "a mapping";
    }
    if (isSequence()) {
      return "a list";
    }
    if (isNull()) {
      return "nothing";
    }
    String text = text();
    if (text.length() > 60) {
      text = text.substring(0, 57) + "...";
    }
    return "'" + text + "'";
  }

  /** A key of a mapping with its value. */
  public record Entry(YamlNode key, YamlNode value) {}
}
