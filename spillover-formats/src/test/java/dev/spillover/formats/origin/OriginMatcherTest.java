package dev.spillover.formats.origin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spillover.formats.origin.Attribution.Match;
import dev.spillover.model.Component;
import dev.spillover.model.Confidence;
import dev.spillover.model.Provenance;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The matching rules on a small table made for them (nested prefixes, look-alike names, every
 * type), then on the bundled tables.
 */
class OriginMatcherTest {
  private static final String SOURCING = "source: \"https://example.com\", asOf: 2026-11-23, evidence: vendor, note: Shown.";
  private static final OriginMatcher MATCHER = OriginMatcher.of(OriginTables.parse(Map.of("rules.yaml", """
      table: {id: rules, title: Matching rules}
      organizations:
        - {id: parent, name: Parent Co., %1$s}
        - {id: child, name: Child Co., %1$s}
      packages:
        - {type: maven, namespace: com.huawei, organization: parent, %1$s}
        - {type: maven, namespace: com.huawei.hms, organization: child, %1$s}
        - {type: maven, namespace: com.huawei.hms.shared, unattributed: true, %1$s}
        - {type: maven, namespace: com.guess, organization: parent, verified: false, %1$s}
        - {type: npm, namespace: "@alicloud", organization: parent, %1$s}
        - {type: golang, namespace: github.com/aliyun, organization: parent, %1$s}
        - {type: pypi, name: tencentcloud-sdk-python, organization: parent, %1$s}
        - {type: nuget, name: AWSSDK, organization: parent, %1$s}
        - {type: cocoapods, name: AlipaySDK, organization: parent, %1$s}
      sdks:
        - {sdk: Push, classPrefix: cn.jpush.android, organization: parent, %1$s}
        - {sdk: Push service, classPrefix: cn.jpush.android.service, organization: child, %1$s}
        - {sdk: Video, nativeLibrary: libdjivideo.so, organization: child, %1$s}
      apps:
        - {appId: com.tencent.mm, app: WeChat, organization: child, %1$s}
      """.formatted(SOURCING))));

  @Test
  void givesTheExactNamespaceADeclaredAttribution() {
    Attribution huawei = MATCHER.byPurl("pkg:maven/com.huawei.hms/push@4.0.3.301").orElseThrow();

    assertThat(huawei.organization().id()).isEqualTo("child");
    assertThat(huawei.match()).isEqualTo(Match.EXACT);
    assertThat(huawei.confidence()).isEqualTo(Confidence.DECLARED);
    assertThat(huawei.entry().key()).isEqualTo("maven com.huawei.hms");
    assertThat(huawei.provenance()).isEqualTo(new Provenance("https://example.com", LocalDate.of(2026, 11, 23),
        Confidence.DECLARED));
    assertThat(huawei.explain()).isEqualTo("maven com.huawei.hms/push -> Child Co.: exact match of maven com.huawei.hms"
        + " at rules.yaml:7, declared; source https://example.com as of 2026-11-23");
  }

  @Test
  void letsTheLongestPrefixWinAndDerivesFromIt() {
    assertThat(MATCHER.byPurl("pkg:maven/com.huawei.hms.push.agent/push")).get()
        .extracting(a -> a.organization().id(), Attribution::match, Attribution::confidence)
        .containsExactly("child", Match.PREFIX, Confidence.DERIVED);
    assertThat(MATCHER.byPurl("pkg:maven/com.huawei.android/agent")).get()
        .extracting(a -> a.organization().id(), Attribution::match).containsExactly("parent", Match.PREFIX);
    assertThat(MATCHER.byPurl("pkg:maven/com.huawei/agent")).get()
        .extracting(a -> a.organization().id(), Attribution::match).containsExactly("parent", Match.EXACT);
  }

  @Test
  void matchesOnlyOnWholeSegments() {
    assertThat(MATCHER.byPurl("pkg:maven/com.hua/x")).isEmpty();
    assertThat(MATCHER.byPurl("pkg:maven/com.huaweicloud.sdk/core")).isEmpty();
    assertThat(MATCHER.byPurl("pkg:maven/com/x")).isEmpty();
    assertThat(MATCHER.byPurl("pkg:golang/github.com/aliyunx/sdk")).isEmpty();
    assertThat(MATCHER.byClassName("cn.jpush.androidx.Foo")).isEmpty();
  }

  @Test
  void stopsAtAnUnattributedNamespace() {
    assertThat(MATCHER.byPurl("pkg:maven/com.huawei.hms.shared/util")).isEmpty();
    assertThat(MATCHER.byPurl("pkg:maven/com.huawei.hms.shared.more/util")).isEmpty();
  }

  @Test
  void neverDeclaresFromAnUnverifiedEntry() {
    assertThat(MATCHER.byPurl("pkg:maven/com.guess/x")).get()
        .extracting(Attribution::match, Attribution::confidence).containsExactly(Match.EXACT, Confidence.DERIVED);
  }

  @Test
  void matchesNpmScopesWholeAndUnscopedPackagesNever() {
    assertThat(MATCHER.byPurl("pkg:npm/%40alicloud/credentials@2.0.0")).get()
        .extracting(Attribution::match, Attribution::asked).containsExactly(Match.EXACT, "npm @alicloud/credentials");
    assertThat(MATCHER.byPurl("pkg:npm/%40alicloud-x/credentials")).isEmpty();
    assertThat(MATCHER.byPurl("pkg:npm/alicloud")).isEmpty();
  }

  @Test
  void matchesGoModulePathsBySlashSegments() {
    assertThat(MATCHER.byPurl("pkg:golang/github.com/aliyun/alibaba-cloud-sdk-go@v1.61.0")).get()
        .extracting(Attribution::match).isEqualTo(Match.EXACT);
    assertThat(MATCHER.byPurl("pkg:golang/github.com/aliyun/alibaba-cloud-sdk-go/services/ecs")).get()
        .extracting(Attribution::match).isEqualTo(Match.PREFIX);
  }

  @Test
  void matchesTypesWithoutNamespacesByName() {
    assertThat(MATCHER.byPurl("pkg:pypi/TencentCloud_SDK.Python@3.0.1")).get()
        .extracting(Attribution::match).isEqualTo(Match.EXACT);
    assertThat(MATCHER.byPurl("pkg:pypi/tencentcloud-sdk")).isEmpty();
    assertThat(MATCHER.byPurl("pkg:nuget/AWSSDK.S3@3.7.0")).get().extracting(Attribution::match).isEqualTo(Match.PREFIX);
    assertThat(MATCHER.byPurl("pkg:nuget/awssdk")).get().extracting(Attribution::match).isEqualTo(Match.EXACT);
    assertThat(MATCHER.byPurl("pkg:nuget/AWSSDKX")).isEmpty();
    assertThat(MATCHER.byPurl("pkg:cocoapods/AlipaySDK@15.8.0")).isPresent();
    assertThat(MATCHER.byPurl("pkg:cocoapods/AlipaySDKExtra")).isEmpty();
  }

  @Test
  void knowsNothingOfOtherTypesAndUnknownPackages() {
    assertThat(MATCHER.byPurl("pkg:gem/rails@7.0.0")).isEmpty();
    assertThat(MATCHER.byPurl("pkg:maven/org.example/x")).isEmpty();
    assertThat(MATCHER.byAppId("com.tencent.mobileqq")).isEmpty();
    assertThat(MATCHER.byNativeLibrary("libother.so")).isEmpty();
  }

  @Test
  void refusesTextThatIsNotAPackageUrl() {
    assertThatThrownBy(() -> MATCHER.byPurl("maven:com.huawei.hms:push"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not a package URL: 'maven:com.huawei.hms:push'");
  }

  @Test
  void matchesClassesByTheLongestPackagePrefixAsFingerprints() {
    Attribution service = MATCHER.byClassName("cn.jpush.android.service.PushService").orElseThrow();
    Attribution ui = MATCHER.byClassName("cn/jpush/android/ui/PushActivity").orElseThrow();

    assertThat(service).extracting(a -> a.organization().id(), Attribution::match, Attribution::confidence)
        .containsExactly("child", Match.FINGERPRINT, Confidence.DERIVED);
    assertThat(service.entry().label()).isEqualTo("Push service");
    assertThat(ui.organization().id()).isEqualTo("parent");
    assertThat(ui.asked()).isEqualTo("class cn.jpush.android.ui.PushActivity");
    assertThat(MATCHER.byClassName("cn.jpush.android.service.PushService$Inner")).get()
        .extracting(a -> a.organization().id()).isEqualTo("child");
    assertThat(MATCHER.byClassName("cn.jpush.android")).isPresent();
  }

  @Test
  void matchesNativeLibrariesByFileName() {
    assertThat(MATCHER.byNativeLibrary("lib/arm64-v8a/libdjivideo.so")).get()
        .extracting(Attribution::asked, Attribution::match).containsExactly("native library libdjivideo.so", Match.FINGERPRINT);
    assertThat(MATCHER.byNativeLibrary("libDJIVIDEO.so")).isEmpty();
  }

  @Test
  void matchesAppIdsExactlyAndDeclares() {
    assertThat(MATCHER.byAppId("com.tencent.mm")).get()
        .extracting(Attribution::match, Attribution::confidence).containsExactly(Match.EXACT, Confidence.DECLARED);
    assertThat(MATCHER.byAppId("com.tencent.mm.lite")).isEmpty();
    assertThat(MATCHER.byAppId("com.tencent")).isEmpty();
  }

  @Test
  void attributesAComponentByItsPurlOrElseByItsPurlProperties() {
    Component byIdentifier = new Component("c1", "push", List.of(), Map.of("purl", "pkg:maven/com.huawei.hms/push@1"),
        null, "1");
    Component byProperties = new Component("c2", "push", List.of(), Map.of(), null, "1",
        Map.of("purl.type", "maven", "purl.namespace", "com.huawei.hms", "purl.name", "push"));
    Component bare = new Component("c3", "push", List.of(), Map.of(), null, "1");

    assertThat(MATCHER.byComponent(byIdentifier)).get().extracting(a -> a.organization().id()).isEqualTo("child");
    assertThat(MATCHER.byComponent(byProperties)).get().extracting(a -> a.organization().id()).isEqualTo("child");
    assertThat(MATCHER.byComponent(bare)).isEmpty();
  }

  @Test
  void attributesRestrictedAndUnrestrictedPublishersFromTheBundledTables() {
    OriginMatcher bundled = OriginMatcher.of(OriginTables.bundled());

    assertThat(name(bundled.byPurl("pkg:maven/com.huawei.hms/push@6.11.0.300"))).isEqualTo("Huawei Technologies Co., Ltd.");
    assertThat(name(bundled.byPurl("pkg:maven/com.tencent.bugly/crashreport@4.1.9"))).isEqualTo("Tencent Holdings Ltd.");
    assertThat(name(bundled.byPurl("pkg:maven/com.pangle.global/ads-sdk@6.5.0.4"))).isEqualTo("ByteDance Ltd.");
    assertThat(name(bundled.byPurl("pkg:maven/org.apache.commons/commons-lang3@3.8.1")))
        .isEqualTo("The Apache Software Foundation");
    assertThat(name(bundled.byPurl("pkg:maven/software.amazon.awssdk/s3@2.25.0"))).isEqualTo("Amazon Web Services");
    assertThat(name(bundled.byPurl("pkg:npm/%40azure/core-auth@1.10.1"))).isEqualTo("Microsoft Corporation");
    assertThat(name(bundled.byPurl("pkg:pypi/boto3@1.34.0"))).isEqualTo("Amazon Web Services");
    assertThat(bundled.byPurl("pkg:maven/com.google.code.findbugs/jsr305@3.0.2")).isEmpty();
    assertThat(bundled.byPurl("pkg:maven/com.google.guava/guava@33.0.0-jre").orElseThrow().organization().id())
        .isEqualTo("google");
    assertThat(name(bundled.byAppId("com.zhiliaoapp.musically"))).isEqualTo("ByteDance Ltd.");
    assertThat(bundled.byAppId("com.ss.android.ugc.trill").orElseThrow().confidence()).isEqualTo(Confidence.DERIVED);
    assertThat(name(bundled.byClassName("com.bytedance.sdk.openadsdk.TTAdSdk"))).isEqualTo("ByteDance Ltd.");
    assertThat(name(bundled.byNativeLibrary("libFlyForbid.so"))).isEqualTo("DJI");
  }

  @Test
  void attributesTheSurveillanceVendorsXiaomiAndTheCarriersFromTheBundledTables() {
    OriginMatcher bundled = OriginMatcher.of(OriginTables.bundled());

    Attribution artemis = bundled.byPurl("pkg:maven/com.hikvision.ga/artemis-http-client@1.1.3").orElseThrow();
    assertThat(artemis.organization().name()).isEqualTo("Hangzhou Hikvision Digital Technology Co., Ltd.");
    assertThat(artemis.confidence()).isEqualTo(Confidence.DECLARED);
    assertThat(name(bundled.byAppId("com.connect.enduser"))).isEqualTo("Hangzhou Hikvision Digital Technology Co., Ltd.");
    assertThat(name(bundled.byAppId("com.mm.android.direct.gdmssphoneLite"))).isEqualTo("Zhejiang Dahua Technology Co., Ltd.");
    assertThat(bundled.byAppId("com.mm.android.direct.gdmssphoneLite").orElseThrow().confidence())
        .isEqualTo(Confidence.DECLARED);
    assertThat(bundled.byAppId("com.hytera.ocean").orElseThrow().confidence()).isEqualTo(Confidence.DERIVED);
    assertThat(bundled.byAppId("com.hytera.other")).isEmpty();

    assertThat(name(bundled.byPurl("pkg:maven/com.xiaomi.infra.galaxy/galaxy-client-java@1.2.2"))).isEqualTo("Xiaomi");
    assertThat(bundled.byPurl("pkg:maven/com.xiaomi/other@1")).isEmpty();
    assertThat(name(bundled.byPurl("pkg:golang/github.com/XiaoMi/Gaea@v1.0.0"))).isEqualTo("Xiaomi");
    assertThat(name(bundled.byPurl("pkg:github/XiaoMi/hiui@4.0.0"))).isEqualTo("Xiaomi");
    assertThat(name(bundled.byPurl("pkg:npm/%40hi-ui/hiui@3.0.0"))).isEqualTo("Xiaomi");
    assertThat(name(bundled.byClassName("com.xiaomi.mipush.sdk.MiPushClient"))).isEqualTo("Xiaomi");
    assertThat(name(bundled.byClassName("com.xiaomi.push.service.XMPushService"))).isEqualTo("Xiaomi");

    assertThat(name(bundled.byClassName("com.cmic.sso.sdk.auth.AuthnHelper"))).isEqualTo("China Mobile (中国移动)");
    assertThat(name(bundled.byClassName("cn.com.chinatelecom.account.api.CtAuth"))).isEqualTo("China Telecom (中国电信)");
    assertThat(name(bundled.byClassName("com.unicom.xiaowo.login.UniAuthHelper"))).isEqualTo("China Unicom (中国联通)");
    assertThat(bundled.byClassName("com.cmic.other.Thing")).isEmpty();
  }

  private static String name(Optional<Attribution> attribution) {
    return attribution.orElseThrow().organization().name();
  }
}
