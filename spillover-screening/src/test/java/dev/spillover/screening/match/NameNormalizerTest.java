package dev.spillover.screening.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameNormalizerTest {

  private static String org(String name) {
    return NameNormalizer.prepare(name, false).toString();
  }

  @Test
  void legalFormsAreSetApartInManyLanguagesAndScripts() {
    assertThat(org("Huawei Technologies Co., Ltd.")).isEqualTo("huawei technologies [LIMITED]");
    assertThat(org("HUAWEI TECHNOLOGIES COMPANY LIMITED")).isEqualTo("huawei technologies [LIMITED]");
    assertThat(org("ООО Ромашка")).isEqualTo("romashka [LLC]");
    assertThat(org("OOO PS YANDEX.MONEY")).isEqualTo("ps yandex money [LLC]");
    assertThat(org("华为技术有限公司")).isEqualTo("hua wei ji shu [LIMITED]");
    assertThat(org("中兴通讯股份有限公司")).isEqualTo("zhong xing tong xun [JOINT_STOCK]");
    assertThat(org("Siemens GmbH")).isEqualTo("siemens [LLC]");
    assertThat(org("Rosneft Trading S.A.")).isEqualTo("rosneft trading [JOINT_STOCK]");
    assertThat(org("PJSC VERKHNECHONSKNEFTEGAZ")).isEqualTo("verkhnechonskneftegaz [PUBLIC_JOINT_STOCK]");
    assertThat(org("PUBLIC JOINT STOCK COMPANY SBERBANK OF RUSSIA")).isEqualTo("sberbank of russia [PUBLIC_JOINT_STOCK]");
    assertThat(org("AO Kaspersky Lab")).isEqualTo("kaspersky lab [JOINT_STOCK]");
  }

  @Test
  void aLegalFormInTheMiddleOrAloneStays() {
    assertThat(org("Aviation Industry Corporation of China")).isEqualTo("aviation industry corporation of china");
    assertThat(org("Limited")).isEqualTo("limited");
  }

  @Test
  void personNamesKeepEveryWord() {
    assertThat(NameNormalizer.prepare("Li Ao", true).toString()).isEqualTo("li ao");
    assertThat(NameNormalizer.prepare("Li Ao", false).toString()).isEqualTo("li [JOINT_STOCK]");
  }

  @Test
  void scriptsAreTransliteratedToLowerCaseAscii() {
    assertThat(NameNormalizer.prepare("Владимир Путин", true).toString()).isEqualTo("vladimir putin");
    assertThat(NameNormalizer.prepare("习近平", true).toString()).isEqualTo("xi jin ping");
    assertThat(NameNormalizer.prepare("Αλέξανδρος", true).toString()).isEqualTo("alexandros");
    assertThat(NameNormalizer.prepare("김정은", true).toString()).isEqualTo("gim jeong eun");
    PreparedName arabic = NameNormalizer.prepare("محمد علي", true);
    assertThat(arabic.toString()).isEqualTo("mhmd ly");
    assertThat(arabic.abjad).isTrue();
    assertThat(arabic.skeleton()).isEqualTo(NameNormalizer.prepare("Mohamed Ali", true).skeleton());
  }

  @Test
  void punctuationApostrophesAndDottedAbbreviationsAreTokenized() {
    assertThat(NameNormalizer.tokens("mansur al-sa’adi")).containsExactly("mansur", "al", "saadi");
    assertThat(NameNormalizer.tokens("u.s.a. trading")).containsExactly("usa", "trading");
    assertThat(NameNormalizer.tokens("jsc veb.dv")).containsExactly("jsc", "veb", "dv");
    assertThat(NameNormalizer.prepare("ＡＢＣ Straße", true).toString()).isEqualTo("abc strasse");
  }

  @Test
  void abbreviationsAreWrittenOutInOrganizationNames() {
    assertThat(org("China Intl Trading Corp.")).isEqualTo(org("China International Trading Corporation"));
  }
}
