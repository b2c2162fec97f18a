package dev.spillover.formats.bods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.spillover.formats.EstateAssembler;
import dev.spillover.input.InputException;
import dev.spillover.model.EdgeKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BodsMappingTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path temp;

  @Test
  void everyInterestTypeOfTheCodelistHasAMapping() throws IOException {
    List<String> rows = Files.readAllLines(BodsImporterTest.BODS.resolve("schema/codelists/interestType.csv"));
    List<String> codes = rows.stream().skip(1).filter(r -> !r.isBlank()).map(r -> r.substring(0, r.indexOf(','))).toList();
    assertThat(codes).hasSize(23).allSatisfy(code -> assertThat(Interests.known(code)).as(code).isTrue());
    assertThat(Interests.of("shareholding").kind()).isEqualTo(EdgeKind.OWNS);
    assertThat(Interests.of("boardChair").kind()).isEqualTo(EdgeKind.CONTROLS);
    assertThat(Interests.of(null).folded()).as("an interest of unknown type").isTrue();
  }

  @Test
  void shareBoundsTakeTheExactFigureOrTheTighterBounds() throws IOException {
    assertThat(Interests.bounds(JSON.readTree("{\"exact\": 12.5, \"minimum\": 10}")))
        .isEqualTo(new Interests.Bounds(12.5, 12.5));
    assertThat(Interests.bounds(JSON.readTree("{\"minimum\": 25, \"exclusiveMinimum\": 30}")))
        .isEqualTo(new Interests.Bounds(30.0, 100.0));
    assertThat(Interests.bounds(JSON.readTree("{\"exclusiveMaximum\": 50, \"maximum\": 75}")))
        .isEqualTo(new Interests.Bounds(0.0, 50.0));
    assertThat(Interests.bounds(JSON.readTree("{}"))).isEqualTo(Interests.Bounds.UNKNOWN);
    assertThat(Interests.bounds(null)).isEqualTo(Interests.Bounds.UNKNOWN);
  }

  @Test
  void countriesAreIsoAlpha2CodesOrTheCountryOfASubdivision() {
    assertThat(StatementMapper.country("FI")).isEqualTo("FI");
    assertThat(StatementMapper.country("US-DE")).isEqualTo("US");
    assertThat(StatementMapper.country("gb")).isEqualTo("GB");
    assertThat(StatementMapper.country("XX")).isNull();
    assertThat(StatementMapper.country("USA")).isNull();
    assertThat(StatementMapper.country(null)).isNull();
  }

  @Test
  void aShareWhoseMinimumExceedsItsMaximumIsAProblemAtThatShare() throws IOException {
    Path file = withInterest("{\"type\": \"shareholding\", \"share\": {\"minimum\": 60, \"maximum\": 40}}");

    assertThatThrownBy(() -> new BodsImporter().read(file, new EstateAssembler()))
        .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems()).singleElement().satisfies(p -> {
          assertThat(p.message()).isEqualTo("statement 0 at $[0].recordDetails.interests[0].share: share minimum 60.0 "
              + "is above its maximum 40.0, expected minimum <= maximum");
          assertThat(p.line()).isPositive();
        }));
  }

  @Test
  void anInterestThatEndsBeforeItStartsIsAProblem() throws IOException {
    Path file = withInterest("{\"type\": \"boardMember\", \"startDate\": \"2020-05-01\", \"endDate\": \"2020-04-30\"}");

    assertThatThrownBy(() -> new BodsImporter().read(file, new EstateAssembler()))
        .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems()).singleElement()
            .satisfies(p -> assertThat(p.message()).contains("interests[0].endDate", "2020-04-30 is before startDate")));
  }

  @Test
  void anUnspecifiedInterestedPartyGivesNoEdge() throws IOException {
    Path file = temp.resolve("unspecified.json");
    Files.writeString(file, "[" + relationship("{\"reason\": \"informationUnknownToPublisher\"}",
        "{\"type\": \"shareholding\", \"share\": {\"exact\": 100}}") + "]");
    EstateAssembler assembler = new EstateAssembler();

    new BodsImporter().read(file, assembler);
    assertThat(assembler.build("x").edges()).isEmpty();
  }

  private Path withInterest(String interest) throws IOException {
    Path file = temp.resolve("relationship.json");
    Files.writeString(file, "[\n" + relationship("\"owner-1\"", interest) + "\n]\n");
    return file;
  }

  private static String relationship(String party, String interest) {
    return """
        {"statementId": "00000000000000000000000000000001", "statementDate": "2024-01-01",
         "declarationSubject": "company-1", "recordId": "rel-1", "recordType": "relationship",
         "recordDetails": {"isComponent": false, "subject": "company-1", "interestedParty": %s,
           "interests": [%s]}}""".formatted(party, interest);
  }
}
