package dev.spillover.formats.report;

import dev.spillover.policy.AssessmentResult;
import java.io.IOException;
import java.io.Writer;

/** The output formats of an assessment. */
public enum ReportFormat {
  TABLE {
    @Override
    public void write(AssessmentResult result, Writer out) throws IOException {
      FindingsTable.write(result, out);
    }
  },
  JSON {
    @Override
    public void write(AssessmentResult result, Writer out) throws IOException {
      FindingsJson.write(result, out);
    }
  },
  HTML {
    @Override
    public void write(AssessmentResult result, Writer out) throws IOException {
      FindingsHtml.write(result, out);
    }
  };

  /** Writes {@code result} to {@code out}; does not close it. */
  public abstract void write(AssessmentResult result, Writer out) throws IOException;
}
