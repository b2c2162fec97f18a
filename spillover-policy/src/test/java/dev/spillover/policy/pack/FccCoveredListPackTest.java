package dev.spillover.policy.pack;

import static dev.spillover.policy.pack.PackFindings.on;
import static dev.spillover.policy.pack.PackFindings.org;
import static dev.spillover.policy.pack.PackFindings.product;
import static org.assertj.core.api.Assertions.assertThat;

import dev.spillover.model.EdgeKind;
import dev.spillover.model.Estate;
import dev.spillover.model.Product.ProductType;
import dev.spillover.policy.Pack;
import dev.spillover.policy.TestEstate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The bundled FCC Covered List pack, worked by hand on each entry's date of inclusion and each
 * rule's effective date: Huawei routers (listed 12 March 2021; subsidy rule from 15 March 2021;
 * equipment authorization from 25 November 2022), Kaspersky Lab, Inc. software (23 July 2024),
 * Digitalsystem Technology's international voice service (7 July 2026), and phones from a maker in
 * which ZTE holds 30 % (review, never restricted).
 */
class FccCoveredListPackTest {
  private static final Pack FCC = PackCatalog.bundled("fcc-covered-list");

  private static Estate estate() {
    return new TestEstate()
        .node(org("acme", "Acme Retail Inc.", "US")).ownedBy("acme")
        .node(org("huawei", "Huawei Technologies Co., Ltd.", "CN"))
        .node(product("routers", "AR routers", ProductType.DEVICE))
        .edge(EdgeKind.MANUFACTURES, "huawei", "routers")
        .system("branch").uses("branch", "routers", "networking")
        .node(org("kaspersky-us", "Kaspersky Lab, Inc.", "US"))
        .node(product("av", "Endpoint antivirus", ProductType.SOFTWARE))
        .edge(EdgeKind.DEVELOPS, "kaspersky-us", "av")
        .system("endpoints").uses("endpoints", "av")
        .node(org("dst", "Digitalsystem Technology Inc.", null))
        .node(product("voice", "International voice", ProductType.NETWORK_SERVICE))
        .edge(EdgeKind.OPERATES, "dst", "voice")
        .system("voip").uses("voip", "voice")
        .node(org("zte", "ZTE Corporation", "CN")).node(org("phoneco", "Phone Maker Ltd.", "VN"))
        .owns("zte", "phoneco", 30)
        .node(product("phones", "Desk phones", ProductType.DEVICE))
        .edge(EdgeKind.MANUFACTURES, "phoneco", "phones")
        .system("desk").uses("desk", "phones")
        .build();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // The List's first entries are dated 12 March 2021, the subsidy rules take effect on 15 March.
      "2021-03-14 | ",
      // The phones (a product) and the system using them: ZTE holds 30 % of their maker, review only.
      "2021-03-15 | branch federal-subsidy:restricted, desk possible-affiliate:review, phones possible-affiliate:review",
      // The equipment authorization freeze took effect on the order's release, 25 November 2022.
      "2022-11-24 | branch federal-subsidy:restricted, desk possible-affiliate:review, phones possible-affiliate:review",
      "2022-11-25 | branch federal-subsidy:restricted, desk possible-affiliate:review, phones possible-affiliate:review, routers equipment-authorization:restricted",
      // Kaspersky Lab, Inc. from 23 July 2024.
      "2024-07-22 | branch federal-subsidy:restricted, desk possible-affiliate:review, phones possible-affiliate:review, routers equipment-authorization:restricted",
      "2024-07-23 | branch federal-subsidy:restricted, desk possible-affiliate:review, endpoints federal-subsidy:restricted, phones possible-affiliate:review, routers equipment-authorization:restricted",
      // Digitalsystem Technology Inc. from 7 July 2026.
      "2026-07-06 | branch federal-subsidy:restricted, desk possible-affiliate:review, endpoints federal-subsidy:restricted, phones possible-affiliate:review, routers equipment-authorization:restricted",
      "2026-07-07 | branch federal-subsidy:restricted, desk possible-affiliate:review, endpoints federal-subsidy:restricted, phones possible-affiliate:review, routers equipment-authorization:restricted, voip federal-subsidy:restricted"})
  void eachEntryCountsFromItsDateOfInclusionAndEachRuleFromItsEffectiveDate(String day, String expected) {
    assertThat(String.join(", ", on(estate(), FCC, day))).isEqualTo(expected == null ? "" : expected);
  }

  @Test
  void aDeviceThatOnlyEmbedsFirmwareOfAListedPartyIsNotCoveredEquipment() {
    Estate estate = new TestEstate()
        .node(org("huawei", "Huawei Technologies Co., Ltd.", "CN")).node(org("maker", "Gateway Maker Inc.", "US"))
        .node(product("gateway", "Gateway", ProductType.DEVICE)).edge(EdgeKind.MANUFACTURES, "maker", "gateway")
        .node(product("firmware", "Modem firmware", ProductType.SOFTWARE)).edge(EdgeKind.DEVELOPS, "huawei", "firmware")
        .edge(EdgeKind.EMBEDS, "gateway", "firmware")
        .build();

    assertThat(on(estate, FCC, "2024-01-01")).noneMatch(line -> line.startsWith("gateway equipment-authorization"));
  }

  @Test
  void listsThirteenNamedPartiesFromTheirDatesOfInclusion() {
    var list = FCC.lists().stream().filter(l -> l.id().equals("fcc-covered")).findFirst().orElseThrow();

    assertThat(list.entries()).hasSize(13);
    assertThat(list.entries()).filteredOn(e -> e.names().get(0).equals("AO Kaspersky Lab"))
        .singleElement().satisfies(e -> assertThat(e.since()).hasToString("2022-03-25"));
  }
}
