package dev.spillover.policy.scenario;

import dev.spillover.model.EdgeKind;
import dev.spillover.model.Estate;
import dev.spillover.model.Waiver;
import dev.spillover.policy.TestEstate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A small estate for scenario tests, with the pack {@code test-pack.yaml} to write beside the
 * scenario files.
 *
 * <pre>
 * acme (owner)
 *   network   uses router  (manufactured by huawei: on list 'covered')   waiver w1 for r-use until 2030-01-01
 *   laptops   uses laptop  (manufactured by lenovo: on no list)
 *   marketing uses app     (developed by appco, which cn-holder (CN) owns 25 % of; us-holder 60 %)
 * </pre>
 *
 * <p>Rule {@code r-use} (prohibited): a system uses what a covered party that controls it makes.
 * Rule {@code r-stake} (review): a system is exposed to a party in CN holding at least 20 % of the
 * attributed party.
 */
final class ScenarioFixture {
  static final LocalDate DAY = LocalDate.of(2024, 6, 1);

  static final String PACK = """
      pack: {id: test-pack, title: Test pack, citation: "Test Act s.1"}
      sources:
        - {id: act, title: Test Act}
      lists:
        - id: covered
          title: Covered companies
          source: act
          entries:
            - names: ["Huawei Technologies Co., Ltd."]
      rules:
        - id: r-use
          title: Uses equipment of a covered company
          citation: "Test Act s.1(a)"
          scope: [system]
          verdict: prohibited
          condition: >
            'covered' in exposure.party.lists && exposure.controls
            && exposure.role in ['manufactures', 'develops']
        - id: r-stake
          title: Exposed to a 20 % holder in CN
          citation: "Test Act s.1(b)"
          scope: [system]
          verdict: review
          condition: >
            exposure.party.countries.exists(c, c == 'CN') && exposure.shareMin >= 20.0
      """;

  private ScenarioFixture() {}

  static Estate estate() {
    return new TestEstate()
        .org("acme", "Acme Inc.").system("network").system("laptops").system("marketing")
        .product("router", "Router").product("laptop", "Laptop").product("app", "App")
        .org("huawei", "Huawei Technologies Co., Ltd.").org("lenovo", "Lenovo Group Limited")
        .org("appco", "App Co").orgIn("cn-holder", "CN Holder", "CN").orgIn("us-holder", "US Holder", "US")
        .uses("network", "router").uses("laptops", "laptop").uses("marketing", "app", "advertising")
        .edge(EdgeKind.MANUFACTURES, "huawei", "router").edge(EdgeKind.MANUFACTURES, "lenovo", "laptop")
        .edge(EdgeKind.DEVELOPS, "appco", "app")
        .owns("cn-holder", "appco", 25).owns("us-holder", "appco", 60)
        .waiver(new Waiver("w1", "test-pack", "r-use", "network", "replacement under way", "CIO",
            null, LocalDate.of(2030, 1, 1), null))
        .ownedBy("acme")
        .build();
  }

  /** Writes the pack and a scenario file {@code name}.yaml with {@code yaml} into {@code dir}. */
  static Path scenario(Path dir, String name, String yaml) throws IOException {
    Files.writeString(dir.resolve("test-pack.yaml"), PACK, StandardCharsets.UTF_8);
    Path file = dir.resolve(name + ".yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return file;
  }
}
