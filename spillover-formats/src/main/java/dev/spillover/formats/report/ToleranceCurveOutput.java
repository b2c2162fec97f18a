package dev.spillover.formats.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes a {@link ToleranceCurve} as a table or in the JSON schema {@value #SCHEMA} (docs/scenarios.md). */
public final class ToleranceCurveOutput {
  /** The schema identifier of the JSON document. */
  public static final String SCHEMA = "spillover-tolerance/1";

  private ToleranceCurveOutput() {}

  /** A table for a terminal. */
  public static void table(ToleranceCurve curve, Writer out) throws IOException {
    out.write("Tolerance curve of " + curve.estate() + ": " + curve.levels().size() + " levels, in the order given\n");
    out.write("Exposure: " + curve.exposedAssets() + " products, components and systems cut at some level\n\n");
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"level", "as of", "prohibited", "restricted", "withdrawn", "assets cut",
        "exposure removed", "stopped", "degraded", "users stopped"});
    for (ToleranceCurve.Level level : curve.levels()) {
      rows.add(new String[] {
        level.scenario(), level.asOf(), Integer.toString(level.prohibited()), Integer.toString(level.restricted()),
        Integer.toString(level.withdrawn()), Integer.toString(level.assetsCut()),
        percent(curve.exposureRemoved(level)),
        level.technology().stopped() + " of " + level.technology().total(),
        Integer.toString(level.technology().degraded()),
        String.format(Locale.ROOT, "%,d of %,d (%s)", level.users().stopped(), level.users().total(),
            percent(level.users().stoppedShare()))
      });
    }
    Columns.write(rows, out, "  ");
    out.write("\nReplacement cost: not computed (the estate format declares no cost).\n");
    out.flush();
  }

  /** The JSON document. */
  public static void json(ToleranceCurve curve, Writer out) throws IOException {
    JsonGenerator json = JsonOutput.generator(out);
    json.writeStartObject();
    json.writeStringField("schema", SCHEMA);
    json.writeStringField("estate", curve.estate());
    json.writeNumberField("exposedAssets", curve.exposedAssets());
    json.writeArrayFieldStart("levels");
    for (ToleranceCurve.Level level : curve.levels()) {
      json.writeStartObject();
      json.writeStringField("scenario", level.scenario());
      json.writeStringField("description", level.description());
      json.writeStringField("asOf", level.asOf());
      json.writeNumberField("prohibited", level.prohibited());
      json.writeNumberField("restricted", level.restricted());
      json.writeNumberField("withdrawn", level.withdrawn());
      json.writeNumberField("assetsCut", level.assetsCut());
      json.writeNumberField("otherSubjectsCut", level.otherSubjects());
      json.writeNumberField("exposureRemoved", round(curve.exposureRemoved(level)));
      json.writeObjectFieldStart("technology");
      json.writeNumberField("total", level.technology().total());
      json.writeNumberField("stopped", level.technology().stopped());
      json.writeNumberField("degraded", level.technology().degraded());
      json.writeEndObject();
      json.writeObjectFieldStart("users");
      json.writeNumberField("total", level.users().total());
      json.writeNumberField("stopped", level.users().stopped());
      json.writeNumberField("degraded", level.users().degraded());
      json.writeNumberField("stoppedShare", round(level.users().stoppedShare()));
      json.writeEndObject();
      json.writeNullField("replacementCost");
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.flush();
    out.write("\n");
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f %%", share * 100);
  }

  private static double round(double share) {
    return Math.round(share * 10000) / 10000.0;
  }
}
