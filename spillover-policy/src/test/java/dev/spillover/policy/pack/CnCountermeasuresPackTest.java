package dev.spillover.policy.pack;

import static dev.spillover.policy.pack.PackFindings.listed;
import static dev.spillover.policy.pack.PackFindings.on;
import static dev.spillover.policy.pack.PackFindings.org;
import static dev.spillover.policy.pack.PackFindings.product;
import static org.assertj.core.api.Assertions.assertThat;

import dev.spillover.model.EdgeKind;
import dev.spillover.model.Estate;
import dev.spillover.model.Product.ProductType;
import dev.spillover.policy.Pack;
import dev.spillover.policy.TestEstate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bundled Chinese countermeasures pack, from China's point of view, worked by hand: a US
 * defence company under a measure from 16 February 2023 until 16 February 2024 (its list entry's
 * dates), whose 60 % subsidiary makes sensors a Chinese estate's system uses, and whose own radar
 * another system uses. Dealing with the listed company is restricted while the measure holds;
 * dealing with its subsidiary is flagged for review (Anti-Foreign Sanctions Law, from 10 June
 * 2021).
 */
class CnCountermeasuresPackTest {
  private static final Pack CN = PackCatalog.bundled("cn-countermeasures");

  private static Estate estate() {
    TestEstate estate = new TestEstate().list("cn-counter-sanctions", "China's countermeasures")
        .node(org("defco", "Defence Co.", "US")).node(org("sub", "Sensor Sub LLC", "US")).owns("defco", "sub", 60)
        .node(product("radar", "Radar", ProductType.DEVICE)).edge(EdgeKind.MANUFACTURES, "defco", "radar")
        .node(product("sensors", "Sensors", ProductType.DEVICE)).edge(EdgeKind.MANUFACTURES, "sub", "sensors")
        .system("port").uses("port", "radar").system("plant").uses("plant", "sensors");
    return listed(estate, "defco", "cn-counter-sanctions", "2023-02-16", "2024-02-16").build();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "2023-02-15 | ",
      "2023-02-16 | plant controlled-by-listed-party:review, port dealing-with-listed-party:restricted, "
          + "radar dealing-with-listed-party:restricted, sensors controlled-by-listed-party:review",
      "2024-02-15 | plant controlled-by-listed-party:review, port dealing-with-listed-party:restricted, "
          + "radar dealing-with-listed-party:restricted, sensors controlled-by-listed-party:review",
      "2024-02-16 | "})
  void restrictsDealingWithAListedPartyWhileItsMeasureHolds(String day, String expected) {
    assertThat(String.join(", ", on(estate(), CN, day))).isEqualTo(expected == null ? "" : expected);
  }

  @Test
  void takesChinasPointOfView() {
    assertThat(CN.perspective()).isEqualTo("CN");
    assertThat(CN.lists()).isEmpty();
  }
}
