package dev.spillover.formats.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.spillover.dataflow.BulkScope;
import dev.spillover.dataflow.BulkThreshold;
import dev.spillover.dataflow.CountryVolume;
import dev.spillover.dataflow.DataFlowAnalysis;
import dev.spillover.dataflow.Flow;
import dev.spillover.dataflow.RecipientVolume;
import dev.spillover.input.Fields;
import dev.spillover.model.Dataset;
import dev.spillover.model.Edge;
import dev.spillover.model.EdgeTerms;
import dev.spillover.model.Estate;
import dev.spillover.model.Node;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The answer of {@code spillover data}: each flow with its chain of recipients, the countries of
 * the ultimate recipient and whether the thresholds apply to it (a covered person), then the
 * volumes per category and recipient (the test that decides a crossing) and per category and
 * country (a summary); as text or as JSON in the schema of docs/data-json.md. Writers are left open.
 */
public final class DataFlowReport {
  /** The JSON schema id. */
  public static final String SCHEMA = "spillover-data/2";

  private DataFlowReport() {}

  /** The report as text for a terminal. {@code thresholdsFrom} names the packs that gave the thresholds. */
  public static void table(Estate estate, DataFlowAnalysis.Result result, List<String> thresholdsFrom, Writer out)
      throws IOException {
    StringBuilder text = new StringBuilder();
    text.append("Data flows of ").append(estate.name()).append(" as of ").append(result.asOf())
        .append(" (12 months: ").append(result.windowFirstDay()).append(" to ").append(result.windowLastDay())
        .append("); thresholds from ")
        .append(thresholdsFrom.isEmpty() ? "no pack" : String.join(", ", thresholdsFrom)).append("\n");
    if (!thresholdsFrom.isEmpty()) {
      text.append("Thresholds apply to: ").append(result.scope().basis()).append("\n");
    }
    BulkScope scope = result.scope();
    int dataset = -1;
    int number = 0;
    int sub = 0;
    for (Flow flow : result.flows()) {
      if (flow.dataset() != dataset) {
        dataset = flow.dataset();
        number++;
        sub = 0;
        Dataset data = (Dataset) estate.node(dataset);
        text.append("\n").append(number).append(". ").append(name(data)).append("  ")
            .append(categories(data)).append("; ").append(counts(data.persons(), data.devices())).append("\n");
      }
      sub++;
      text.append("   ").append(number).append('.').append(sub).append(' ')
          .append(flow.chain().stream().map(n -> name(estate.node(n))).collect(Collectors.joining(" -> ")))
          .append("\n      ultimate recipient in ").append(ties(estate.node(flow.recipient())))
          .append(scope.everywhere() ? "" : scope.coversRecipient(flow.recipient()) ? "; covered person"
              : "; not a covered person")
          .append("; carries ").append(counts(flow.persons(), flow.devices())).append("\n");
    }
    if (result.flows().isEmpty()) {
      text.append("\nNo dataset reaches a recipient in the window.\n");
    }
    if (!result.recipientVolumes().isEmpty()) {
      text.append("\nPer category and recipient (each dataset once; this test decides, as 28 CFR 202.205 "
          + "aggregates per foreign or covered person):\n");
    }
    for (RecipientVolume volume : result.recipientVolumes()) {
      text.append(String.format(Locale.ROOT, "  %-28s %s: %s, %d %s  %s%n", Fields.label(volume.category()),
          estate.node(volume.recipient()).id(),
          counts(volume.persons(), volume.unknownPersons(), volume.devices(), volume.unknownDevices(),
              volume.contributions().size()),
          volume.contributions().size(), volume.contributions().size() == 1 ? "dataset" : "datasets",
          verdict(volume.threshold(), volume.status(), "not a covered person")));
    }
    if (!result.volumes().isEmpty()) {
      text.append("\nPer category and country (each dataset once; a summary, it decides nothing):\n");
    }
    for (CountryVolume volume : result.volumes()) {
      text.append(String.format(Locale.ROOT, "  %-28s %-3s %s, %d %s  %s%n", Fields.label(volume.category()),
          volume.country(), volumeCounts(volume), volume.contributions().size(),
          volume.contributions().size() == 1 ? "dataset" : "datasets",
          verdict(volume.threshold(), volume.status(), "not a country of concern")));
      text.append("      tied by ").append(volume.ties().entrySet().stream()
          .map(e -> e.getKey() + " (" + e.getValue().stream().map(n -> estate.node(n).id())
              .collect(Collectors.joining(", ")) + ")")
          .collect(Collectors.joining("; "))).append("\n");
    }
    for (int e : result.unattributedTransfers()) {
      Edge edge = estate.edges().get(e);
      text.append("\nnot counted: transfer ").append(edge.id()).append(" from ").append(edge.from()).append(" to ")
          .append(edge.to()).append(" names no dataset\n");
    }
    long crossed = result.crossed().size();
    text.append(String.format(Locale.ROOT,
        "%n%d %s, %d %s by category and recipient (%d crossing %s threshold), %d by category and country%n",
        result.flows().size(), result.flows().size() == 1 ? "flow" : "flows", result.recipientVolumes().size(),
        result.recipientVolumes().size() == 1 ? "volume" : "volumes", crossed, crossed == 1 ? "its" : "their",
        result.volumes().size()));
    out.write(text.toString());
  }

  /** The report as JSON ({@link #SCHEMA}). */
  public static void json(Estate estate, DataFlowAnalysis.Result result, List<String> thresholdsFrom,
      List<BulkThreshold> thresholds, Writer out) throws IOException {
    try (JsonGenerator json = JsonOutput.generator(out)) {
      json.writeStartObject();
      json.writeStringField("schema", SCHEMA);
      json.writeStringField("estate", estate.name());
      json.writeStringField("asOf", result.asOf().toString());
      json.writeObjectFieldStart("window");
      json.writeStringField("firstDay", result.windowFirstDay().toString());
      json.writeStringField("lastDay", result.windowLastDay().toString());
      json.writeEndObject();
      json.writeArrayFieldStart("thresholdsFrom");
      for (String pack : thresholdsFrom) {
        json.writeString(pack);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("thresholds");
      for (BulkThreshold threshold : thresholds) {
        writeThreshold(json, threshold);
      }
      json.writeEndArray();
      json.writeObjectFieldStart("scope");
      json.writeBooleanField("everywhere", result.scope().everywhere());
      json.writeArrayFieldStart("countries");
      for (String country : result.scope().countries().stream().sorted().toList()) {
        json.writeString(country);
      }
      json.writeEndArray();
      json.writeStringField("basis", result.scope().basis());
      json.writeStringField("decidedBy", "recipient");
      json.writeEndObject();
      json.writeArrayFieldStart("flows");
      for (Flow flow : result.flows()) {
        writeFlow(json, estate, result.scope(), flow);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("recipientVolumes");
      for (RecipientVolume volume : result.recipientVolumes()) {
        writeRecipientVolume(json, estate, volume);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("volumes");
      for (CountryVolume volume : result.volumes()) {
        writeVolume(json, estate, volume);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("unattributedTransfers");
      for (int e : result.unattributedTransfers()) {
        json.writeString(estate.edges().get(e).id());
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    out.write("\n");
  }

  private static void writeFlow(JsonGenerator json, Estate estate, BulkScope scope, Flow flow) throws IOException {
    Dataset data = (Dataset) estate.node(flow.dataset());
    json.writeStartObject();
    json.writeFieldName("dataset");
    JsonOutput.node(json, data);
    json.writeArrayFieldStart("categories");
    for (String category : categoryLabels(data)) {
      json.writeString(category);
    }
    json.writeEndArray();
    json.writeFieldName("recipient");
    JsonOutput.node(json, estate.node(flow.recipient()));
    json.writeBooleanField("coveredRecipient", scope.coversRecipient(flow.recipient()));
    json.writeArrayFieldStart("chain");
    for (int i = 0; i < flow.chain().size(); i++) {
      Edge edge = estate.edges().get(flow.edges().get(i));
      json.writeStartObject();
      json.writeFieldName("recipient");
      JsonOutput.node(json, estate.node(flow.chain().get(i)));
      json.writeStringField("edge", edge.id());
      json.writeStringField("from", edge.from());
      EdgeTerms.DataTransfer transfer = edge.terms() instanceof EdgeTerms.DataTransfer t ? t : null;
      json.writeStringField("purpose", transfer == null ? null : transfer.purpose());
      json.writeBooleanField("onwardAllowed", transfer != null && transfer.onwardAllowed());
      json.writeStringField("validFrom", edge.validity().from() == null ? null : edge.validity().from().toString());
      json.writeStringField("validUntil", edge.validity().until() == null ? null : edge.validity().until().toString());
      json.writeEndObject();
    }
    json.writeEndArray();
    writeCount(json, "persons", flow.persons());
    writeCount(json, "devices", flow.devices());
    json.writeArrayFieldStart("countries");
    for (Map.Entry<String, List<String>> tie : tieMap(estate.node(flow.recipient())).entrySet()) {
      json.writeStartObject();
      json.writeStringField("country", tie.getKey());
      json.writeArrayFieldStart("ties");
      for (String basis : tie.getValue()) {
        json.writeString(basis);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void writeRecipientVolume(JsonGenerator json, Estate estate, RecipientVolume volume)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("category", Fields.label(volume.category()));
    json.writeFieldName("recipient");
    JsonOutput.node(json, estate.node(volume.recipient()));
    json.writeBooleanField("covered", volume.covered());
    writeDatasets(json, estate, volume.contributions(), false);
    writeTotals(json, volume.persons(), volume.unknownPersons(), volume.devices(), volume.unknownDevices(),
        volume.threshold(), volume.status());
    json.writeEndObject();
  }

  private static void writeVolume(JsonGenerator json, Estate estate, CountryVolume volume) throws IOException {
    json.writeStartObject();
    json.writeStringField("category", Fields.label(volume.category()));
    json.writeStringField("country", volume.country());
    json.writeObjectFieldStart("ties");
    for (Map.Entry<String, List<Integer>> tie : volume.ties().entrySet()) {
      json.writeArrayFieldStart(tie.getKey());
      for (int n : tie.getValue()) {
        json.writeString(estate.node(n).id());
      }
      json.writeEndArray();
    }
    json.writeEndObject();
    writeDatasets(json, estate, volume.contributions(), true);
    writeTotals(json, volume.persons(), volume.unknownPersons(), volume.devices(), volume.unknownDevices(),
        volume.threshold(), volume.status());
    json.writeEndObject();
  }

  /**
   * The datasets that make up a volume, each with its counts; with the recipient of each when the
   * volume is a country's (a recipient's volume names its recipient once, above).
   */
  private static void writeDatasets(JsonGenerator json, Estate estate, List<CountryVolume.Contribution> contributions,
      boolean withRecipient) throws IOException {
    json.writeArrayFieldStart("datasets");
    for (CountryVolume.Contribution contribution : contributions) {
      json.writeStartObject();
      json.writeStringField("dataset", estate.node(contribution.dataset()).id());
      if (withRecipient) {
        json.writeStringField("recipient", estate.node(contribution.flow().recipient()).id());
      }
      writeCount(json, "persons", contribution.flow().persons());
      writeCount(json, "devices", contribution.flow().devices());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /** The counts of a volume, per country or per recipient, its threshold (or null) and its status. */
  private static void writeTotals(JsonGenerator json, long persons, int unknownPersons, long devices,
      int unknownDevices, BulkThreshold threshold, CountryVolume.Status status) throws IOException {
    json.writeNumberField("persons", persons);
    json.writeNumberField("unknownPersons", unknownPersons);
    json.writeNumberField("devices", devices);
    json.writeNumberField("unknownDevices", unknownDevices);
    json.writeFieldName("threshold");
    if (threshold == null) {
      json.writeNull();
    } else {
      writeThreshold(json, threshold);
    }
    json.writeStringField("status", Fields.label(status));
  }

  private static void writeThreshold(JsonGenerator json, BulkThreshold threshold) throws IOException {
    json.writeStartObject();
    json.writeStringField("category", Fields.label(threshold.category()));
    json.writeNumberField("moreThan", threshold.moreThan());
    json.writeBooleanField("anyVolume", threshold.anyVolume());
    json.writeStringField("unit", Fields.label(threshold.unit()));
    json.writeStringField("citation", threshold.citation());
    json.writeEndObject();
  }

  private static void writeCount(JsonGenerator json, String field, Long count) throws IOException {
    if (count == null) {
      json.writeNullField(field);
    } else {
      json.writeNumberField(field, count);
    }
  }

  /** The comparison in words; {@code outOfScope} says why a threshold does not apply. */
  private static String verdict(BulkThreshold threshold, CountryVolume.Status status, String outOfScope) {
    if (threshold == null) {
      return "no threshold";
    }
    String rule = threshold.anyVolume() ? "any volume"
        : String.format(Locale.ROOT, "more than %,d %s", threshold.moreThan(), Fields.label(threshold.unit()));
    return switch (status) {
      case CROSSED -> "CROSSES " + rule + " (" + threshold.citation() + ")";
      case BELOW -> "below " + rule + " (" + threshold.citation() + ")";
      case UNKNOWN -> "UNKNOWN: counts missing, " + rule + " (" + threshold.citation() + ")";
      case OUT_OF_SCOPE -> "threshold does not apply: " + outOfScope;
      case NO_THRESHOLD -> "no threshold";
    };
  }

  /** The counts of a per-recipient volume: as {@link #volumeCounts}, over its {@code datasets}. */
  private static String counts(long persons, int unknownPersons, long devices, int unknownDevices, int datasets) {
    List<String> parts = new ArrayList<>();
    if (persons > 0 || unknownPersons < datasets) {
      parts.add(String.format(Locale.ROOT, "%,d persons", persons));
    }
    if (devices > 0 || unknownDevices < datasets) {
      parts.add(String.format(Locale.ROOT, "%,d devices", devices));
    }
    return parts.isEmpty() ? "count unknown" : String.join(", ", parts);
  }

  private static String volumeCounts(CountryVolume volume) {
    List<String> parts = new ArrayList<>();
    if (volume.persons() > 0 || volume.unknownPersons() < volume.contributions().size()) {
      parts.add(String.format(Locale.ROOT, "%,d persons", volume.persons()));
    }
    if (volume.devices() > 0 || volume.unknownDevices() < volume.contributions().size()) {
      parts.add(String.format(Locale.ROOT, "%,d devices", volume.devices()));
    }
    if (volume.unknownPersons() > 0 && volume.unknownDevices() > 0 && parts.isEmpty()) {
      parts.add("count unknown");
    }
    return String.join(", ", parts);
  }

  private static String counts(Long persons, Long devices) {
    List<String> parts = new ArrayList<>();
    if (persons != null) {
      parts.add(String.format(Locale.ROOT, "%,d persons", persons));
    }
    if (devices != null) {
      parts.add(String.format(Locale.ROOT, "%,d devices", devices));
    }
    return parts.isEmpty() ? "count unknown" : String.join(", ", parts);
  }

  private static String name(Node node) {
    return node.name() + " [" + node.id() + "]";
  }

  private static String categories(Dataset data) {
    return String.join(", ", categoryLabels(data));
  }

  private static List<String> categoryLabels(Dataset data) {
    return data.categories().stream().sorted().map(Fields::label).toList();
  }

  private static String ties(Node node) {
    Map<String, List<String>> ties = tieMap(node);
    if (ties.isEmpty()) {
      return "no known country";
    }
    return ties.entrySet().stream().map(e -> e.getKey() + " (" + String.join(", ", e.getValue()) + ")")
        .collect(Collectors.joining(", "));
  }

  private static Map<String, List<String>> tieMap(Node node) {
    return DataFlowAnalysis.ties(node);
  }
}
