package dev.spillover.formats.gleif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import dev.spillover.formats.EstateAssembler;
import dev.spillover.model.Confidence;
import dev.spillover.model.Edge;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.model.EdgeTerms.ControlType;
import dev.spillover.model.Estate;
import dev.spillover.model.Organization;
import dev.spillover.model.Organization.OrganizationType;
import dev.spillover.model.Seats;
import dev.spillover.model.Source;
import dev.spillover.model.Validity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GLEIF importer on real GLEIF data (the shared corpus: a LEI-CDF 2.1 file and GLEIF API
 * responses for twelve entities) and on the RR-CDF and reporting-exception XML fixtures in
 * {@code src/test/resources/gleif/}.
 */
class GleifImporterTest {
  static final Path SHARED = Path.of("..", "..", "shared", "data", "gleif");
  static final Path API = SHARED.resolve("api-json");
  static final Path LEI_RECORDS = API.resolve("lei_records");
  static final Path RELATIONSHIPS = API.resolve("relationships");
  static final Path EXCEPTIONS = API.resolve("reporting_exceptions");
  static final Path FIXTURES = Path.of("src", "test", "resources", "gleif");

  static final String SHELL = "21380068P1DRHMJ8KU70";
  static final String COMMERZBANK = "851WYGNLUQLFZBSYGB56";
  static final String PUMA = "529900GRZ2BQY5ZM9N49";
  static final String APPLE_ENERGY = "549300YX4S1LLSMK2627";
  static final String APPLE_INC = "HWUPKR0MPOU8FGXBT394";

  @Test
  void theSharedGleifDataIsReachableFromTheModuleDirectory() {
    assertThat(SHARED.toAbsolutePath().normalize()).isDirectory();
    assertThat(SHARED.resolve("lei-cdf").resolve("20180901-gleif-concatenated-file-lei2-Top10.xml")).isRegularFile();
    assertThat(sharedFiles()).hasSizeGreaterThan(100);
  }

  @TestFactory
  Stream<DynamicTest> everySharedGleifFileImportsOnItsOwn() {
    return sharedFiles().stream().map(file -> DynamicTest.dynamicTest(SHARED.relativize(file).toString(), () -> {
      Estate estate = read(file);
      assertThat(estate.sources()).containsOnlyKeys("gleif:" + file.getFileName());
      assertThat(estate.nodes().values()).allSatisfy(node -> assertThat(node).isInstanceOf(Organization.class));
    }));
  }

  @Test
  void theWholeSharedFolderImportsAsOneEstateWithExceptionsJoinedToTheirRecords() {
    Estate estate = read(SHARED);

    assertThat(estate.sources()).hasSize(sharedFiles().size());
    for (String lei : List.of(SHELL, COMMERZBANK, PUMA, APPLE_ENERGY, "INR2EJN1ERAN0W5ZP974", "5493001KJTIIGC8Y1R12")) {
      assertThat(org(estate, lei).provenance().confidence()).as(lei).isEqualTo(Confidence.DECLARED);
    }
    assertThat(org(estate, PUMA).name()).isEqualTo("PUMA SE");
    assertThat(org(estate, PUMA).identifiers()).contains(
        entry("gleif.exception.direct", "NO_KNOWN_PERSON"), entry("gleif.exception.ultimate", "NO_KNOWN_PERSON"));
    assertThat(org(estate, "INR2EJN1ERAN0W5ZP974").identifiers())
        .contains(entry("gleif.exception.direct", "NON_CONSOLIDATING"));
    assertThat(estate.edges()).isNotEmpty().allSatisfy(edge -> {
      assertThat(edge.kind()).isEqualTo(EdgeKind.CONTROLS);
      assertThat(edge.terms()).isEqualTo(new EdgeTerms.Control(ControlType.MAJORITY));
    });
    long distinct = estate.edges().stream()
        .map(e -> List.of(e.kind(), e.from(), e.to(), e.terms(), e.validity())).distinct().count();
    assertThat(distinct).as("a relationship held by two files is one edge").isEqualTo(estate.edges().size());
  }

  @Test
  void shellPlcHasItsLegalNameFormerNameRegisterAndSeats() {
    Organization shell = org(read(LEI_RECORDS.resolve("single_lei_record_" + SHELL + ".json")), SHELL);

    assertThat(shell.name()).isEqualTo("SHELL PLC");
    assertThat(shell.aliases()).containsExactly("ROYAL DUTCH SHELL PLC");
    assertThat(shell.identifiers()).containsOnly(entry("lei", SHELL), entry("registrationAuthority", "RA000585"),
        entry("registrationAuthorityEntityId", "04366849"));
    assertThat(shell.seats()).isEqualTo(new Seats("GB", "GB", null, "GB"));
    assertThat(shell.type()).isEqualTo(OrganizationType.COMPANY);
    assertThat(shell.stateOwned()).isFalse();
    assertThat(shell.provenance().source()).isEqualTo("gleif:single_lei_record_" + SHELL + ".json");
    assertThat(shell.provenance().asOf()).isEqualTo(LocalDate.of(2025, 5, 6));
    assertThat(shell.provenance().confidence()).isEqualTo(Confidence.DECLARED);
  }

  @Test
  void theApiResponseBecomesASourcePublishedOnTheGoldenCopyDate() {
    Estate estate = read(LEI_RECORDS.resolve("single_lei_record_" + SHELL + ".json"));

    Source source = estate.sources().get("gleif:single_lei_record_" + SHELL + ".json");
    assertThat(source.publisher()).isEqualTo("GLEIF");
    assertThat(source.published()).isEqualTo(LocalDate.of(2025, 5, 15));
    assertThat(source.url()).isEqualTo("https://api.gleif.org/api/v1/lei-records/" + SHELL);
    assertThat(source.title()).contains("GLEIF API");
  }

  @Test
  void commerzbankControlsItsDirectChildrenFromTheDayEachRelationshipBegan() {
    Path file = RELATIONSHIPS.resolve("direct-child-relationships_" + COMMERZBANK + ".json");
    Estate estate = read(file);

    assertThat(estate.edges()).hasSize(15).allSatisfy(edge -> assertThat(edge.from()).isEqualTo(COMMERZBANK));
    Edge first = estate.edges().get(0);
    assertThat(first.id()).isEqualTo(file.getFileName() + "#1");
    assertThat(first.kind()).isEqualTo(EdgeKind.CONTROLS);
    assertThat(first.to()).isEqualTo("969500CF6KZ8GL8U6948");
    // 2009-01-11T23:00:00Z is midnight of 12 January in Frankfurt: the nearest midnight is the day meant.
    assertThat(first.validity()).isEqualTo(new Validity(LocalDate.of(2009, 1, 12), null));
    assertThat(first.terms()).isEqualTo(new EdgeTerms.Control(ControlType.MAJORITY));
    assertThat(first.provenance().asOf()).isEqualTo(LocalDate.of(2021, 3, 23));

    Organization commerzbank = org(read(LEI_RECORDS.resolve("single_lei_record_" + COMMERZBANK + ".json")), COMMERZBANK);
    assertThat(commerzbank.name()).isEqualTo("COMMERZBANK Aktiengesellschaft");
    assertThat(commerzbank.seats()).isEqualTo(new Seats("DE", "DE", null, "DE"));
    assertThat(commerzbank.identifiers()).contains(entry("registrationAuthorityEntityId", "HRB 32000"));
  }

  @Test
  void pumaSeReadWithItsExceptionsNamesNoParentAndSaysWhy(@TempDir Path folder) throws IOException {
    copy(LEI_RECORDS.resolve("single_lei_record_" + PUMA + ".json"), folder);
    copy(EXCEPTIONS.resolve("direct-parent-reporting-exception_" + PUMA + ".json"), folder);
    copy(EXCEPTIONS.resolve("ultimate-parent-reporting-exception_" + PUMA + ".json"), folder);
    copy(RELATIONSHIPS.resolve("direct-child-relationships_" + PUMA + ".json"), folder);

    Estate estate = read(folder);

    Organization puma = org(estate, PUMA);
    assertThat(puma.name()).isEqualTo("PUMA SE");
    assertThat(puma.seats()).isEqualTo(new Seats("DE", "DE", null, "DE"));
    assertThat(puma.identifiers()).containsOnly(entry("lei", PUMA), entry("registrationAuthority", "RA000247"),
        entry("registrationAuthorityEntityId", "HRB 13085"), entry("gleif.exception.direct", "NO_KNOWN_PERSON"),
        entry("gleif.exception.ultimate", "NO_KNOWN_PERSON"));
    assertThat(estate.edges()).hasSize(12).allSatisfy(edge -> assertThat(edge.from()).isEqualTo(PUMA));
    assertThat(estate.edges()).filteredOn(edge -> edge.to().equals("529900S9NYKESE6C6H13")).singleElement()
        .satisfies(edge -> assertThat(edge.validity().from()).isEqualTo(LocalDate.of(2017, 7, 24)));
  }

  @Test
  void appleEnergyIsControlledByAppleIncDirectlyAndUltimatelyEachFromItsOwnDate(@TempDir Path folder)
      throws IOException {
    copy(LEI_RECORDS.resolve("single_lei_record_" + APPLE_ENERGY + ".json"), folder);
    copy(LEI_RECORDS.resolve("direct-parent_" + APPLE_ENERGY + ".json"), folder);
    copy(RELATIONSHIPS.resolve("direct-parent-relationship_" + APPLE_ENERGY + ".json"), folder);
    copy(RELATIONSHIPS.resolve("ultimate-parent-relationship_" + APPLE_ENERGY + ".json"), folder);

    Estate estate = read(folder);

    assertThat(org(estate, APPLE_ENERGY).name()).isEqualTo("APPLE ENERGY LLC");
    assertThat(org(estate, APPLE_ENERGY).seats().incorporation()).as("US-DE is in the US").isEqualTo("US");
    assertThat(org(estate, APPLE_INC).name()).isEqualTo("Apple Inc.");
    assertThat(org(estate, APPLE_INC).provenance().confidence()).isEqualTo(Confidence.DECLARED);
    assertThat(estate.edges()).extracting(Edge::id, Edge::from, Edge::to, Edge::validity).containsExactly(
        tuple("direct-parent-relationship_" + APPLE_ENERGY + ".json#1", APPLE_INC,
            APPLE_ENERGY, new Validity(LocalDate.of(2018, 4, 10), null)),
        tuple("ultimate-parent-relationship_" + APPLE_ENERGY + ".json#1", APPLE_INC,
            APPLE_ENERGY, new Validity(LocalDate.of(2018, 11, 3), null)));
  }

  @Test
  void aRelationshipFileAloneYieldsAControlsEdgeBetweenStubOrganizations() {
    Path file = RELATIONSHIPS.resolve("direct-parent-relationship_549300O897ZC5H7CY412.json");
    Estate estate = read(file);

    assertThat(estate.nodes()).containsOnlyKeys("549300O897ZC5H7CY412", "549300OWK6ZGNYP4G142");
    assertThat(estate.nodes().values()).allSatisfy(node -> {
      assertThat(node.name()).isEqualTo(node.id());
      assertThat(node.provenance().confidence()).isEqualTo(Confidence.DERIVED);
    });
    assertThat(estate.edges()).singleElement().satisfies(edge -> {
      assertThat(edge.id()).isEqualTo("direct-parent-relationship_549300O897ZC5H7CY412.json#1");
      assertThat(edge.kind()).isEqualTo(EdgeKind.CONTROLS);
      assertThat(edge.from()).isEqualTo("549300OWK6ZGNYP4G142");
      assertThat(edge.to()).isEqualTo("549300O897ZC5H7CY412");
      assertThat(edge.validity()).isEqualTo(new Validity(LocalDate.of(2006, 8, 8), null));
      assertThat(edge.provenance().asOf()).isEqualTo(LocalDate.of(2025, 4, 11));
    });
  }

  @Test
  void theLeiCdfFileGivesTenNigerianFirmsDatedByTheirLastUpdate() {
    Path file = SHARED.resolve("lei-cdf").resolve("20180901-gleif-concatenated-file-lei2-Top10.xml");
    Estate estate = read(file);

    assertThat(estate.nodes()).hasSize(10);
    Organization afrinvest = org(estate, "029200013A5N6ZD0F605");
    assertThat(afrinvest.name()).isEqualTo("AFRINVEST SECURITIES LIMITED");
    assertThat(afrinvest.aliases()).as("the French name repeats the legal name").isEmpty();
    assertThat(afrinvest.seats()).as("NG-LA (Lagos) is in NG").isEqualTo(new Seats("NG", "NG", null, "NG"));
    assertThat(afrinvest.identifiers()).containsOnly(entry("lei", "029200013A5N6ZD0F605"),
        entry("registrationAuthority", "RA000469"), entry("registrationAuthorityEntityId", "RC603315"));
    assertThat(afrinvest.provenance().asOf()).isEqualTo(LocalDate.of(2018, 8, 2));
    Source source = estate.sources().get("gleif:" + file.getFileName());
    assertThat(source.published()).isEqualTo(LocalDate.of(2018, 9, 1));
    assertThat(source.title()).contains("LEI-CDF");
  }

  @Test
  void rrCdfXmlMapsEveryRelationshipTypeAndLeavesOutAnnulledAndUndatedEndedOnes() {
    Estate estate = read(FIXTURES.resolve("rr-cdf").resolve("relationships.xml"));

    assertThat(estate.edges()).extracting(Edge::id, Edge::kind, Edge::from, Edge::to, Edge::terms, Edge::validity)
        .containsExactly(
            row("#1", EdgeKind.CONTROLS, PUMA, "529900S9NYKESE6C6H13", control(ControlType.MAJORITY),
                new Validity(LocalDate.of(2017, 7, 24), null)),
            row("#2", EdgeKind.CONTROLS, "SPILLOVERTESTMGR0135", "SPILLOVERTESTFUND194", control(ControlType.DIRECTION),
                new Validity(LocalDate.of(2015, 1, 1), LocalDate.of(2020, 7, 1))),
            row("#3", EdgeKind.CONTROLS, "SPILLOVERTESTHEAD184", "SPILLOVERTESTBRNCH97", control(ControlType.OTHER),
                Validity.ALWAYS),
            row("#4", EdgeKind.CONTROLS, "SPILLOVERTESTUMBRL39", "SPILLOVERTESTFUND194", control(ControlType.OTHER),
                new Validity(LocalDate.of(2015, 1, 1), null)),
            row("#5", EdgeKind.OWNS, "SPILLOVERTESTFEEDR91", "SPILLOVERTESTMASTR35",
                new EdgeTerms.Share(null, null, EdgeTerms.ShareBasis.EQUITY), Validity.ALWAYS));
    assertThat(estate.edges().get(0).provenance().asOf()).isEqualTo(LocalDate.of(2024, 7, 10));
    assertThat(estate.sources().get("gleif:relationships.xml").published()).isEqualTo(LocalDate.of(2025, 5, 15));
  }

  @Test
  void reportingExceptionsWithoutTheirRecordsStillReachTheEntity() {
    Estate estate = read(FIXTURES.resolve("repex").resolve("exceptions.xml"));

    Organization fund = org(estate, "SPILLOVERTESTFUND194");
    assertThat(fund.identifiers()).containsOnly(entry("lei", "SPILLOVERTESTFUND194"),
        entry("gleif.exception.ultimate", "NATURAL_PERSONS,NON_PUBLIC"));
    assertThat(fund.provenance().confidence()).isEqualTo(Confidence.DERIVED);
    assertThat(fund.provenance().asOf()).isEqualTo(LocalDate.of(2025, 5, 15));
    assertThat(org(estate, PUMA).identifiers()).contains(entry("gleif.exception.direct", "NO_KNOWN_PERSON"));
  }

  @Test
  void anExceptionReadAfterItsRecordAddsToItWithoutRenamingIt() {
    EstateAssembler assembler = new EstateAssembler();
    GleifImporter importer = new GleifImporter();
    importer.read(LEI_RECORDS.resolve("single_lei_record_" + PUMA + ".json"), assembler);
    importer.read(EXCEPTIONS.resolve("direct-parent-reporting-exception_" + PUMA + ".json"), assembler);

    Organization puma = org(assembler.build("test"), PUMA);
    assertThat(puma.name()).isEqualTo("PUMA SE");
    assertThat(puma.seats().incorporation()).isEqualTo("DE");
    assertThat(puma.identifiers()).contains(entry("gleif.exception.direct", "NO_KNOWN_PERSON"));
  }

  @Test
  void theSameRelationshipInTwoFilesOfOneFolderIsOneEdge(@TempDir Path folder) throws IOException {
    Path file = RELATIONSHIPS.resolve("direct-child-relationships_" + PUMA + ".json");
    Files.copy(file, folder.resolve("a.json"));
    Files.copy(file, folder.resolve("b.json"));

    Estate estate = read(folder);

    assertThat(estate.edges()).hasSize(12).allSatisfy(edge -> assertThat(edge.id()).startsWith("a.json#"));
  }

  @Test
  void anEmptyApiPageAddsOnlyItsSource() {
    Estate estate = read(RELATIONSHIPS.resolve("direct-child-relationships_254900LNRYNOQ9YPU758.json"));

    assertThat(estate.nodes()).isEmpty();
    assertThat(estate.edges()).isEmpty();
    assertThat(estate.sources()).hasSize(1);
  }

  static Estate read(Path input) {
    EstateAssembler assembler = new EstateAssembler();
    new GleifImporter().read(input, assembler);
    return assembler.build("test");
  }

  static Organization org(Estate estate, String id) {
    assertThat(estate.nodes()).containsKey(id);
    return (Organization) estate.nodes().get(id);
  }

  static List<Path> sharedFiles() {
    try (Stream<Path> files = Files.walk(SHARED)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static byte[] head(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(GleifImporter.HEAD_BYTES);
    }
  }

  private static void copy(Path file, Path folder) throws IOException {
    Files.copy(file, folder.resolve(file.getFileName()));
  }

  private static EdgeTerms control(ControlType type) {
    return new EdgeTerms.Control(type);
  }

  private static Tuple row(String index, EdgeKind kind, String from, String to, EdgeTerms terms,
      Validity validity) {
    return tuple("relationships.xml" + index, kind, from, to, terms, validity);
  }
}
