package dev.spillover.formats.bods;

import com.fasterxml.jackson.databind.JsonNode;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.model.EdgeTerms.ControlType;
import dev.spillover.model.EdgeTerms.ShareBasis;
import java.util.Map;

/**
 * What each BODS interest type (codelist {@code interestType.csv}) becomes: an {@code owns} edge
 * with a share on a basis, or a {@code controls} edge of a control type. See
 * {@code docs/formats/bods.md} for the table and the reasons.
 */
final class Interests {
  /**
   * How an interest type maps. {@code folded}: an ownership-like interest other than a
   * shareholding, left out when the same statement declares a shareholding, which already
   * counts the equity (look-through ownership would otherwise count it twice).
   */
  record Mapping(EdgeKind kind, ShareBasis basis, ControlType control, boolean folded) {
    /** The terms of an edge of this mapping with {@code share}; a state party makes other control state control. */
    EdgeTerms terms(Bounds share, boolean stateParty) {
      if (kind == EdgeKind.OWNS) {
        return new EdgeTerms.Share(share.min(), share.max(), basis);
      }
      return new EdgeTerms.Control(stateParty && control == ControlType.OTHER ? ControlType.STATE : control);
    }
  }

  /** A share of {@code min} to {@code max} percent; both null when no figure is given. */
  record Bounds(Double min, Double max) {
    static final Bounds UNKNOWN = new Bounds(null, null);

    boolean known() {
      return min != null;
    }
  }

  private static final Mapping EQUITY = owns(ShareBasis.EQUITY, false);
  private static final Mapping ECONOMIC = owns(ShareBasis.EQUITY, true);

  private static final Map<String, Mapping> BY_TYPE = Map.ofEntries(
      Map.entry("shareholding", EQUITY),
      Map.entry("votingRights", owns(ShareBasis.VOTING, false)),
      // Economic interests without shares: the owner's stake, where no shareholding states it.
      Map.entry("beneficiaryOfLegalArrangement", ECONOMIC),
      Map.entry("rightsToSurplusAssetsOnDissolution", ECONOMIC),
      Map.entry("rightsToProfitOrIncome", ECONOMIC),
      Map.entry("rightToProfitOrIncomeFromAssets", ECONOMIC),
      Map.entry("enjoymentAndUseOfAssets", ECONOMIC),
      // An interest of unknown nature: a possible holding of unknown size (0 to 100 percent).
      Map.entry("unknownInterest", ECONOMIC),
      Map.entry("unpublishedInterest", ECONOMIC),
      Map.entry("appointmentOfBoard", controls(ControlType.BOARD)),
      Map.entry("boardMember", controls(ControlType.BOARD)),
      Map.entry("boardChair", controls(ControlType.BOARD)),
      Map.entry("seniorManagingOfficial", controls(ControlType.DIRECTION)),
      Map.entry("trustee", controls(ControlType.DIRECTION)),
      Map.entry("nominator", controls(ControlType.DIRECTION)),
      Map.entry("controlByLegalFramework", controls(ControlType.STATE)),
      Map.entry("otherInfluenceOrControl", controls(ControlType.OTHER)),
      Map.entry("controlViaCompanyRulesOrArticles", controls(ControlType.OTHER)),
      Map.entry("rightsGrantedByContract", controls(ControlType.OTHER)),
      Map.entry("conditionalRightsGrantedByContract", controls(ControlType.OTHER)),
      Map.entry("settlor", controls(ControlType.OTHER)),
      Map.entry("protector", controls(ControlType.OTHER)),
      Map.entry("nominee", controls(ControlType.OTHER)));

  private Interests() {}

  /** The mapping of an interest type; a missing type is an interest of unknown nature. */
  static Mapping of(String type) {
    return type == null ? ECONOMIC : BY_TYPE.getOrDefault(type, ECONOMIC);
  }

  /** True when {@code type} has a mapping of its own (every code of the 0.4 codelist has). */
  static boolean known(String type) {
    return BY_TYPE.containsKey(type);
  }

  /**
   * The bounds of a {@code share} object: {@code exact}, or the tighter of {@code minimum} and
   * {@code exclusiveMinimum} and of {@code maximum} and {@code exclusiveMaximum} (exclusive
   * bounds count as bounds); a missing lower bound is 0, a missing upper one 100. Unknown when
   * there is no share or it gives no figure. The result may have {@code min > max}; the caller
   * reports that.
   */
  static Bounds bounds(JsonNode share) {
    if (share == null || !share.isObject()) {
      return Bounds.UNKNOWN;
    }
    Double exact = Json.number(share, "exact");
    if (exact != null) {
      return new Bounds(exact, exact);
    }
    Double min = tighter(Json.number(share, "minimum"), Json.number(share, "exclusiveMinimum"), true);
    Double max = tighter(Json.number(share, "maximum"), Json.number(share, "exclusiveMaximum"), false);
    if (min == null && max == null) {
      return Bounds.UNKNOWN;
    }
    return new Bounds(min == null ? 0.0 : min, max == null ? 100.0 : max);
  }

  private static Double tighter(Double inclusive, Double exclusive, boolean lower) {
    if (inclusive == null || exclusive == null) {
      return inclusive == null ? exclusive : inclusive;
    }
    return lower ? Math.max(inclusive, exclusive) : Math.min(inclusive, exclusive);
  }

  private static Mapping owns(ShareBasis basis, boolean folded) {
    return new Mapping(EdgeKind.OWNS, basis, null, folded);
  }

  private static Mapping controls(ControlType type) {
    return new Mapping(EdgeKind.CONTROLS, null, type, false);
  }
}
