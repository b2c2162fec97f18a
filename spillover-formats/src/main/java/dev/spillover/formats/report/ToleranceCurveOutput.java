package dev.spillover.formats.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
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
        "exposure removed", "stopped", "degraded", "users stopped", "replacement cost", "no cost declared"});
    for (ToleranceCurve.Level level : curve.levels()) {
      rows.add(new String[] {
        level.scenario(), level.asOf(), Integer.toString(level.prohibited()), Integer.toString(level.restricted()),
        Integer.toString(level.withdrawn()), Integer.toString(level.assetsCut()),
        percent(curve.exposureRemoved(level)),
        level.technology().stopped() + " of " + level.technology().total(),
        Integer.toString(level.technology().degraded()),
        String.format(Locale.ROOT, "%,d of %,d (%s)", level.users().stopped(), level.users().total(),
            percent(level.users().stoppedShare())),
        costs(level.replacementCosts()),
        Integer.toString(level.assetsWithoutCost())
      });
    }
    Columns.write(rows, out, "  ");
    out.write("\nReplacement cost: the declared replacement costs of the assets cut, summed per currency (never"
        + " converted); 'no cost declared' counts the assets cut that declare none, which the sums leave out.\n");
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
      // Reserved in spillover-tolerance/1: one figure would add currencies, which is never done.
      json.writeNullField("replacementCost");
      json.writeArrayFieldStart("replacementCostByCurrency");
      for (ToleranceCurve.CostSum sum : level.replacementCosts()) {
        json.writeStartObject();
        json.writeStringField("currency", sum.currency());
        // The exact decimal, written as it is (never through a double, never with an exponent).
        json.writeFieldName("amount");
        json.writeNumber(sum.amount().toPlainString());
        json.writeNumberField("assets", sum.assets());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeNumberField("assetsCutWithoutCost", level.assetsWithoutCost());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.flush();
    out.write("\n");
  }

  /** "USD 1,250,000; EUR 80,000.50" in currency-code order, each to its own scale; "none declared" when empty. */
  static String costs(List<ToleranceCurve.CostSum> sums) {
    if (sums.isEmpty()) {
      return "none declared";
    }
    List<String> parts = new ArrayList<>();
    for (ToleranceCurve.CostSum sum : sums) {
      BigDecimal amount = sum.amount();
      parts.add(sum.currency() + " " + String.format(Locale.ROOT, "%,." + Math.max(0, amount.scale()) + "f", amount));
    }
    return String.join("; ", parts);
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f %%", share * 100);
  }

  private static double round(double share) {
    return Math.round(share * 10000) / 10000.0;
  }
}
