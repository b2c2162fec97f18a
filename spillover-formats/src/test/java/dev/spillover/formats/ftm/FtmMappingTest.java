package dev.spillover.formats.ftm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillover.formats.EstateAssembler;
import dev.spillover.model.Confidence;
import dev.spillover.model.Edge;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.model.Estate;
import dev.spillover.model.Organization;
import dev.spillover.model.Person;
import dev.spillover.model.RestrictedList;
import dev.spillover.model.Seats;
import dev.spillover.model.Validity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The documented mapping choices, each on a small inline file. */
class FtmMappingTest {
  @TempDir
  Path dir;

  @Test
  void partialDatesCountFromTheFirstDayOfTheirPeriodAndTheEndIsExclusive() throws IOException {
    Estate estate = load("dates.ftm.json", """
        {"id": "c1", "schema": "Company", "properties": {"name": ["C"]}}
        {"id": "o1", "schema": "Ownership", "properties": {"owner": ["x"], "asset": ["c1"], "startDate": ["2019"], "endDate": ["2021-05"]}}
        {"id": "o2", "schema": "Ownership", "properties": {"owner": ["y"], "asset": ["c1"], "startDate": ["2019-05-10"], "endDate": ["2019"]}}
        {"id": "o3", "schema": "Ownership", "properties": {"owner": ["z"], "asset": ["c1"], "startDate": ["2020-02-02T10:00:00"], "endDate": ["2020-02-02"]}}
        {"id": "o4", "schema": "Ownership", "properties": {"owner": ["w"], "asset": ["c1"], "startDate": ["2018", "2017-03"]}}
        """);
    assertThat(edge(estate, "dates.ftm.json#o1").validity()).isEqualTo(validity("2019-01-01", "2021-05-01"));
    // An end whose period holds the start ("2019" ending a start in May 2019; the same day): the start day alone.
    assertThat(edge(estate, "dates.ftm.json#o2").validity()).isEqualTo(validity("2019-05-10", "2019-05-11"));
    assertThat(edge(estate, "dates.ftm.json#o3").validity()).isEqualTo(validity("2020-02-02", "2020-02-03"));
    assertThat(edge(estate, "dates.ftm.json#o4").validity()).isEqualTo(validity("2017-03-01", null));
  }

  @Test
  void percentagesAreReadWithPercentSignsAndDecimalCommasAndSeveralFiguresGiveARange() throws IOException {
    Estate estate = load("shares.ftm.json", """
        {"id": "c1", "schema": "Company", "properties": {"name": ["C"]}}
        {"id": "o1", "schema": "Ownership", "properties": {"owner": ["a"], "asset": ["c1"], "percentage": ["50,5"]}}
        {"id": "o2", "schema": "Ownership", "properties": {"owner": ["b"], "asset": ["c1"], "percentage": [" 25 % "]}}
        {"id": "o3", "schema": "Ownership", "properties": {"owner": ["c"], "asset": ["c1"], "percentage": ["10.0", "12"]}}
        {"id": "o4", "schema": "Ownership", "properties": {"owner": ["d"], "asset": ["c1"], "percentage": [0]}}
        """);
    assertThat(edge(estate, "shares.ftm.json#o1").terms()).isEqualTo(share(50.5, 50.5));
    assertThat(edge(estate, "shares.ftm.json#o2").terms()).isEqualTo(share(25.0, 25.0));
    assertThat(edge(estate, "shares.ftm.json#o3").terms()).isEqualTo(share(10.0, 12.0));
    assertThat(edge(estate, "shares.ftm.json#o4").terms()).isEqualTo(share(0.0, 0.0));
  }

  @Test
  void entitiesNamedButNotHeldAreReferencedAsOrganizationsAndAnotherInputMayDefineThem() throws IOException {
    Path relations = write("relations.ftm.json", """
        {"id": "o1", "schema": "Ownership", "last_change": "2024-01-02T03:04:05", "properties": {"owner": [{"id": "holder", "schema": "Person"}], "asset": ["target"], "percentage": ["60"]}}
        {"id": "s1", "schema": "Sanction", "properties": {"entity": ["holder"], "authority": ["OFAC"], "program": ["SDGT"]}}
        """);
    Path people = write("people.ftm.json", """
        {"id": "holder", "schema": "Person", "properties": {"name": ["H. Older"], "nationality": ["ir"]}}
        """);
    EstateAssembler assembler = new EstateAssembler();
    FtmImporter.Summary summary = new FtmImporter().load(relations, assembler);
    new FtmImporter().read(people, assembler);
    Estate estate = assembler.build("two files");

    assertThat(summary.references()).isEqualTo(2);
    Organization target = (Organization) estate.nodes().get("target");
    assertThat(target.name()).isEqualTo("target");
    assertThat(target.provenance().confidence()).isEqualTo(Confidence.DERIVED);
    assertThat(target.provenance().asOf()).isEqualTo(LocalDate.of(2024, 1, 2));
    assertThat(estate.nodes().get("holder")).isInstanceOf(Person.class);
    assertThat(estate.nodes().get("holder").name()).isEqualTo("H. Older");
    assertThat(edge(estate, "relations.ftm.json#s1").to()).isEqualTo("ftm-list:ofac/sdgt");
  }

  @Test
  void anEntityOwningItselfIsSkippedWithANoteWhileCyclesAreKept() throws IOException {
    Path file = write("cycle.ftm.json", """
        {"id": "a", "schema": "Company", "properties": {"name": ["A"]}}
        {"id": "b", "schema": "Company", "properties": {"name": ["B"]}}
        {"id": "o1", "schema": "Ownership", "properties": {"owner": ["a"], "asset": ["b"], "percentage": ["60"]}}
        {"id": "o2", "schema": "Ownership", "properties": {"owner": ["b"], "asset": ["a"], "percentage": ["60"]}}
        {"id": "o3", "schema": "Ownership", "properties": {"owner": ["a"], "asset": ["a"], "percentage": ["5"]}}
        """);
    EstateAssembler assembler = new EstateAssembler();
    FtmImporter.Summary summary = new FtmImporter().load(file, assembler);
    assertThat(summary.notes()).containsExactly(
        "line 5: Ownership 'o3' has 'a' owning itself (own shares held in treasury); skipped");
    assertThat(assembler.build("cycle").edges()).extracting(Edge::id)
        .containsExactly("cycle.ftm.json#o1", "cycle.ftm.json#o2");
  }

  @Test
  void holdingsOfAssetsOtherThanOrganizationsAndSanctionsOfThemAreSkippedWithANote() throws IOException {
    Path file = write("vessel.ftm.json", """
        {"id": "c1", "schema": "Company", "properties": {"name": ["Shipping Co"]}}
        {"id": "v1", "schema": "Vessel", "properties": {"name": ["MV Example"]}}
        {"id": "o1", "schema": "Ownership", "properties": {"owner": ["c1"], "asset": ["v1"]}}
        {"id": "s1", "schema": "Sanction", "properties": {"entity": ["v1"], "authority": ["OFAC"]}}
        """);
    EstateAssembler assembler = new EstateAssembler();
    FtmImporter.Summary summary = new FtmImporter().load(file, assembler);
    assertThat(summary.notes()).containsExactly(
        "line 3: Ownership 'o1' is of Vessel 'v1', an asset other than an organization; skipped",
        "line 4: Sanction 's1' lists Vessel 'v1', which is not a person or organization; skipped");
    assertThat(summary.skippedBySchema()).isEqualTo(Map.of("Vessel", 1));
    Estate estate = assembler.build("vessel");
    assertThat(estate.edges()).isEmpty();
    // The list is created by the sanction even though its one listing was skipped.
    assertThat(estate.nodes()).containsOnlyKeys("c1", "ftm-list:ofac");
  }

  @Test
  void countryCodesAreUpperCasedAndKeptOnlyWhenKnownAndHeadquartersNeedAnUncontradictedSingleCountry()
      throws IOException {
    Estate estate = load("countries.ftm.json", """
        {"id": "a", "schema": "Company", "properties": {"name": ["A"], "jurisdiction": ["vg"], "country": ["ru", "zz"]}}
        {"id": "b", "schema": "LegalEntity", "properties": {"name": ["B"], "mainCountry": ["cy"], "country": ["ru"]}}
        {"id": "c", "schema": "PublicBody", "properties": {"name": ["Ministry"], "country": ["ru", "by"], "mainCountry": ["RU"]}}
        {"id": "d", "schema": "Organization", "properties": {"name": ["D"], "country": ["eu", "suhh"]}}
        {"id": "p", "schema": "Person", "properties": {"name": ["P"], "nationality": ["ru", "xx"], "citizenship": ["il", "ru"], "country": ["IL"]}}
        """);
    assertThat(seats(estate, "a")).isEqualTo(new Seats("VG", "RU", null, null));
    assertThat(seats(estate, "b")).as("mainCountry cy contradicts country ru").isEqualTo(new Seats(null, null, "CY", null));
    assertThat(seats(estate, "c")).isEqualTo(new Seats(null, null, "RU", null));
    assertThat(seats(estate, "d")).isEqualTo(Seats.UNKNOWN);
    assertThat(((Organization) estate.nodes().get("b")).type()).isEqualTo(Organization.OrganizationType.OTHER);
    assertThat(((Organization) estate.nodes().get("c")).type()).isEqualTo(Organization.OrganizationType.STATE_BODY);
    Person p = (Person) estate.nodes().get("p");
    assertThat(p.nationalities()).containsExactly("RU", "IL");
    assertThat(p.seats()).isEqualTo(new Seats(null, null, null, "IL"));
  }

  @Test
  void aNameComesFromTheCaptionIfItIsANameElseTheFirstNameElseAnAliasElseTheCaptionElseTheId() throws IOException {
    Estate estate = load("names.ftm.json", """
        {"id": "a", "schema": "Company", "caption": "Second", "properties": {"name": ["First", "Second"], "alias": ["Other", "First"], "weakAlias": ["W"], "previousName": ["Old"]}}
        {"id": "b", "schema": "Company", "caption": "Not a name", "properties": {"name": ["First"]}}
        {"id": "c", "schema": "Company", "properties": {"alias": ["Only Alias"]}}
        {"id": "d", "schema": "Company", "caption": "Caption Only", "properties": {}}
        {"id": "e", "schema": "Company"}
        """);
    assertThat(estate.nodes().get("a").name()).isEqualTo("Second");
    assertThat(estate.nodes().get("a").aliases()).as("weak aliases are not aliases").containsExactly("First", "Other", "Old");
    assertThat(estate.nodes().get("b").name()).isEqualTo("First");
    assertThat(estate.nodes().get("c").name()).isEqualTo("Only Alias");
    assertThat(estate.nodes().get("d").name()).isEqualTo("Caption Only");
    assertThat(estate.nodes().get("e").name()).isEqualTo("e");
  }

  @Test
  void asOfComesFromLastChangeThenFirstSeenThenModifiedAtThenTheFileDate() throws IOException {
    Path file = write("asof.ftm.json", """
        {"id": "a", "schema": "Company", "last_change": "2023-07-26T20:01:14", "first_seen": "2020-01-01T00:00:00", "properties": {"name": ["A"]}}
        {"id": "b", "schema": "Company", "first_seen": "2020-01-01T00:00:00", "properties": {"name": ["B"], "modifiedAt": ["2022-02-02"]}}
        {"id": "c", "schema": "Company", "properties": {"name": ["C"], "modifiedAt": ["2021-03", "2022-02-02"]}}
        {"id": "d", "schema": "Company", "properties": {"name": ["D"]}}
        """);
    Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2019-09-09T23:30:00Z")));
    Estate estate = loaded(file);
    assertThat(estate.nodes().get("a").provenance().asOf()).isEqualTo(LocalDate.of(2023, 7, 26));
    assertThat(estate.nodes().get("b").provenance().asOf()).isEqualTo(LocalDate.of(2020, 1, 1));
    assertThat(estate.nodes().get("c").provenance().asOf()).isEqualTo(LocalDate.of(2022, 2, 2));
    assertThat(estate.nodes().get("d").provenance().asOf()).isEqualTo(LocalDate.of(2019, 9, 9));
    assertThat(estate.sources().get("ftm:asof.ftm.json").title()).isEqualTo("FollowTheMoney entities in asof.ftm.json");
  }

  @Test
  void aJsonArrayAndLinesWithAByteOrderMarkAndCarriageReturnsReadAlike() throws IOException {
    String company = "{\"id\": \"c1\", \"schema\": \"Company\", \"properties\": {\"name\": [\"C\"]}}";
    String person = "{\"id\": \"p1\", \"schema\": \"Person\", \"properties\": {\"name\": [\"P\"]}}";
    Estate array = load("array.json", "\uFEFF [\n  " + company + ",\n  " + person + "\n]\n");
    Estate lines = load("lines.ftm.json", "\uFEFF" + company + "\r\n\r\n" + person + "\r\n");
    assertThat(array.nodes()).containsOnlyKeys("c1", "p1");
    assertThat(lines.nodes()).containsOnlyKeys("c1", "p1");
    assertThat(lines.nodes().get("c1").name()).isEqualTo("C");
  }

  @Test
  void sanctionListsAreKeyedByAuthorityAndProgramAndNamedByThem() throws IOException {
    Estate estate = load("lists.ftm.json", """
        {"id": "c1", "schema": "Company", "properties": {"name": ["C"]}}
        {"id": "s1", "schema": "Sanction", "properties": {"entity": ["c1"], "authority": ["Office of Foreign Assets Control"], "programId": ["US-RUSHAR"], "program": ["RUSSIA-EO14024"]}}
        {"id": "s2", "schema": "Sanction", "properties": {"entity": ["c1"], "authority": ["Office of Foreign Assets Control"], "programId": ["US-RUSHAR"], "program": ["UKRAINE-EO13662"]}}
        {"id": "s3", "schema": "Sanction", "properties": {"entity": ["c1"], "country": ["ch"]}}
        {"id": "s4", "schema": "Sanction", "properties": {"entity": ["c1"]}}
        """);
    RestrictedList ofac = (RestrictedList) estate.nodes().get("ftm-list:office-of-foreign-assets-control/us-rushar");
    assertThat(ofac.aliases()).containsExactly("RUSSIA-EO14024", "UKRAINE-EO13662");
    assertThat(estate.nodes().get("ftm-list:authorities-of-switzerland").name()).isEqualTo("authorities of Switzerland");
    assertThat(estate.nodes().get("ftm-list:unknown-authority").name()).isEqualTo("unknown authority");
    assertThat(estate.edges()).extracting(Edge::kind).containsOnly(EdgeKind.LISTED_ON);
  }

  private Estate load(String name, String content) throws IOException {
    return loaded(write(name, content));
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private static Estate loaded(Path file) {
    EstateAssembler assembler = new EstateAssembler();
    new FtmImporter().read(file, assembler);
    return assembler.build(file.getFileName().toString());
  }

  private static Edge edge(Estate estate, String id) {
    return estate.edges().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }

  private static Seats seats(Estate estate, String id) {
    return ((Organization) estate.nodes().get(id)).seats();
  }

  private static Validity validity(String from, String until) {
    return new Validity(from == null ? null : LocalDate.parse(from), until == null ? null : LocalDate.parse(until));
  }

  private static EdgeTerms.Share share(double min, double max) {
    return new EdgeTerms.Share(min, max, EdgeTerms.ShareBasis.EQUITY);
  }
}
