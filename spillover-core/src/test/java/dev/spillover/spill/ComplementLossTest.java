package dev.spillover.spill;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.model.SystemAsset;
import dev.spillover.model.SystemAsset.Criticality;
import dev.spillover.model.Validity;
import dev.spillover.snapshot.EstateBuilder;
import dev.spillover.snapshot.Snapshot;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hand-worked complement losses: each expected figure follows from the rule in {@link ComplementLoss}. */
class ComplementLossTest {
  private static BlastRadius cut(Snapshot snapshot, String id) {
    return BlastRadius.of(snapshot, snapshot.indexOf(id));
  }

  @Test
  void theSeedCaseThePhoneLosesTwentyOfEveryTwentyOneChineseCustomersWhenWeChatIsCut() {
    // tencent develops wechat; phone complements wechat, ratio 20, for 2,100,000 customers in China.
    Snapshot snapshot = new EstateBuilder()
        .org("tencent").product("wechat").product("phone").product("laptop")
        .edge(EdgeKind.DEVELOPS, "tencent", "wechat")
        .edge(EdgeKind.COMPLEMENTS, "phone", "wechat", new EdgeTerms.Complement(20, 2_100_000L), Validity.ALWAYS)
        .edge(EdgeKind.COMPLEMENTS, "laptop", "wechat", new EdgeTerms.Complement(0.25), Validity.ALWAYS)
        .snapshot();

    List<ComplementLoss> losses = ComplementLoss.of(cut(snapshot, "tencent"));

    assertThat(losses).hasSize(2);
    ComplementLoss phone = losses.stream().filter(l -> snapshot.node(l.node()).id().equals("phone")).findFirst().get();
    assertThat(snapshot.node(phone.complement()).id()).isEqualTo("wechat");
    assertThat(phone.ratio()).isEqualTo(20);
    assertThat(phone.share()).isEqualTo(20.0 / 21.0);
    assertThat(phone.users()).isEqualTo(2_100_000L);
    assertThat(phone.usersFrom()).isEqualTo("edge");
    assertThat(phone.usersLost()).isEqualTo(2_000_000L); // 2,100,000 × 20/21
    // The phone itself still works: complements carry no cut.
    assertThat(cut(snapshot, "tencent").status(phone.node())).isEqualTo(BlastRadius.Status.UNAFFECTED);

    ComplementLoss laptop = losses.stream().filter(l -> snapshot.node(l.node()).id().equals("laptop")).findFirst().get();
    assertThat(laptop.share()).isEqualTo(0.2); // 0.25 / 1.25
    assertThat(laptop.users()).isNull();
    assertThat(laptop.usersFrom()).isNull();
    assertThat(laptop.usersLost()).isNull();
  }

  @Test
  void aSystemsDeclaredUsersWeighTheLossWhenTheEdgeDeclaresNone_andAnUnhitComplementCostsNothing() {
    Snapshot snapshot = new EstateBuilder()
        .product("maps").product("chat")
        .add(new SystemAsset("shop", "shop", List.of(), Map.of(), EstateBuilder.PROVENANCE, Criticality.HIGH, 1000L))
        .edge(EdgeKind.COMPLEMENTS, "shop", "maps", new EdgeTerms.Complement(3), Validity.ALWAYS)
        .edge(EdgeKind.COMPLEMENTS, "shop", "chat", new EdgeTerms.Complement(1, 10L), Validity.ALWAYS)
        .snapshot();

    List<ComplementLoss> losses = ComplementLoss.of(cut(snapshot, "maps"));

    assertThat(losses).singleElement().satisfies(loss -> {
      assertThat(snapshot.node(loss.complement()).id()).isEqualTo("maps");
      assertThat(loss.share()).isEqualTo(0.75);
      assertThat(loss.users()).isEqualTo(1000L);
      assertThat(loss.usersFrom()).isEqualTo("system");
      assertThat(loss.usersLost()).isEqualTo(750L);
    });
  }

  @Test
  void aDegradedComplementStillCountsAsLost() {
    // alt substitutes wechat: cutting wechat degrades it, but the phone's users asked about wechat itself.
    Snapshot snapshot = new EstateBuilder()
        .product("wechat").product("alt").product("phone")
        .edge(EdgeKind.SUBSTITUTES, "alt", "wechat")
        .edge(EdgeKind.COMPLEMENTS, "phone", "wechat", new EdgeTerms.Complement(1, 3L), Validity.ALWAYS)
        .snapshot();

    BlastRadius radius = cut(snapshot, "wechat");

    assertThat(radius.status(snapshot.indexOf("wechat"))).isEqualTo(BlastRadius.Status.DEGRADED);
    assertThat(ComplementLoss.of(radius)).singleElement()
        .satisfies(loss -> assertThat(loss.usersLost()).isEqualTo(2L)); // 3 × 1/2 = 1.5, rounded to 2
  }
}
