package dev.spillover.policy.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeyTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Huawei Technologies Co., Ltd.        | huawei technologies",
      "Huawei Technologies Company          | huawei technologies",
      "Huawei Technologies Company Limited  | huawei technologies",
      "Tencent Holdings Ltd.                | tencent",
      "Tencent Holdings Limited             | tencent",
      "ZTE Corporation                      | zte",
      "Zhejiang Dahua Technology Co., Ltd.  | zhejiang dahua technology",
      "Example GmbH                         | example",
      "Example Pte. Ltd.                    | example",
      "Example Group Holding Inc            | example"})
  void dropsLegalFormsFromTheEnd(String name, String key) {
    assertThat(NameKey.of(name)).isEqualTo(key);
  }

  @Test
  void givesTheSameKeyToTwoSpellingsOfOneCompany() {
    assertThat(NameKey.of("Huawei Technologies Co., Ltd.")).isEqualTo(NameKey.of("Huawei Technologies Company"));
    assertThat(NameKey.of("Hangzhou Hikvision Digital Technology Co., Ltd."))
        .isEqualTo(NameKey.of("Hangzhou Hikvision Digital Technology Company"));
  }

  @Test
  void keepsLegalFormWordsThatAreNotAtTheEnd() {
    assertThat(NameKey.of("Limited Brands Group")).isEqualTo("limited brands");
    assertThat(NameKey.of("The Boeing Company")).isEqualTo("the boeing");
    assertThat(NameKey.of("Co-operative Bank plc")).isEqualTo("co operative bank");
  }

  @Test
  void keepsTheLastWordOfANameThatIsAllLegalForm() {
    assertThat(NameKey.of("Holding Company Ltd")).isEqualTo("holding");
    assertThat(NameKey.of("Ltd.")).isEqualTo("ltd");
  }

  @Test
  void keepsCompaniesWithDifferentNamesApart() {
    assertThat(NameKey.of("Huawei Device Co., Ltd.")).isNotEqualTo(NameKey.of("Huawei Technologies Co., Ltd."));
    assertThat(NameKey.of("Tencent Music Entertainment Group")).isNotEqualTo(NameKey.of("Tencent Holdings Ltd."));
  }

  @Test
  void foldsCaseAndCompatibilityForms() {
    assertThat(NameKey.of("ZTE CORPORATION")).isEqualTo(NameKey.of("zte corporation"));
    assertThat(NameKey.of("ＨＵＡＷＥＩ　Ｔｅｃｈｎｏｌｏｇｉｅｓ")).as("full-width letters and space").isEqualTo("huawei technologies");
    assertThat(NameKey.of("Ｚｈｅｊｉａｎｇ Dahua Technology Co．，Ｌｔｄ．")).isEqualTo("zhejiang dahua technology");
    assertThat(NameKey.of("ﬁnance ltd")).as("the fi ligature").isEqualTo("finance");
  }

  @Test
  void treatsPunctuationAndRunsOfSpaceAsOneSpace() {
    assertThat(NameKey.of("  Dahua--Technology,\tCo.  ")).isEqualTo("dahua technology");
  }

  @Test
  void keepsNamesInChineseScriptAsTheyAre() {
    assertThat(NameKey.of("华为技术有限公司")).isEqualTo("华为技术有限公司");
    assertThat(NameKey.of("腾讯控股有限公司")).isEqualTo("腾讯控股有限公司");
    assertThat(NameKey.of("騰訊控股有限公司")).as("traditional script is another key").isNotEqualTo(NameKey.of("腾讯控股有限公司"));
    assertThat(NameKey.of("北京字节跳动科技有限公司 ")).isEqualTo("北京字节跳动科技有限公司");
  }

  @Test
  void keepsLettersWithDiacritics() {
    assertThat(NameKey.of("Zìjié Tiàodòng")).isEqualTo("zìjié tiàodòng");
  }

  @Test
  void dropsLegalFormsWrittenWithDots() {
    assertThat(NameKey.of("Koninklijke Philips N.V.")).isEqualTo(NameKey.of("Koninklijke Philips NV"));
    assertThat(NameKey.of("Example S.A.")).isEqualTo("example");
    assertThat(NameKey.of("Example L.L.C.")).isEqualTo("example");
    assertThat(NameKey.of("Example B.V.")).isEqualTo("example");
  }

  @Test
  void foldsSharpSAsDoubleS() {
    assertThat(NameKey.of("GROSSHANDEL GMBH")).isEqualTo(NameKey.of("Großhandel GmbH"));
  }
}
