package dev.spillover.formats.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.spillover.model.Edge;
import dev.spillover.model.EdgeTerms;
import dev.spillover.model.Node;
import dev.spillover.model.Organization;
import dev.spillover.model.Person;
import dev.spillover.model.Seats;
import dev.spillover.ownership.OwnershipQueries;
import dev.spillover.ownership.ShareBounds;
import dev.spillover.snapshot.Snapshot;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes {@link OwnersAnswer}s as a terminal table or as JSON in the schema {@value #SCHEMA}
 * (documented in {@code docs/ownership.md}). Entities are named by their ids in the inputs (estate
 * id, BODS recordId, LEI, FtM id).
 */
public final class OwnersReport {
  /** The schema identifier written in every JSON document. */
  public static final String SCHEMA = "spillover-owners/1";

  private static final int MAX_NAME = 44;

  private OwnersReport() {}

  /** The table. */
  public static void table(OwnersAnswer answer, Writer out) throws IOException {
    Snapshot snapshot = answer.snapshot();
    if (answer.isOwnersOf()) {
      Node target = snapshot.node(answer.target());
      out.write("Owners of " + target.name() + " (" + target.id() + ") as of " + snapshot.asOf() + "\n");
      String seats = seatsText(target);
      if (!seats.isEmpty()) {
        out.write("Jurisdictions: " + seats + "\n");
      }
    } else {
      out.write("Held by " + names(snapshot, answer.restricted()) + " to " + plain(answer.thresholdPercent())
          + " % or more, as of " + snapshot.asOf() + "\n");
    }
    for (OwnersAnswer.ByMethod method : answer.methods()) {
      out.write("\n" + method.method().label() + ": " + method.method().meaning() + "\n");
      if (answer.isOwnersOf() && method.method() == dev.spillover.ownership.OwnershipMethod.AGGREGATE) {
        out.write(answer.restricted().isEmpty()
            ? "  seeded with no one: no party is on a list that day (give --restricted)\n"
            : "  seeded with " + names(snapshot, answer.restricted()) + "\n");
      }
      List<String[]> rows = new ArrayList<>();
      if (answer.isOwnersOf()) {
        rows.add(new String[] {"OWNER", "ID", "SEATS", "SHARE", "CONTROLS", "PATH"});
        for (OwnershipQueries.Holder holder : method.owners()) {
          Node node = snapshot.node(holder.node());
          rows.add(new String[] {Text.abbreviate(node.name(), MAX_NAME), node.id(), seatsText(node),
              shareText(holder.share(), method), holder.controls() ? "yes" : "no", pathText(snapshot, holder.path())});
        }
      } else {
        rows.add(new String[] {"ENTITY", "ID", "SEATS", "SHARE", "PATH"});
        for (OwnershipQueries.Held held : method.held()) {
          Node node = snapshot.node(held.node());
          List<List<Integer>> paths = held.paths();
          rows.add(new String[] {Text.abbreviate(node.name(), MAX_NAME), node.id(), seatsText(node),
              shareText(held.share(), method), paths.isEmpty() ? "" : pathText(snapshot, paths.get(0))});
          for (int i = 1; i < paths.size(); i++) {
            rows.add(new String[] {"", "", "", "", pathText(snapshot, paths.get(i))});
          }
        }
      }
      if (rows.size() == 1) {
        out.write("  (none)\n");
      } else {
        Columns.write(rows, out, "  ");
      }
    }
    out.flush();
  }

  /** The JSON document. */
  public static void json(OwnersAnswer answer, Writer out) throws IOException {
    JsonGenerator json = JsonOutput.generator(out);
    Snapshot snapshot = answer.snapshot();
    json.writeStartObject();
    json.writeStringField("schema", SCHEMA);
    json.writeStringField("asOf", snapshot.asOf().toString());
    json.writeObjectFieldStart("query");
    if (answer.isOwnersOf()) {
      json.writeFieldName("of");
      JsonOutput.node(json, snapshot.node(answer.target()));
      json.writeFieldName("jurisdictions");
      writeSeats(json, snapshot.node(answer.target()));
    } else {
      json.writeNullField("of");
      json.writeNullField("jurisdictions");
    }
    json.writeArrayFieldStart("restricted");
    for (int node : answer.restricted()) {
      JsonOutput.node(json, snapshot.node(node));
    }
    json.writeEndArray();
    if (answer.isOwnersOf()) {
      json.writeNullField("thresholdPercent");
    } else {
      json.writeNumberField("thresholdPercent", answer.thresholdPercent());
    }
    json.writeEndObject();
    json.writeArrayFieldStart("methods");
    for (OwnersAnswer.ByMethod method : answer.methods()) {
      json.writeStartObject();
      json.writeStringField("method", method.method().label());
      json.writeArrayFieldStart("results");
      if (answer.isOwnersOf()) {
        for (OwnershipQueries.Holder holder : method.owners()) {
          writeResult(json, snapshot, holder.node(), holder.share(), holder.controls(), List.of(holder.path()), method);
        }
      } else {
        for (OwnershipQueries.Held held : method.held()) {
          writeResult(json, snapshot, held.node(), held.share(), null, held.paths(), method);
        }
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.flush();
    out.write("\n");
    out.flush();
  }

  private static void writeResult(JsonGenerator json, Snapshot snapshot, int node, ShareBounds share, Boolean controls,
      List<List<Integer>> paths, OwnersAnswer.ByMethod method) throws IOException {
    json.writeStartObject();
    json.writeFieldName("entity");
    JsonOutput.node(json, snapshot.node(node));
    json.writeFieldName("jurisdictions");
    writeSeats(json, snapshot.node(node));
    if (method.method() == dev.spillover.ownership.OwnershipMethod.CONTROL) {
      json.writeNullField("shareMin");
      json.writeNullField("shareMax");
    } else {
      json.writeNumberField("shareMin", percent(share.min()));
      json.writeNumberField("shareMax", percent(share.max()));
    }
    if (controls == null) {
      json.writeNullField("controls");
    } else {
      json.writeBooleanField("controls", controls);
    }
    json.writeArrayFieldStart("paths");
    for (List<Integer> path : paths) {
      writePath(json, snapshot, path);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void writePath(JsonGenerator json, Snapshot snapshot, List<Integer> path) throws IOException {
    json.writeStartObject();
    json.writeStringField("text", pathText(snapshot, path));
    json.writeArrayFieldStart("steps");
    for (int e : path) {
      Edge edge = snapshot.edge(e);
      json.writeStartObject();
      json.writeStringField("from", edge.from());
      json.writeStringField("kind", edge.kind().label());
      json.writeStringField("to", edge.to());
      if (edge.terms() instanceof EdgeTerms.Share s && s.known()) {
        json.writeNumberField("shareMin", s.min());
        json.writeNumberField("shareMax", s.max());
      } else {
        json.writeNullField("shareMin");
        json.writeNullField("shareMax");
      }
      json.writeStringField("edge", edge.id());
      json.writeStringField("source", edge.provenance().source());
      json.writeStringField("asOf", edge.provenance().asOf().toString());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  /** The jurisdiction tests kept apart: incorporation, headquarters, principal place of business, domicile. */
  private static Seats seats(Node node) {
    if (node instanceof Organization org) {
      return org.seats();
    }
    if (node instanceof Person person) {
      return person.seats();
    }
    return Seats.UNKNOWN;
  }

  /** Compact seats for the table, for example "inc KY, hq CN"; empty when none is known. */
  private static String seatsText(Node node) {
    Seats seats = seats(node);
    List<String> parts = new ArrayList<>();
    if (seats.incorporation() != null) {
      parts.add("inc " + seats.incorporation());
    }
    if (seats.headquarters() != null) {
      parts.add("hq " + seats.headquarters());
    }
    if (seats.principalPlace() != null) {
      parts.add("ppb " + seats.principalPlace());
    }
    if (seats.domicile() != null) {
      parts.add("dom " + seats.domicile());
    }
    return String.join(", ", parts);
  }

  private static void writeSeats(JsonGenerator json, Node node) throws IOException {
    Seats seats = seats(node);
    json.writeStartObject();
    json.writeStringField("incorporation", seats.incorporation());
    json.writeStringField("headquarters", seats.headquarters());
    json.writeStringField("principalPlaceOfBusiness", seats.principalPlace());
    json.writeStringField("domicile", seats.domicile());
    json.writeEndObject();
  }

  private static String shareText(ShareBounds share, OwnersAnswer.ByMethod method) {
    if (method.method() == dev.spillover.ownership.OwnershipMethod.CONTROL) {
      return "-";
    }
    double min = percent(share.min());
    double max = percent(share.max());
    return min == max ? plain(min) + " %" : plain(min) + " to " + plain(max) + " %";
  }

  /** A path in words: "a -owns 60 %-> b -controls-> c". */
  static String pathText(Snapshot snapshot, List<Integer> path) {
    if (path.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder(snapshot.edge(path.get(0)).from());
    for (int e : path) {
      Edge edge = snapshot.edge(e);
      text.append(" -").append(edge.kind().label());
      if (edge.terms() instanceof EdgeTerms.Share s && s.known()) {
        text.append(' ').append(s.min().equals(s.max()) ? plain(s.min()) : plain(s.min()) + "-" + plain(s.max())).append('%');
      }
      text.append("-> ").append(edge.to());
    }
    return text.toString();
  }

  private static String names(Snapshot snapshot, List<Integer> nodes) {
    return String.join(", ", nodes.stream().map(n -> snapshot.node(n).name() + " (" + snapshot.node(n).id() + ")").toList());
  }

  private static double percent(double fraction) {
    return Math.round(fraction * 100 * 1e6) / 1e6;
  }

  private static String plain(double value) {
    if (value == Math.rint(value)) {
      return String.valueOf((long) value);
    }
    return String.format(Locale.ROOT, "%.4f", value).replaceAll("0+$", "");
  }
}
