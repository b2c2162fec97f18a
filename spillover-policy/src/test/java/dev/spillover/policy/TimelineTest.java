package dev.spillover.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillover.policy.RuleStatus.State;
import dev.spillover.policy.TimelineEvent.Type;
import dev.spillover.policy.pack.PackCatalog;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A rule's state as of a day, checked on the day before, the day of and the day after every event,
 * on made-up timelines and on the real ones of the bundled packs.
 */
class TimelineTest {
  private static final LocalDate ANNOUNCED = day("2020-08-06");
  private static final LocalDate EFFECTIVE = day("2020-09-20");

  /** Announced on August 6, to take effect on September 20 (as EO 13943 was). */
  private static TimelineEvent announcement() {
    return event(ANNOUNCED, Type.ANNOUNCED, EFFECTIVE, null);
  }

  @Nested
  class AnAnnouncedRule {
    private final Timeline timeline = new Timeline(List.of(announcement()));

    @Test
    void doesNotExistBeforeItIsAnnounced() {
      RuleStatus status = timeline.statusOn(ANNOUNCED.minusDays(1));

      assertThat(status).isEqualTo(new RuleStatus(State.NOT_ANNOUNCED, null, ANNOUNCED, null));
      assertThat(status.exists()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020-08-06", "2020-08-07", "2020-09-19"})
    void isPendingFromItsAnnouncementUntilTheDayBeforeItTakesEffect(String on) {
      RuleStatus status = timeline.statusOn(day(on));

      assertThat(status).isEqualTo(new RuleStatus(State.PENDING, ANNOUNCED, EFFECTIVE, announcement()));
      assertThat(status.exists()).isTrue();
      assertThat(status.inForce()).isFalse();
      assertThat(status.describe()).isEqualTo("pending until 2020-09-20");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020-09-20", "2020-09-21", "2030-01-01"})
    void isInForceFromItsEffectiveDate(String on) {
      RuleStatus status = timeline.statusOn(day(on));

      assertThat(status).isEqualTo(new RuleStatus(State.IN_FORCE, EFFECTIVE, null, announcement()));
      assertThat(status.describe()).isEqualTo("in-force since 2020-09-20");
    }

    @Test
    void withoutAnEffectiveDateIsInForceTheDayItIsAnnounced() {
      Timeline immediate = new Timeline(List.of(event(ANNOUNCED, Type.ANNOUNCED, null, null)));

      assertThat(immediate.statusOn(ANNOUNCED.minusDays(1)).state()).isEqualTo(State.NOT_ANNOUNCED);
      assertThat(immediate.statusOn(ANNOUNCED).state()).isEqualTo(State.IN_FORCE);
      assertThat(immediate.statusOn(ANNOUNCED.plusDays(1)).state()).isEqualTo(State.IN_FORCE);
    }

    @Test
    void takesEffectOnTheDayOfAnEffectiveEvent() {
      Timeline effective = new Timeline(List.of(event(day("2019-08-13"), Type.EFFECTIVE, null, null)));

      assertThat(effective.statusOn(day("2019-08-12")).state()).isEqualTo(State.NOT_ANNOUNCED);
      assertThat(effective.statusOn(day("2019-08-13")))
          .isEqualTo(new RuleStatus(State.IN_FORCE, day("2019-08-13"), null, effective.events().get(0)));
      assertThat(effective.statusOn(day("2019-08-14")).state()).isEqualTo(State.IN_FORCE);
    }

    @Test
    void takesTheEffectiveDateOfItsLatestAnnouncement() {
      Timeline reannounced = new Timeline(List.of(
          announcement(), event(day("2020-09-18"), Type.ANNOUNCED, day("2020-11-12"), null)));

      assertThat(reannounced.statusOn(day("2020-09-17")).until()).isEqualTo(EFFECTIVE);
      assertThat(reannounced.statusOn(day("2020-09-18")).until()).isEqualTo(day("2020-11-12"));
      assertThat(reannounced.statusOn(EFFECTIVE).state()).isEqualTo(State.PENDING);
      assertThat(reannounced.statusOn(day("2020-11-11")).state()).isEqualTo(State.PENDING);
      assertThat(reannounced.statusOn(day("2020-11-12")).state()).isEqualTo(State.IN_FORCE);
    }
  }

  @Test
  void aDelayedRuleIsDelayedUntilItsNewDateEvenPastItsOldOne() {
    TimelineEvent delay = event(day("2020-09-19"), Type.DELAYED, day("2020-09-27"), null);
    Timeline timeline = new Timeline(List.of(announcement(), delay));

    assertThat(timeline.statusOn(day("2020-09-18")).state()).isEqualTo(State.PENDING);
    assertThat(timeline.statusOn(day("2020-09-19")))
        .isEqualTo(new RuleStatus(State.DELAYED, day("2020-09-19"), day("2020-09-27"), delay));
    assertThat(timeline.statusOn(EFFECTIVE).state()).isEqualTo(State.DELAYED);
    assertThat(timeline.statusOn(day("2020-09-26")).describe()).isEqualTo("delayed until 2020-09-27");
    assertThat(timeline.statusOn(day("2020-09-27")))
        .isEqualTo(new RuleStatus(State.IN_FORCE, day("2020-09-27"), null, delay));
    assertThat(timeline.statusOn(day("2020-09-28")).state()).isEqualTo(State.IN_FORCE);
  }

  @Test
  void aRuleEnjoinedBeforeItsEffectiveDateStaysEnjoinedAfterIt() {
    TimelineEvent injunction = event(day("2020-09-19"), Type.ENJOINED, null, null);
    Timeline timeline = new Timeline(List.of(announcement(), injunction));
    RuleStatus enjoined = new RuleStatus(State.ENJOINED, day("2020-09-19"), null, injunction);

    assertThat(timeline.statusOn(day("2020-09-18")).state()).isEqualTo(State.PENDING);
    assertThat(timeline.statusOn(day("2020-09-19"))).isEqualTo(enjoined);
    assertThat(timeline.statusOn(EFFECTIVE)).isEqualTo(enjoined);
    assertThat(timeline.statusOn(day("2020-09-21"))).isEqualTo(enjoined);
    assertThat(timeline.statusOn(day("2025-01-01"))).isEqualTo(enjoined);
  }

  @Test
  void aRuleWhoseInjunctionIsLiftedAfterItsEffectiveDateIsInForceFromTheDayItIsLifted() {
    Timeline timeline = new Timeline(List.of(announcement(),
        event(day("2020-09-19"), Type.ENJOINED, null, null),
        event(day("2020-10-01"), Type.INJUNCTION_LIFTED, null, null)));

    assertThat(timeline.statusOn(day("2020-09-30")).state()).isEqualTo(State.ENJOINED);
    assertThat(timeline.statusOn(day("2020-10-01")))
        .isEqualTo(new RuleStatus(State.IN_FORCE, EFFECTIVE, null, announcement()));
    assertThat(timeline.statusOn(day("2020-10-02")).state()).isEqualTo(State.IN_FORCE);
  }

  @Test
  void aRuleWhoseInjunctionIsLiftedBeforeItsEffectiveDateIsPendingAgain() {
    Timeline timeline = new Timeline(List.of(announcement(),
        event(day("2020-09-01"), Type.ENJOINED, null, null),
        event(day("2020-09-10"), Type.INJUNCTION_LIFTED, null, null)));

    assertThat(timeline.statusOn(day("2020-09-09")).state()).isEqualTo(State.ENJOINED);
    assertThat(timeline.statusOn(day("2020-09-10")).describe()).isEqualTo("pending until 2020-09-20");
    assertThat(timeline.statusOn(day("2020-09-19")).state()).isEqualTo(State.PENDING);
    assertThat(timeline.statusOn(EFFECTIVE).state()).isEqualTo(State.IN_FORCE);
  }

  @Test
  void anInjunctionWithAnEndDateLapsesOnThatDate() {
    Timeline timeline = new Timeline(List.of(announcement(),
        event(day("2020-10-01"), Type.ENJOINED, null, day("2020-10-15"))));

    assertThat(timeline.statusOn(day("2020-10-14")).describe()).isEqualTo("enjoined since 2020-10-01 until 2020-10-15");
    assertThat(timeline.statusOn(day("2020-10-15")).state()).isEqualTo(State.IN_FORCE);
  }

  @Test
  void aSuspensionWithAnEndDateLapsesByItselfOnThatDate() {
    TimelineEvent suspension = event(day("2021-03-01"), Type.SUSPENDED, null, day("2021-04-01"));
    Timeline timeline = new Timeline(List.of(announcement(), suspension));
    RuleStatus suspended = new RuleStatus(State.SUSPENDED, day("2021-03-01"), day("2021-04-01"), suspension);

    assertThat(timeline.statusOn(day("2021-02-28")).state()).isEqualTo(State.IN_FORCE);
    assertThat(timeline.statusOn(day("2021-03-01"))).isEqualTo(suspended);
    assertThat(timeline.statusOn(day("2021-03-02"))).isEqualTo(suspended);
    assertThat(timeline.statusOn(day("2021-03-31"))).isEqualTo(suspended);
    assertThat(timeline.statusOn(day("2021-04-01")).state()).isEqualTo(State.IN_FORCE);
    assertThat(timeline.statusOn(day("2021-04-02")).state()).isEqualTo(State.IN_FORCE);
  }

  @Test
  void aSuspensionWithoutAnEndDateHoldsUntilTheRuleIsResumed() {
    Timeline timeline = new Timeline(List.of(announcement(),
        event(day("2021-03-01"), Type.SUSPENDED, null, null),
        event(day("2021-05-01"), Type.RESUMED, null, null)));

    assertThat(timeline.statusOn(day("2021-02-28")).state()).isEqualTo(State.IN_FORCE);
    assertThat(timeline.statusOn(day("2021-03-01")).describe()).isEqualTo("suspended since 2021-03-01");
    assertThat(timeline.statusOn(day("2021-04-30")).state()).isEqualTo(State.SUSPENDED);
    assertThat(timeline.statusOn(day("2021-05-01")).state()).isEqualTo(State.IN_FORCE);
    assertThat(timeline.statusOn(day("2021-05-02")).state()).isEqualTo(State.IN_FORCE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"REVOKED", "EXPIRED"})
  void aRevokedOrExpiredRuleNoLongerExistsFromThatDayOn(Type type) {
    TimelineEvent end = event(day("2021-06-09"), type, null, null);
    Timeline timeline = new Timeline(List.of(announcement(), end));

    assertThat(timeline.statusOn(day("2021-06-08")).state()).isEqualTo(State.IN_FORCE);
    assertThat(timeline.statusOn(day("2021-06-09"))).isEqualTo(new RuleStatus(State.REVOKED, day("2021-06-09"), null, end));
    assertThat(timeline.statusOn(day("2021-06-10")).exists()).isFalse();
    assertThat(timeline.statusOn(day("2021-06-10")).describe()).isEqualTo("revoked since 2021-06-09");
  }

  @Test
  void aRevocationEndsARuleThatWasEnjoined() {
    Timeline timeline = new Timeline(List.of(announcement(),
        event(day("2020-09-19"), Type.ENJOINED, null, null), event(day("2021-06-09"), Type.REVOKED, null, null)));

    assertThat(timeline.statusOn(day("2021-06-08")).state()).isEqualTo(State.ENJOINED);
    assertThat(timeline.statusOn(day("2021-06-09")).state()).isEqualTo(State.REVOKED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0001-01-01", "2020-08-06", "2999-12-31"})
  void anEmptyTimelineIsAlwaysInForce(String on) {
    assertThat(Timeline.NONE.statusOn(day(on))).isEqualTo(RuleStatus.ALWAYS_IN_FORCE);
    assertThat(RuleStatus.ALWAYS_IN_FORCE.describe()).isEqualTo("in-force");
  }

  @Test
  void readsEventsInDateOrderWhateverOrderTheyAreGivenIn() {
    TimelineEvent injunction = event(day("2020-09-19"), Type.ENJOINED, null, null);
    Timeline timeline = new Timeline(List.of(injunction, announcement()));

    assertThat(timeline.events()).containsExactly(announcement(), injunction);
    assertThat(timeline.statusOn(day("2020-09-18")).state()).isEqualTo(State.PENDING);
  }

  @Nested
  class TheRealTimelines {

    @ParameterizedTest(name = "on {0}: {1}")
    @CsvSource({
        "2020-08-05, not-announced until 2020-08-06",
        "2020-08-06, pending until 2020-09-20",
        "2020-09-01, pending until 2020-09-20",
        "2020-09-18, pending until 2020-09-20",
        "2020-09-19, enjoined since 2020-09-19",
        "2020-09-20, enjoined since 2020-09-19",
        "2020-09-21, enjoined since 2020-09-19",
        "2021-06-08, enjoined since 2020-09-19",
        "2021-06-09, revoked since 2021-06-09",
        "2021-07-01, revoked since 2021-06-09"})
    void eo13943WeChatProhibitionsWereEnjoinedTheDayBeforeTheirEffectiveDateAndLaterRevoked(String on, String expected) {
      List<Rule> prohibitions = PackCatalog.bundled("eo-13943").rules().stream()
          .filter(rule -> rule.verdict() == Verdict.PROHIBITED)
          .toList();

      assertThat(prohibitions).hasSizeGreaterThanOrEqualTo(3).allSatisfy(rule ->
          assertThat(rule.timeline().statusOn(day(on)).describe()).as(rule.id()).isEqualTo(expected));
    }

    @ParameterizedTest(name = "on {0}: {1}")
    @CsvSource({
        "2020-08-06, pending until 2020-09-20",
        "2020-09-18, pending until 2020-09-20",
        "2020-09-19, delayed until 2020-09-27",
        "2020-09-20, delayed until 2020-09-27",
        "2020-09-26, delayed until 2020-09-27",
        "2020-09-27, enjoined since 2020-09-27",
        "2020-09-28, enjoined since 2020-09-27",
        "2021-06-08, enjoined since 2020-09-27",
        "2021-06-09, revoked since 2021-06-09"})
    void eo13942TikTokAppStoreItemWasDelayedToSeptember27AndEnjoinedThatDay(String on, String expected) {
      assertThat(rule("eo-13942", "tiktok-app-store").timeline().statusOn(day(on)).describe()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "on {0}: {1}")
    @CsvSource({
        "2020-09-17, pending until 2020-09-20",
        "2020-09-18, pending until 2020-11-12",
        "2020-09-20, pending until 2020-11-12",
        "2020-10-29, pending until 2020-11-12",
        "2020-10-30, enjoined since 2020-10-30",
        "2020-11-12, enjoined since 2020-10-30"})
    void eo13942TikTokInfrastructureItemsWereMovedToNovember12AndEnjoinedBefore(String on, String expected) {
      assertThat(rule("eo-13942", "tiktok-infrastructure").timeline().statusOn(day(on)).describe()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "on {0}: {1}")
    @CsvSource({
        "2018-08-12, not-announced until 2018-08-13",
        "2018-08-13, pending until 2019-08-13",
        "2019-08-12, pending until 2019-08-13",
        "2019-08-13, in-force since 2019-08-13",
        "2024-06-01, in-force since 2019-08-13"})
    void ndaa889ProcurementBanTookEffectAYearAfterEnactment(String on, String expected) {
      assertThat(rule("ndaa-889", "procurement").timeline().statusOn(day(on)).describe()).isEqualTo(expected);
    }

    @Test
    void theZeroTolerancePackHasNoTimelineAndSoIsAlwaysInForce() {
      assertThat(rule("zero-tolerance", "any-foreign-adversary-exposure").timeline()).isEqualTo(Timeline.NONE);
    }

    private Rule rule(String pack, String id) {
      return PackCatalog.bundled(pack).rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }
  }

  private static TimelineEvent event(LocalDate on, Type type, LocalDate effective, LocalDate until) {
    return new TimelineEvent(on, type, effective, until, null, null);
  }

  private static LocalDate day(String text) {
    return LocalDate.parse(text);
  }
}
