package dev.spillover.formats.ftm;

import static dev.spillover.formats.ftm.FtmFixtures.CST;
import static dev.spillover.formats.ftm.FtmFixtures.KALASHNIKOV;
import static dev.spillover.formats.ftm.FtmFixtures.OFAC_LIST;
import static dev.spillover.formats.ftm.FtmFixtures.SVETLANA_ZAKHAROVA;
import static dev.spillover.formats.ftm.FtmFixtures.ZAKHAROV;
import static dev.spillover.formats.ftm.FtmFixtures.zalaEdge;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.spillover.formats.EstateAssembler;
import dev.spillover.model.Confidence;
import dev.spillover.model.Edge;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.model.Estate;
import dev.spillover.model.NodeKind;
import dev.spillover.model.Organization;
import dev.spillover.model.Person;
import dev.spillover.model.Provenance;
import dev.spillover.model.RestrictedList;
import dev.spillover.model.Seats;
import dev.spillover.model.Validity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The FtM importer on the two OpenSanctions files: what each entity becomes, exactly. */
class FtmImporterTest {
  private static final Estate ZALA = FtmFixtures.load(FtmFixtures.ZALA);

  @Test
  void theSharedFixturesResolveFromTheModuleDirectory() throws IOException {
    assertThat(FtmFixtures.ZALA).isRegularFile();
    assertThat(FtmFixtures.T1).isRegularFile();
    // shared/ sits beside the checkout: two levels up from the module directory, wherever the clone is.
    Path checkoutParent = Path.of("").toAbsolutePath().getParent().getParent();
    assertThat(FtmFixtures.FOLDER.toRealPath())
        .isEqualTo(checkoutParent.resolve("shared/data/followthemoney").toRealPath());
  }

  @Test
  void bothFixtureFilesImportTogetherWithACountOfWhatWasSkipped() {
    EstateAssembler assembler = new EstateAssembler();
    FtmImporter.Summary t1 = new FtmImporter().load(FtmFixtures.T1, assembler);
    FtmImporter.Summary zala = new FtmImporter().load(FtmFixtures.ZALA, assembler);
    Estate estate = assembler.build("both");

    assertThat(t1.entitiesBySchema()).containsExactlyInAnyOrderEntriesOf(Map.of("Address", 1, "Organization", 2, "Person", 4));
    assertThat(t1.skippedBySchema()).containsExactlyInAnyOrderEntriesOf(Map.of("Address", 1));
    assertThat(t1.nodes()).isEqualTo(6);
    assertThat(t1.edges()).isZero();
    assertThat(zala.entitiesBySchema()).containsExactlyInAnyOrderEntriesOf(Map.of("Address", 11, "Company", 11,
        "Directorship", 3, "Family", 4, "Ownership", 14, "Passport", 1, "Person", 6, "Sanction", 41));
    assertThat(zala.skippedBySchema()).containsExactlyInAnyOrderEntriesOf(Map.of("Address", 11, "Directorship", 3,
        "Family", 4, "Passport", 1));
    // 11 companies, 6 persons and 20 lists (one per authority and program); 14 ownerships, 41 sanctions.
    assertThat(zala.nodes()).isEqualTo(37);
    assertThat(zala.edges()).isEqualTo(55);
    assertThat(zala.references()).isZero();
    assertThat(zala.notes()).containsExactly("4 ownership(s) without a percentage: share unknown (0 to 100 %)");

    assertThat(estate.nodes()).hasSize(43);
    assertThat(estate.edges()).hasSize(55);
    assertThat(estate.sources()).containsOnlyKeys("ftm:t1_entities.ftm.json", "ftm:zala_entities.ftm.json");
    assertThat(estate.description()).isEqualTo("Assembled from t1_entities.ftm.json, zala_entities.ftm.json");
  }

  @Test
  void aCompanyKeepsItsCaptionAsNameItsOtherNamesAsAliasesAndItsRegistryNumbers() {
    Organization cst = (Organization) ZALA.nodes().get(CST);
    assertThat(cst.name()).isEqualTo("LLC CST");
    assertThat(cst.aliases()).contains("Zala Aero Group", "LLC TSST, ZALA AERO GROUP", "Общество с ограниченной ответственностью \"ЦСТ\"",
        "ザラ・アエロ・グループ").doesNotContain("LLC CST");
    assertThat(cst.identifiers()).containsEntry("inn", "1841015504").containsEntry("ogrn", "1101841007938")
        .containsEntry("registrationNumber", "1091841000624").containsEntry("registrationNumber_2", "1841015504")
        .containsEntry("registrationNumber_3", "1101841007938").containsEntry("taxNumber", "1841015504")
        .containsEntry("taxNumber_2", "1841001815").containsEntry("uei", "M52TNV23BGX4")
        .containsEntry("permId", "5062453043");
    assertThat(cst.type()).isEqualTo(Organization.OrganizationType.COMPANY);
    // jurisdiction ru; a single country ru, with no mainCountry to contradict it.
    assertThat(cst.seats()).isEqualTo(new Seats("RU", "RU", null, null));
    assertThat(cst.provenance()).isEqualTo(
        new Provenance("ftm:zala_entities.ftm.json", LocalDate.of(2026, 4, 24), Confidence.DECLARED));

    Organization kalashnikov = (Organization) ZALA.nodes().get(KALASHNIKOV);
    assertThat(kalashnikov.name()).isEqualTo("JSC Kalashnikov Concern");
    assertThat(kalashnikov.aliases()).contains("OJSC IZHMASH", "АО «Концерн «Калашников»");
    assertThat(kalashnikov.identifiers()).containsEntry("inn", "1832090230").containsEntry("ogrn", "1111832003018");
  }

  @Test
  void aRegistryOnlyCompanyWithoutCountryHasNoHeadquarters() {
    Organization cstPerm = (Organization) ZALA.nodes().get(FtmFixtures.CST_PERM);
    assertThat(cstPerm.name()).isEqualTo("ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ \"ЦСТ\"");
    assertThat(cstPerm.aliases()).isEmpty();
    assertThat(cstPerm.identifiers()).isEqualTo(Map.of("inn", "5920040846", "ogrn", "1135920001260"));
    assertThat(cstPerm.seats()).isEqualTo(new Seats("RU", null, null, null));
  }

  @Test
  void personsTakeNationalitiesFromNationalityAndCitizenshipAndADomicileOnlyFromASingleCountry() {
    Person zakharov = (Person) ZALA.nodes().get(ZAKHAROV);
    assertThat(zakharov.name()).isEqualTo("Alexander Vyacheslavovich ZAKHAROV");
    assertThat(zakharov.aliases()).contains("Александр Вячеславович Захаров", "Aleksandr Vjačeslavovič Zacharov");
    assertThat(zakharov.nationalities()).containsExactly("RU");
    assertThat(zakharov.seats()).isEqualTo(new Seats(null, null, null, "RU"));
    assertThat(zakharov.identifiers()).containsEntry("inn", "183111242406").containsEntry("taxNumber", "183111242406");

    Person svetlana = (Person) ZALA.nodes().get(SVETLANA_ZAKHAROVA);
    assertThat(svetlana.nationalities()).containsExactly("RU");
    assertThat(svetlana.seats().domicile()).as("country is gb and ru: no single domicile").isNull();
    assertThat(svetlana.identifiers()).containsEntry("idNumber", "TIN: 183111242572");
  }

  @Test
  void anFtmOrganizationOfT1IsAnOrganizationOfTypeOtherHeadquarteredInItsOneCountry() {
    Estate t1 = FtmFixtures.load(FtmFixtures.T1);
    Organization irgc = (Organization) t1.nodes().get("NK-2PacmNpiLUmoz4XD2mSt7A");
    assertThat(irgc.name()).isEqualTo("IRGC");
    assertThat(irgc.aliases()).containsExactly("Iranian Revolutionary Guard Corps");
    assertThat(irgc.type()).isEqualTo(Organization.OrganizationType.OTHER);
    assertThat(irgc.seats()).isEqualTo(new Seats(null, "IR", null, null));
    Organization interTobacco = (Organization) t1.nodes().get("NK-2GdmHtZTeNXjNVrBGEXZNj");
    assertThat(interTobacco.name()).isEqualTo("RAB „Inter Tobacco“");
    assertThat(interTobacco.aliases()).hasSize(11).contains("Общество с ограниченной ответственностью “Интер Тобако”");
    assertThat(interTobacco.identifiers()).isEqualTo(Map.of("registrationNumber", "808000714"));
  }

  @Test
  void ownershipsBecomeOwnsEdgesWithTheirPercentagesAndDates() {
    assertThat(ZALA.edges().stream().filter(e -> e.kind() == EdgeKind.OWNS))
        .hasSize(14)
        .allSatisfy(e -> assertThat(e.id()).startsWith("zala_entities.ftm.json#"));
    // The register holds several records of Zakharov's holding in CST, with overlapping dates.
    assertOwns("ru-dfe0a021cb69f99e198bb8cbbcb93e81130b32a7", ZAKHAROV, CST, 51.0, "2015-11-25", null);
    assertOwns("ru-770bdf5f22537fa2a94176f53fa87fe28ecf94fa", ZAKHAROV, CST, 50.0, "2015-11-25", "2023-03-02");
    assertOwns("ru-7f202fd87a7ec03404a36667672156628713531c", ZAKHAROV, CST, 48.0, "2015-11-25", "2023-12-21");
    assertOwns("ru-29477727b21c0f44d9c8b2e0c3697b8e028f8f5f", KALASHNIKOV, CST, 49.0, "2016-03-29", null);
    assertOwns("ru-1de03979d6d800891cc047a737d0609600fff99f", FtmFixtures.TRANSKOMPLEKTHOLDING, CST, 2.0,
        "2019-05-24", "2023-12-21");
    assertOwns("ru-473aadfa7de6b37da51cbbc60864d284eb5cd199", SVETLANA_ZAKHAROVA, CST, 1.0, "2022-01-17",
        "2023-03-02");
    assertOwns("ru-5528524ef7d9bfc955a598ba8fd2cbe084a549d5", ZAKHAROV, FtmFixtures.SPS, 75.0, "2020-01-10",
        "2022-11-22");
    assertOwns("ru-c88ac31fcd8b1f6affcefa24046834154aff4221", ZAKHAROV, FtmFixtures.RTC, 100.0, "2022-04-22",
        "2023-10-22");
    assertOwns("ru-159c785ad927d3e153b23a26620730465ed26f1c", ZAKHAROV, FtmFixtures.AEROSCAN, 100.0, "2024-03-01",
        "2024-03-24");
    assertOwns("ru-4f1dde663bc2ea2f208283e5253fb5079df93190", ZAKHAROV, FtmFixtures.CST_PERM, 100.0, "2013-06-06",
        "2019-08-02");
    // No percentage (only sharesCount): the share is unknown.
    assertOwns("ru-d8c939aacb1246eaa23ea7277fcfe4563cdb9f18", ZAKHAROV, FtmFixtures.ZALA_AERO_JSC, null,
        "2024-03-22", "2024-06-24");
    assertOwns("ru-1d1ded00081c89c36ae77a71f00eb0a868e5313d", ZAKHAROV, FtmFixtures.IZHTELECOM, null, "2002-12-31",
        "2012-06-30");
    assertOwns("ru-1099d5efed93ff280a45471ee42a16e6a2960c98", ZAKHAROV, FtmFixtures.UNMANNED_SYSTEMS, null,
        "2005-09-16", "2005-11-03");
    // "subsidiary of", without figure or dates: always, share unknown.
    assertOwns("NK-3NyeuT6JeJDLhGEyH3JD52", KALASHNIKOV, CST, null, null, null);
  }

  @Test
  void sanctionsBecomeListedOnEdgesToOneListPerAuthorityAndProgram() {
    RestrictedList ofac = (RestrictedList) ZALA.nodes().get(OFAC_LIST);
    assertThat(ofac.name()).isEqualTo("Office of Foreign Assets Control: US-RUSHAR");
    assertThat(ofac.publisher()).isEqualTo("Office of Foreign Assets Control");
    assertThat(ofac.aliases()).containsExactly("RUSSIA-EO14024");
    assertThat(ofac.identifiers()).isEqualTo(Map.of("programId", "US-RUSHAR"));
    assertThat(ZALA.edges()).filteredOn(e -> e.to().equals(OFAC_LIST))
        .extracting(Edge::id, Edge::from, Edge::validity)
        .containsExactlyInAnyOrder(
            tuple("zala_entities.ftm.json#ofac-780cd5691cab9c1219d921e42857cc300fef150e", CST, Validity.ALWAYS),
            tuple("zala_entities.ftm.json#ofac-927f7a4547f68cd05570180fed763dd2d5d8eca7", ZAKHAROV, Validity.ALWAYS),
            tuple("zala_entities.ftm.json#ofac-c8e3040bb6d58ddf154773e21c88e6198b9172b7", CST, Validity.ALWAYS));

    Edge ukraine = zalaEdge(ZALA, "ua-nsdc-6c8c31da8d3db74b085a9217f3322ba118141a63");
    assertThat(ukraine.kind()).isEqualTo(EdgeKind.LISTED_ON);
    assertThat(ukraine.from()).isEqualTo(CST);
    assertThat(ukraine.to()).isEqualTo("ftm-list:national-security-and-defense-council/ua-sa1644");
    assertThat(ukraine.validity()).isEqualTo(new Validity(LocalDate.of(2021, 10, 30), LocalDate.of(2024, 10, 30)));
    assertThat(ZALA.nodes().get(ukraine.to()).name()).isEqualTo("National Security and Defense Council: UA-SA1644");

    // Two start dates (listed, then amended): the earliest counts.
    assertThat(zalaEdge(ZALA, "ch-seco-c14ce2961b2453e0bf9d925ecb9e05883596cb9c").validity())
        .isEqualTo(new Validity(LocalDate.of(2023, 12, 21), null));
    assertThat(zalaEdge(ZALA, "trade-csl-220a432fb6c7fd3e4d3af470f0f86f1f8e1ca513").to())
        .isEqualTo("ftm-list:entity-list-el-bureau-of-industry-and-security/us-bis-el");
    assertThat(ZALA.nodes().get("ftm-list:ofac/reciprocal").name()).isEqualTo("OFAC: Reciprocal");

    assertThat(ZALA.edges()).filteredOn(e -> e.kind() == EdgeKind.LISTED_ON).hasSize(41)
        .extracting(Edge::from).containsOnly(CST, ZAKHAROV);
    assertThat(ZALA.nodes().values()).filteredOn(n -> n.kind() == NodeKind.LIST).hasSize(20)
        .allSatisfy(n -> assertThat(n.id()).matches("ftm-list:[a-z0-9-]+(/[a-z0-9-]+)?"));
  }

  private static void assertOwns(String entity, String owner, String asset, Double percent, String from, String until) {
    Edge edge = zalaEdge(ZALA, entity);
    assertThat(edge.kind()).isEqualTo(EdgeKind.OWNS);
    assertThat(Arrays.asList(edge.from(), edge.to())).containsExactly(owner, asset);
    assertThat(edge.terms()).isEqualTo(new EdgeTerms.Share(percent, percent, EdgeTerms.ShareBasis.EQUITY));
    assertThat(edge.validity()).isEqualTo(new Validity(day(from), day(until)));
    assertThat(edge.provenance().source()).isEqualTo("ftm:zala_entities.ftm.json");
  }

  private static LocalDate day(String text) {
    return text == null ? null : LocalDate.parse(text);
  }

  @Test
  void theFormatIsRecognisedFromTheFirstBytesOfAFile() throws IOException {
    byte[] zala = Files.readAllBytes(FtmFixtures.ZALA);
    assertThat(FtmImporter.looksLikeFtm(Arrays.copyOf(zala, 512))).isTrue();
    assertThat(FtmImporter.looksLikeFtm(bytes("[{\"id\": \"a\", \"schema\": \"Company\", \"properties\": {}}]")))
        .isTrue();
    assertThat(FtmImporter.looksLikeFtm(bytes("\uFEFF{\"properties\": {\"name\": [\"x\"]}, \"schema\": \"Person\""))).isTrue();
    assertThat(FtmImporter.looksLikeFtm(bytes("{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.5\"}"))).isFalse();
    assertThat(FtmImporter.looksLikeFtm(bytes("{\"schema\": \"Company\", \"properties\": [\"x\"]}"))).isFalse();
    assertThat(FtmImporter.looksLikeFtm(bytes("[{\"statementID\": \"1\", \"statementType\": \"entityStatement\"}]")))
        .isFalse();
    assertThat(FtmImporter.looksLikeFtm(bytes("estate:\n  name: acme\n"))).isFalse();
    assertThat(FtmImporter.looksLikeFtm(bytes("{\"id\": \"a\", \"sche"))).isFalse();
    assertThat(FtmImporter.looksLikeFtm(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1})).isFalse();
    assertThat(FtmImporter.looksLikeFtm(new byte[0])).isFalse();
    assertThat(FtmImporter.looksLikeFtm(null)).isFalse();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }
}
