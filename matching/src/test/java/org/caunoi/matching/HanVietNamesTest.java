package org.caunoi.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HanVietNamesTest {

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource(delimiter = '|', textBlock = """
            阮 | nguyễn
            陳 | trần
            陈 | trần
            黎 | lê
            范 | phạm
            黃 | hoàng huỳnh
            黄 | hoàng huỳnh
            潘 | phan
            武 | vũ võ
            鄧 | đặng
            裴 | bùi
            杜 | đỗ
            胡 | hồ
            吳 | ngô
            楊 | dương
            李 | lý
            丁 | đinh
            林 | lâm
            張 | trương
            劉 | lưu
            周 | chu châu
            鄭 | trịnh
            郑 | trịnh
            春 | xuân
            芳 | phương
            強 | cường
            强 | cường
            光 | quang
            平 | bình
            文 | văn
            氏 | thị
            雄 | hùng
            興 | hưng
            玉 | ngọc
            國 | quốc
            国 | quốc
            明 | minh
            德 | đức
            秀 | tú
            蘭 | lan
            香 | hương
            美 | mỹ
            俊 | tuấn
            勇 | dũng
            """)
    void theNameTableReadsCommonNameCharactersAsVietnameseNamesDo(String character, String expected) {
        assertThat(HanVietReadings.readings(character.codePointAt(0))).containsExactlyElementsOf(List.of(expected.split(" ")));
    }

    @Test
    void theNameTableHoldsSeveralHundredCharacters() {
        assertThat(HanVietReadings.nameCharacterCount()).isGreaterThan(800);
    }

    @Test
    void aCharacterOutsideTheNameTableStillHasItsUnihanReading() {
        // 魚 (fish) is no name character; Unihan reads it ngư
        assertThat(HanVietReadings.nameReadings("魚".codePointAt(0))).isNull();
        assertThat(HanVietReadings.readings("魚".codePointAt(0))).containsExactly("ngư");
    }

    private static final Watchlist PERSONS = Fixtures.persons(
            "h1", "Hoàng Quang Bình",
            "h2", "Huỳnh Tấn Phát",
            "h3", "Phạm Xuân Phương",
            "h4", "Lý Văn Cường",
            "h5", "Hồ Thị Mỹ",
            "h6", "Phan Văn Kỳ",
            "h7", "Nguyễn Thị Thủy");

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource(delimiter = '|', textBlock = """
            黃光平    | h1
            黄光平    | h1
            黃晉發    | h2
            范春芳    | h3
            李文強    | h4
            李文强    | h4
            胡氏美    | h5
            潘文奇    | h6
            """)
    void aVietnameseNameWrittenInHanFindsThePerson(String query, String expected) {
        assertThat(Fixtures.firstHit(PERSONS, query, expected).explanation()).contains("Hán-Việt reading");
    }

    @ParameterizedTest(name = "\"{0}\" is {1}, spelt with the other of i and y")
    @CsvSource(delimiter = '|', textBlock = """
            Lí Văn Cường     | h4
            LI VAN CUONG     | h4
            Hồ Thị Mĩ        | h5
            Ho Thi Mi        | h5
            Phan Văn Kì      | h6
            Phan Van Ki      | h6
            Nguyễn Thị Thuỷ  | h7
            """)
    void iAndYSpellingsOfASyllableAreTheSameName(String query, String expected) {
        assertThat(Fixtures.firstHit(PERSONS, query, expected).score()).isGreaterThan(0.99);
    }

    @Test
    void pinyinLiIsNotTheVietnameseLy() {
        assertThat(VietnameseSyllables.sameSyllable("li", "ly")).isTrue();
        assertThat(TokenSimilarity.similarity(new NameToken("李", "li", NameToken.Origin.PINYIN),
                new NameToken("Lý", "ly", NameToken.Origin.LATIN))).isZero();
    }
}
