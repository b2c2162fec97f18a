package dev.spillover.formats.bods;

import com.fasterxml.jackson.databind.JsonNode;
import dev.spillover.model.Confidence;
import dev.spillover.model.Provenance;
import java.time.LocalDate;

/**
 * A statement the schema has accepted: its place in the file ({@code index}), the record it is
 * about, the day it speaks for ({@code statementDate}'s date) and the id of its source.
 */
record Statement(int index, JsonNode json, String recordType, String recordId, String status, LocalDate date,
    String source) {

  String statementId() {
    return Json.text(json, "statementId");
  }

  JsonNode details() {
    return json.path("recordDetails");
  }

  boolean closed() {
    return "closed".equals(status);
  }

  /** Declared by the statement's publisher, as of its date. */
  Provenance provenance() {
    return new Provenance(source, date, Confidence.DECLARED);
  }
}
