package dev.spillover.formats.estate;

import dev.spillover.input.Fields;
import dev.spillover.input.Problems;
import dev.spillover.input.YamlNode;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.model.Provenance;
import dev.spillover.model.Validity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Reads one edge mapping; returns null (with problems recorded) when it is bad. */
final class EdgeReader {
  private final Problems problems;
  private final NodeReader nodes;

  EdgeReader(Problems problems, NodeReader nodes) {
    this.problems = problems;
    this.nodes = nodes;
  }

  /** An edge as read, with the positions of its ends for later reference checks. */
  record Read(dev.spillover.model.Edge edge, YamlNode fromNode, YamlNode toNode, YamlNode at) {}

  Read read(YamlNode item, String fallbackId, Defaults defaults) {
    Fields fields = new Fields(item, "edge", problems);
    if (!item.isMapping()) {
      return null;
    }
    String kindText = fields.requiredText("kind");
    EdgeKind kind = kindText == null ? null : EdgeKind.fromLabel(kindText);
    if (kindText != null && kind == null) {
      problems.at(fields.value("kind"), "edge: kind '" + kindText + "' is unknown, expected one of "
          + Arrays.stream(EdgeKind.values()).map(EdgeKind::label).collect(Collectors.joining(", ")));
    }
    String id = fields.text("id", s -> NodeReader.ID.matcher(s).matches(),
        "letters, digits and . _ : / @ + - (starting with a letter or digit)");
    String from = fields.requiredText("from");
    String to = fields.requiredText("to");
    LocalDate validFrom = fields.date("validFrom");
    LocalDate validUntil = fields.date("validUntil");
    fields.text("notes");
    Provenance provenance = nodes.provenance(fields, defaults);
    Validity validity = Validity.ALWAYS;
    if (validFrom != null && validUntil != null && !validFrom.isBefore(validUntil)) {
      problems.at(fields.value("validUntil"), "edge: validUntil " + validUntil + " is not after validFrom "
          + validFrom + ", expected a later date (validUntil is exclusive)");
    } else {
      validity = new Validity(validFrom, validUntil);
    }
    EdgeTerms terms = kind == null ? EdgeTerms.NONE : terms(kind, fields);
    fields.finish();
    if (kind == null || from == null || to == null || provenance == null || terms == null) {
      return null;
    }
    String edgeId = id != null ? id : fallbackId;
    return new Read(new dev.spillover.model.Edge(edgeId, kind, from, to, validity, provenance, terms),
        fields.value("from"), fields.value("to"), item);
  }

  private EdgeTerms terms(EdgeKind kind, Fields fields) {
    return switch (kind) {
      case OWNS -> share(fields);
      case CONTROLS -> {
        EdgeTerms.ControlType type = fields.choice("type", EdgeTerms.ControlType.class, EdgeTerms.ControlType.OTHER);
        yield type == null ? null : new EdgeTerms.Control(type);
      }
      case USES -> {
        List<EdgeTerms.Change> changes = changes(fields);
        yield changes == null ? null : new EdgeTerms.Usage(fields.texts("purposes"), changes);
      }
      case DEPENDS_ON -> {
        List<EdgeTerms.Change> changes = changes(fields);
        yield changes == null ? null : new EdgeTerms.Dependency(fields.text("scope"), changes);
      }
      case EMBEDS -> {
        List<EdgeTerms.Change> changes = changes(fields);
        yield changes == null ? null : changes.isEmpty() ? EdgeTerms.NONE : new EdgeTerms.Embedding(changes);
      }
      case TRANSFERS_DATA -> new EdgeTerms.DataTransfer(fields.text("dataset"), fields.count("persons"),
          fields.text("purpose"), Boolean.TRUE.equals(fields.bool("onwardAllowed", false)));
      case COMPLEMENTS -> {
        Double ratio = fields.number("ratio", 0, 1_000_000);
        Long users = fields.count("users");
        if ((ratio == null && fields.has("ratio")) || (users == null && fields.has("users"))) {
          yield null;
        }
        yield new EdgeTerms.Complement(ratio == null ? 1 : ratio, users);
      }
      default -> EdgeTerms.NONE;
    };
  }

  /** The {@code changes} of a uses, depends_on or embeds edge; null after a problem. */
  private List<EdgeTerms.Change> changes(Fields fields) {
    List<EdgeTerms.Change> changes = new ArrayList<>();
    for (String text : fields.texts("changes")) {
      EdgeTerms.Change change = Fields.parseChoice(text, EdgeTerms.Change.class);
      if (change == null) {
        problems.at(fields.value("changes"), "edge: unknown change '" + text + "', expected one of "
            + String.join(", ", Fields.choices(EdgeTerms.Change.class)));
        return null;
      }
      if (!changes.contains(change)) {
        changes.add(change);
      }
    }
    return changes;
  }

  private EdgeTerms share(Fields fields) {
    EdgeTerms.ShareBasis basis = fields.choice("basis", EdgeTerms.ShareBasis.class, EdgeTerms.ShareBasis.EQUITY);
    YamlNode exact = fields.value("share");
    Double share = fields.number("share", 0, 100);
    Double min = fields.number("shareMin", 0, 100);
    Double max = fields.number("shareMax", 0, 100);
    if (basis == null || (exact != null && share == null)) {
      return null;
    }
    if (share != null) {
      if (min != null || max != null) {
        problems.at(exact, "edge: both 'share' and 'shareMin'/'shareMax' given, expected either an exact share or a range");
        return null;
      }
      return new EdgeTerms.Share(share, share, basis);
    }
    if (fields.has("shareMin") != fields.has("shareMax")) {
      problems.at(fields.node(), "edge: a share range needs both 'shareMin' and 'shareMax'");
      return null;
    }
    if (min != null && max != null) {
      if (min > max) {
        problems.at(fields.value("shareMin"), "edge: shareMin " + min + " is above shareMax " + max
            + ", expected shareMin <= shareMax");
        return null;
      }
      return new EdgeTerms.Share(min, max, basis);
    }
    return fields.has("shareMin") ? null : new EdgeTerms.Share(null, null, basis);
  }
}
