package dev.spillover.policy.pack;

import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.model.Estate;
import dev.spillover.model.Organization;
import dev.spillover.model.Product;
import dev.spillover.model.Seats;
import dev.spillover.model.Validity;
import dev.spillover.policy.Assessment;
import dev.spillover.policy.Pack;
import dev.spillover.policy.TestEstate;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a bundled pack finds in a small estate on a day, as sorted lines {@code subject rule:verdict}
 * ({@code -} when the finding has no verdict that day: pending, suspended...), and the nodes the
 * pack tests build their estates from.
 */
final class PackFindings {
  private PackFindings() {}

  static List<String> on(Estate estate, Pack pack, String day) {
    return Assessment.run(estate, List.of(pack), LocalDate.parse(day)).findings().stream()
        .map(f -> f.subject().id() + " " + f.rule().id() + ":" + (f.verdict() == null ? "-" : f.verdict().label()))
        .sorted()
        .toList();
  }

  /** An organization seated in {@code country} by incorporation only ({@code null}: unknown). */
  static Organization org(String id, String name, String country) {
    return new Organization(id, name, List.of(), Map.of(), TestEstate.PROVENANCE,
        Organization.OrganizationType.COMPANY, new Seats(country, null, null, null), false);
  }

  static Product product(String id, String name, Product.ProductType type) {
    return new Product(id, name, List.of(), Map.of(), TestEstate.PROVENANCE, type);
  }

  /** {@code party} is on the estate's list {@code list} from {@code from} until {@code until} (null: open). */
  static TestEstate listed(TestEstate estate, String party, String list, String from, String until) {
    return estate.edge(EdgeKind.LISTED_ON, party, list, EdgeTerms.NONE,
        new Validity(from == null ? null : LocalDate.parse(from), until == null ? null : LocalDate.parse(until)));
  }
}
