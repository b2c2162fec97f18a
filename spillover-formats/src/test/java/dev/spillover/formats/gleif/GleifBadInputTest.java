package dev.spillover.formats.gleif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.spillover.formats.EstateAssembler;
import dev.spillover.input.InputException;
import dev.spillover.input.Problem;
import dev.spillover.model.Estate;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad and hostile GLEIF input: every malformed record is reported (file, line, column, the bad
 * value and what was expected) and nothing is written; XML entities and deep JSON are refused.
 */
class GleifBadInputTest {
  private static final String GOOD_LEI = "529900GRZ2BQY5ZM9N49";

  @TempDir
  Path folder;

  @Test
  void everyBadValueOfAnApiLeiRecordIsReportedWithItsPlaceAndNothingIsWritten() throws IOException {
    Path file = write("bad-records.json", """
        {"meta":{"goldenCopy":{"publishDate":"2025-05-15T00:00:00Z"}},
         "data":[
          {"type":"lei-records","id":"x","attributes":{
            "lei":"529900GRZ2BQY5ZM9N4",
            "entity":{"legalName":{"name":"Short LEI GmbH"},"jurisdiction":"DE"},
            "registration":{"lastUpdateDate":"2025-13-45T00:00:00Z"}}},
          {"type":"lei-records","id":"y","attributes":{
            "entity":{"legalName":{"name":"No LEI AG"},"headquartersAddress":{"country":"Germany"}}}},
          {"type":"lei-records","id":"z","attributes":{"lei":"529900GRZ2BQY5ZM9N48",
            "entity":{"legalName":{"name":"Bad Check Digits SE"}}}}
         ]}
        """);
    EstateAssembler assembler = new EstateAssembler();

    InputException refused = refused(file, assembler);

    assertThat(refused.problems()).extracting(Problem::line, Problem::column, Problem::message).containsExactly(
        tuple(4, 11, "lei-records 529900GRZ2BQY5ZM9N4: /data/0/attributes/lei is"
            + " '529900GRZ2BQY5ZM9N4', expected an LEI: 20 upper-case letters and digits (ISO 17442)"),
        tuple(6, 38, "lei-records 529900GRZ2BQY5ZM9N4: /data/0/attributes/registration/"
            + "lastUpdateDate is '2025-13-45T00:00:00Z', expected an ISO 8601 date or date-time such as"
            + " 2018-09-01T11:00:01+02:00"),
        tuple(7, 3, "lei-records /data/1: missing /data/1/attributes/lei"),
        tuple(8, 81, "lei-records /data/1: /data/1/attributes/entity/headquartersAddress/"
            + "country is 'Germany', expected an ISO 3166-1 alpha-2 country code such as DE"),
        tuple(9, 54, "lei-records 529900GRZ2BQY5ZM9N48: /data/2/attributes/lei is"
            + " '529900GRZ2BQY5ZM9N48', expected an LEI whose check digits hold (ISO 17442: ISO 7064 mod 97-10 gives 1)"));
    assertThat(refused.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo(file.toString()));
    assertNothingWritten(assembler);
  }

  @Test
  void badLeiCdfRecordsAreReportedAtTheirElements() throws IOException {
    Path file = write("bad.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <lei:LEIData xmlns:lei="http://www.gleif.org/data/schema/leidata/2016">
          <lei:LEIHeader><lei:ContentDate>2018-09-01T11:00:01+02:00</lei:ContentDate></lei:LEIHeader>
          <lei:LEIRecords>
            <lei:LEIRecord>
              <lei:Entity><lei:LegalName>Nameless Ltd</lei:LegalName></lei:Entity>
            </lei:LEIRecord>
            <lei:LEIRecord>
              <lei:LEI>529900GRZ2BQY5ZM9N49</lei:LEI>
              <lei:Entity><lei:LegalName>PUMA SE</lei:LegalName></lei:Entity>
              <lei:Registration><lei:LastUpdateDate>yesterday</lei:LastUpdateDate></lei:Registration>
            </lei:LEIRecord>
          </lei:LEIRecords>
        </lei:LEIData>
        """);

    InputException refused = refused(file, new EstateAssembler());

    assertThat(refused.problems()).extracting(Problem::line, Problem::message).containsExactly(
        tuple(5, "LEIRecord #1: missing LEI"),
        tuple(11, "LEIRecord 529900GRZ2BQY5ZM9N49: Registration/LastUpdateDate is"
            + " 'yesterday', expected an ISO 8601 date or date-time such as 2018-09-01T11:00:01+02:00"));
    assertThat(refused.problems()).allSatisfy(p -> assertThat(p.column()).isPositive());
  }

  @Test
  void badRelationshipRecordsAreReported() throws IOException {
    Path file = write("bad-relationships.json", """
        {"data":[
          {"type":"relationship-records","attributes":{"relationship":{
            "startNode":{"id":"549300O897ZC5H7CY412","type":"LEI"},"endNode":{"id":"549300OWK6ZGNYP4G142","type":"BIC"},
            "type":"IS_DIRECTLY_CONSOLIDATED_BY","status":"ACTIVE",
            "periods":[{"startDate":"2020-01-01T00:00:00Z","endDate":"2019-01-01T00:00:00Z","type":"RELATIONSHIP_PERIOD"}]},
            "registration":{"lastUpdateDate":"2025-04-11T05:58:00Z","status":"PUBLISHED"}}},
          {"type":"relationship-records","attributes":{"relationship":{
            "startNode":{"id":"549300O897ZC5H7CY412","type":"LEI"},"endNode":{"id":"549300OWK6ZGNYP4G142","type":"LEI"},
            "type":"IS_BEST_FRIENDS_WITH","status":"ACTIVE","periods":[]},
            "registration":{"lastUpdateDate":"2025-04-11T05:58:00Z","status":"PUBLISHED"}}}
        ]}
        """);

    InputException refused = refused(file, new EstateAssembler());

    assertThat(refused.problems()).extracting(Problem::message).satisfiesExactly(
        message -> assertThat(message).contains("/data/0/attributes/relationship/endNode type is 'BIC', expected LEI"),
        message -> assertThat(message).contains("the relationship period ends on 2019-01-01, before it starts on"
            + " 2020-01-01, expected an end on or after the start"),
        message -> assertThat(message).contains("/data/1/attributes/relationship/type is 'IS_BEST_FRIENDS_WITH',"
            + " expected one of IS_DIRECTLY_CONSOLIDATED_BY, IS_FEEDER_TO"));
  }

  @Test
  void badRrCdfRecordsAreReportedAtTheirElements() throws IOException {
    Path file = write("bad-rr.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <rr:RelationshipData xmlns:rr="http://www.gleif.org/data/schema/rr/2016">
          <rr:RelationshipRecords>
            <rr:RelationshipRecord>
              <rr:Relationship>
                <rr:StartNode><rr:NodeID>529900s9nykese6c6h13</rr:NodeID><rr:NodeIDType>LEI</rr:NodeIDType></rr:StartNode>
                <rr:EndNode><rr:NodeIDType>LEI</rr:NodeIDType></rr:EndNode>
                <rr:RelationshipType>IS_DIRECTLY_CONSOLIDATED_BY</rr:RelationshipType>
                <rr:RelationshipPeriods>
                  <rr:RelationshipPeriod>
                    <rr:StartDate>31.12.2017</rr:StartDate>
                    <rr:PeriodType>RELATIONSHIP_PERIOD</rr:PeriodType>
                  </rr:RelationshipPeriod>
                </rr:RelationshipPeriods>
              </rr:Relationship>
            </rr:RelationshipRecord>
          </rr:RelationshipRecords>
        </rr:RelationshipData>
        """);

    InputException refused = refused(file, new EstateAssembler());

    assertThat(refused.problems()).extracting(Problem::line, Problem::message).containsExactly(
        tuple(4, "RelationshipRecord #1: missing Relationship/EndNode/NodeID"),
        tuple(6, "RelationshipRecord #1: Relationship/StartNode/NodeID is '529900s9nykese6c6h13', expected an LEI:"
            + " 20 upper-case letters and digits (ISO 17442)"),
        tuple(11, "RelationshipRecord #1: Relationship/RelationshipPeriods/RelationshipPeriod/StartDate is"
            + " '31.12.2017', expected an ISO 8601 date or date-time such as 2018-09-01T11:00:01+02:00"));
  }

  @Test
  void aReportingExceptionOfAnUnknownCategoryOrWithoutReasonIsReported() throws IOException {
    Path file = write("bad-exception.json", """
        {"meta":{"goldenCopy":{"publishDate":"2025-05-15T00:00:00Z"}},
         "data":{"type":"reporting-exceptions","attributes":{"lei":"%s","category":"SIBLING","reason":null}}}
        """.formatted(GOOD_LEI));

    InputException refused = refused(file, new EstateAssembler());

    assertThat(refused.problems()).extracting(Problem::message).containsExactly(
        "reporting-exceptions /data: /data/attributes/category is 'SIBLING', expected"
            + " DIRECT_ACCOUNTING_CONSOLIDATION_PARENT or ULTIMATE_ACCOUNTING_CONSOLIDATION_PARENT",
        "reporting-exceptions /data: missing /data/attributes/reason");
  }

  @Test
  void oneBadFileInAFolderStopsTheWholeFolder() throws IOException {
    Files.copy(GleifImporterTest.LEI_RECORDS.resolve("single_lei_record_" + GOOD_LEI + ".json"),
        folder.resolve("good.json"));
    write("worse.json", "{\"data\":{\"type\":\"lei-records\",\"attributes\":{\"lei\":\"nope\"}}}");
    EstateAssembler assembler = new EstateAssembler();

    InputException refused = refused(folder, assembler);

    assertThat(refused.problems()).extracting(Problem::file).containsOnly(folder.resolve("worse.json").toString());
    assertNothingWritten(assembler);
  }

  @Test
  void anExternalEntityIsNeitherFetchedNorReadAndTheDocumentIsRefused() throws IOException {
    Path secret = write("secret.txt", "TOP-SECRET");
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      String url = "http://127.0.0.1:" + server.getLocalPort() + "/evil";
      Path file = write("xxe.xml", """
          <?xml version="1.0"?>
          <!DOCTYPE lei:LEIData [
            <!ENTITY local SYSTEM "%s">
            <!ENTITY remote SYSTEM "%s">
          ]>
          <lei:LEIData xmlns:lei="http://www.gleif.org/data/schema/leidata/2016">
            <lei:LEIRecords><lei:LEIRecord><lei:LEI>&local;&remote;</lei:LEI></lei:LEIRecord></lei:LEIRecords>
          </lei:LEIData>
          """.formatted(secret.toUri(), url));
      EstateAssembler assembler = new EstateAssembler();

      InputException refused = refused(file, assembler);

      assertThat(refused.problems()).singleElement().satisfies(problem -> {
        assertThat(problem.message()).startsWith("a DOCTYPE declaration: DTDs and entities are refused");
        assertThat(problem.line()).isEqualTo(5);
      });
      assertThat(refused.getMessage()).doesNotContain("TOP-SECRET");
      assertNoConnection(server);
      assertNothingWritten(assembler);
    }
  }

  @Test
  void anExternalDtdIsNotFetched() throws IOException {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Path file = write("external-dtd.xml", """
          <?xml version="1.0"?>
          <!DOCTYPE lei:LEIData SYSTEM "http://127.0.0.1:%d/gleif.dtd">
          <lei:LEIData xmlns:lei="http://www.gleif.org/data/schema/leidata/2016"/>
          """.formatted(server.getLocalPort()));

      assertThat(refused(file, new EstateAssembler()).problems()).singleElement()
          .satisfies(problem -> assertThat(problem.message()).contains("DOCTYPE"));
      assertNoConnection(server);
    }
  }

  @Test
  @Timeout(10)
  void billionLaughsAreRefusedWithoutExpandingAnything() throws IOException {
    StringBuilder entities = new StringBuilder("  <!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      entities.append("  <!ENTITY lol").append(i).append(" \"")
          .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
    }
    Path file = write("laughs.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE lei:LEIData [\n" + entities + "]>\n"
        + "<lei:LEIData xmlns:lei=\"http://www.gleif.org/data/schema/leidata/2016\">"
        + "<lei:LEIHeader><lei:ContentDate>&lol9;</lei:ContentDate></lei:LEIHeader></lei:LEIData>\n");

    InputException refused = refused(file, new EstateAssembler());

    assertThat(refused.problems()).singleElement()
        .satisfies(problem -> assertThat(problem.message()).startsWith("a DOCTYPE declaration"));
    assertThat(refused.getMessage()).doesNotContain("lollol").hasSizeLessThan(500);
  }

  @Test
  void deeplyNestedJsonIsRefusedAtTheNestingLimit() throws IOException {
    int depth = 10_000;
    Path file = write("deep.json", "{\"data\":" + "[".repeat(depth) + "]".repeat(depth) + "}");

    assertThat(refused(file, new EstateAssembler()).problems()).singleElement().satisfies(problem -> {
      assertThat(problem.message()).isEqualTo("nested deeper than 64 levels, expected at most 64");
      assertThat(problem.line()).isEqualTo(1);
    });
  }

  @Test
  void malformedDocumentsAreReportedWhereTheyBreak() throws IOException {
    Path xml = write("broken.xml", """
        <?xml version="1.0"?>
        <lei:LEIData xmlns:lei="http://www.gleif.org/data/schema/leidata/2016">
          <lei:LEIRecords>
        </lei:LEIData>
        """);
    Path json = write("broken.json", "{\"data\": [\n  {\"type\": \"lei-records\",, }\n]}");
    Path twice = write("twice.json", "{\"data\": [], \"data\": []}");

    assertThat(refused(xml, new EstateAssembler()).problems()).singleElement().satisfies(problem -> {
      assertThat(problem.message()).startsWith("not well-formed XML: ");
      assertThat(problem.line()).isEqualTo(4);
    });
    assertThat(refused(json, new EstateAssembler()).problems()).singleElement().satisfies(problem -> {
      assertThat(problem.message()).startsWith("not valid JSON: ");
      assertThat(problem.line()).isEqualTo(2);
    });
    assertThat(refused(twice, new EstateAssembler()).problems()).singleElement()
        .satisfies(problem -> assertThat(problem.message()).contains("Duplicate field 'data'"));
  }

  @Test
  void documentsThatAreNotGleifAreRefusedSayingWhatWasExpected() throws IOException {
    Path otherXml = write("other.xml", "<?xml version=\"1.0\"?><bom xmlns=\"http://cyclonedx.org/schema/bom/1.4\"/>");
    Path otherJson = write("other.json", "{\"data\":[{\"type\":\"lei-issuers\",\"id\":\"x\"}]}");
    Path text = write("notes.txt", "LEI 529900GRZ2BQY5ZM9N49 is PUMA");
    Path empty = write("empty.json", "");

    assertThat(refused(otherXml, new EstateAssembler()).problems()).extracting(Problem::message).containsExactly(
        "root element {http://cyclonedx.org/schema/bom/1.4}bom: expected LEIData, RelationshipData or"
            + " ReportingExceptionData in a GLEIF namespace");
    assertThat(refused(otherJson, new EstateAssembler()).problems()).extracting(Problem::message).containsExactly(
        "/data/0/type is 'lei-issuers', expected a resource of type lei-records, relationship-records or"
            + " reporting-exceptions");
    assertThat(refused(text, new EstateAssembler()).getMessage()).contains("neither XML nor JSON");
    assertThat(refused(empty, new EstateAssembler()).getMessage()).contains("the file is empty");
  }

  @Test
  void anApiErrorResponseIsRefused() throws IOException {
    Path file = write("error.json", "{\"errors\":[{\"status\":\"404\",\"title\":\"Not Found\"}]}");

    assertThat(refused(file, new EstateAssembler()).problems()).extracting(Problem::message)
        .containsExactly("an API error response ('Not Found'): expected a document with 'data'");
  }

  @Test
  void exceptionsNeedADateToBeStatedAs() throws IOException {
    Path file = write("undated.json", """
        {"data":{"type":"reporting-exceptions","attributes":{"lei":"%s",
          "category":"DIRECT_ACCOUNTING_CONSOLIDATION_PARENT","reason":"NATURAL_PERSONS"}}}
        """.formatted(GOOD_LEI));

    assertThat(refused(file, new EstateAssembler()).problems()).extracting(Problem::message).singleElement()
        .asString().contains("no date to state its facts as of");
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static InputException refused(Path input, EstateAssembler assembler) {
    InputException refused = catchThrowableOfType(InputException.class,
        () -> new GleifImporter().read(input, assembler));
    assertThat(refused).as("refused").isNotNull();
    return refused;
  }

  private static void assertNothingWritten(EstateAssembler assembler) {
    Estate estate = assembler.build("test");
    assertThat(estate.nodes()).isEmpty();
    assertThat(estate.edges()).isEmpty();
    assertThat(estate.sources()).isEmpty();
  }

  /** Nothing connected to {@code server} (the parser would have by now, had it fetched anything). */
  private static void assertNoConnection(ServerSocket server) throws IOException {
    server.setSoTimeout((int) Duration.ofMillis(200).toMillis());
    try (var connection = server.accept()) {
      assertThat(connection).as("a connection to the test server").isNull();
    } catch (SocketTimeoutException expected) {
      // nobody came
    }
  }
}
