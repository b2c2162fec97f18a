package dev.spillover.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.spillover.screening.list.Identifier;
import dev.spillover.screening.list.ListEntry;
import dev.spillover.screening.list.ScreeningList;
import dev.spillover.screening.match.Decision;
import dev.spillover.screening.match.Feature;
import dev.spillover.screening.match.Match;
import dev.spillover.screening.match.Query;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code screen}'s results as JSON, schema {@code spillover-screening/1} (docs/screening-json.md):
 * fields in a fixed order, every field always present, null when not known.
 */
final class ScreenJson {
  /** The schema identifier written in every document; it changes only when the schema breaks. */
  static final String SCHEMA = "spillover-screening/1";

  private ScreenJson() {}

  /** Writes names screened to {@code out} (which stays open). */
  static void names(ScreenResults.Names found, Writer out) throws IOException {
    JsonGenerator json = start(out, "names", found.thresholds().match(), found.thresholds().review());
    date(json, "asOf", found.asOf());
    json.writeStringField("input", found.input());
    json.writeArrayFieldStart("lists");
    for (ScreeningList list : found.lists()) {
      json.writeStartObject();
      json.writeStringField("id", list.id());
      json.writeStringField("name", list.name());
      json.writeStringField("publisher", list.publisher());
      json.writeStringField("url", list.url());
      date(json, "published", list.published());
      json.writeNumberField("entries", list.entries().size());
      json.writeNumberField("screened", found.screened().getOrDefault(list.id(), list.entries().size()));
      json.writeEndObject();
    }
    json.writeEndArray();
    summary(json, found.results().size(), found.counts());
    json.writeArrayFieldStart("results");
    for (ScreenResults.Screened screened : found.results()) {
      ScreenResults.Asked asked = screened.asked();
      Query query = asked.query();
      json.writeStartObject();
      json.writeObjectFieldStart("query");
      if (asked.line() > 0) {
        json.writeNumberField("line", asked.line());
      } else {
        json.writeNullField("line");
      }
      json.writeStringField("id", asked.id());
      json.writeStringField("name", query.name());
      json.writeStringField("schema", ScreenResults.label(query.schema()));
      strings(json, "countries", query.countries());
      strings(json, "dates", query.dates());
      json.writeArrayFieldStart("identifiers");
      for (Identifier identifier : query.identifiers()) {
        json.writeStartObject();
        json.writeStringField("type", identifier.type());
        json.writeStringField("value", identifier.value());
        json.writeEndObject();
      }
      json.writeEndArray();
      columns(json, found.extraColumns(), asked.extra());
      json.writeEndObject();
      json.writeStringField("decision", ScreenResults.label(screened.decision()));
      json.writeArrayFieldStart("candidates");
      int rank = 0;
      for (Match match : screened.candidates()) {
        candidate(json, ++rank, match);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("pairs");
    json.writeEndArray();
    end(json, out);
  }

  /** Writes scored pairs to {@code out} (which stays open). */
  static void pairs(ScreenResults.Pairs scored, Writer out) throws IOException {
    JsonGenerator json = start(out, "pairs", scored.thresholds().match(), scored.thresholds().review());
    json.writeNullField("asOf");
    json.writeStringField("input", scored.input());
    json.writeArrayFieldStart("lists");
    json.writeEndArray();
    summary(json, scored.pairs().size(), scored.counts());
    json.writeArrayFieldStart("results");
    json.writeEndArray();
    json.writeArrayFieldStart("pairs");
    for (ScreenResults.Pair pair : scored.pairs()) {
      json.writeStartObject();
      json.writeNumberField("line", pair.line());
      json.writeStringField("name1", pair.name1());
      json.writeStringField("name2", pair.name2());
      json.writeStringField("schema", ScreenResults.label(pair.schema()));
      score(json, pair.match());
      features(json, pair.match());
      columns(json, scored.extraColumns(), pair.extra());
      json.writeEndObject();
    }
    json.writeEndArray();
    end(json, out);
  }

  private static JsonGenerator start(Writer out, String mode, double match, double review) throws IOException {
    JsonGenerator json = new JsonFactory().createGenerator(out);
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    json.useDefaultPrettyPrinter();
    json.writeStartObject();
    json.writeStringField("schema", SCHEMA);
    json.writeStringField("mode", mode);
    json.writeObjectFieldStart("thresholds");
    json.writeNumberField("match", match);
    json.writeNumberField("review", review);
    json.writeEndObject();
    return json;
  }

  private static void end(JsonGenerator json, Writer out) throws IOException {
    json.writeEndObject();
    json.flush();
    out.write("\n");
    out.flush();
  }

  private static void summary(JsonGenerator json, int count, Map<Decision, Integer> counts) throws IOException {
    json.writeObjectFieldStart("summary");
    json.writeNumberField("count", count);
    json.writeNumberField("match", counts.get(Decision.MATCH));
    json.writeNumberField("review", counts.get(Decision.REVIEW));
    json.writeNumberField("noMatch", counts.get(Decision.NO_MATCH));
    json.writeEndObject();
  }

  private static void candidate(JsonGenerator json, int rank, Match match) throws IOException {
    ListEntry entry = match.entry();
    json.writeStartObject();
    json.writeNumberField("rank", rank);
    score(json, match);
    json.writeStringField("list", entry.list());
    json.writeObjectFieldStart("entry");
    json.writeStringField("id", entry.id());
    json.writeStringField("type", ScreenResults.label(entry.type()));
    json.writeStringField("name", entry.name().text());
    strings(json, "aliases", entry.aliases().stream().map(n -> n.text()).toList());
    strings(json, "programs", entry.programs());
    strings(json, "countries", entry.countries());
    strings(json, "birthDates", entry.birthDates());
    date(json, "listedFrom", entry.listedFrom());
    date(json, "listedUntil", entry.listedUntil());
    json.writeStringField("file", entry.location().file());
    if (entry.location().line() > 0) {
      json.writeNumberField("line", entry.location().line());
    } else {
      json.writeNullField("line");
    }
    json.writeEndObject();
    json.writeStringField("matchedName", match.matchedName());
    features(json, match);
    json.writeEndObject();
  }

  private static void score(JsonGenerator json, Match match) throws IOException {
    json.writeNumberField("score", round(match.score()));
    json.writeStringField("decision", ScreenResults.label(match.decision()));
  }

  private static void features(JsonGenerator json, Match match) throws IOException {
    json.writeArrayFieldStart("features");
    for (Feature f : match.features()) {
      json.writeStartObject();
      json.writeStringField("name", f.name());
      json.writeNumberField("value", round(f.value()));
      json.writeNumberField("contribution", round(f.contribution()));
      json.writeStringField("detail", f.detail());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void columns(JsonGenerator json, List<String> names, List<String> values) throws IOException {
    json.writeObjectFieldStart("columns");
    for (int i = 0; i < names.size() && i < values.size(); i++) {
      json.writeStringField(names.get(i), values.get(i));
    }
    json.writeEndObject();
  }

  private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
    json.writeArrayFieldStart(field);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }

  private static void date(JsonGenerator json, String field, LocalDate date) throws IOException {
    if (date == null) {
      json.writeNullField(field);
    } else {
      json.writeStringField(field, date.toString());
    }
  }

  /** Four decimals: scores are sums of a few weighted terms, and 0.6000000000000001 helps nobody. */
  static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }
}
