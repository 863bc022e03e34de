package org.caunoi.hub.enforcement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.caunoi.hub.enforcement.internal.CaseInput.Company;
import org.caunoi.hub.enforcement.internal.CaseInput.Conveyance;
import org.caunoi.hub.enforcement.internal.CaseInput.Person;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The non-nominal form's free text, as a table: names the hub's name index knows (from other cases)
 * are withheld however they are written, so are document, ID, tax and phone numbers and e-mail
 * addresses; places, commodities, dates, quantities, the case's HS code, vessel, IMO and containers stay.
 */
class NonNominalTextTest {

    private static final CaseNameIndex INDEX = new CaseNameIndex();
    private static final NonNominalText TEXT = new NonNominalText(INDEX);

    /** The case being cleaned lists nobody: whoever its text names is known from other cases only. */
    private static final CaseInput LISTS_NOBODY = new CaseInput(LocalDate.of(2026, 11, 2), "VNHPH", "port", null,
            "import", "drugs", "293945", null, null, null, null, null, null,
            new Conveyance("HAI PHONG STAR", "9074729", "VN123", "15C-12345", List.of("CSQU3054383")), List.of(),
            List.of(), null, List.of());

    @BeforeAll
    static void otherCasesNameThem() {
        INDEX.replace("case", 1, caseWith(new Person("Lê Văn Tám", "LE VAN TAM", LocalDate.of(1975, 3, 2), "VN",
                List.of("B7654321")), new Company("Công ty TNHH Thương mại Hoàng Long", null, "0101234567")));
        INDEX.replace("case", 2, caseWith(new Person("Nguyễn Văn Hùng", "NGUYEN VAN HUNG", null, "VN", List.of()),
                new Company("Mekong Star Logistics Co., Ltd", null, null)));
        INDEX.replace("received", 3, caseWith(new Person("Trần Thị Mai", null, null, "VN", List.of()),
                new Company("Golden Triangle Trading LLC", null, null)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # a name the case does not list, written as in the documents, in capitals, in Latin, and family name last
            Lê Văn Tám paid the driver.                          | […] paid the driver.
            LÊ VĂN TÁM paid the driver.                          | […] paid the driver.
            le van tam paid the driver.                          | […] paid the driver.
            The driver was paid by Tam Le Van in cash.           | The driver was paid by […] in cash.
            NGUYEN VAN HUNG met Trần Thị Mai at the gate.        | […] met […] at the gate.
            Goods for Hung Nguyen Van, via Tran Thi Mai.         | Goods for […], via […].
            Goods for 阮文雄 at the gate.                          | Goods for […] at the gate.
            # companies, with and without their legal form
            Shipped by Golden Triangle Trading LLC to Lao Bảo.   | Shipped by […] to Lao Bảo.
            Mekong Star Logistics handled the transit.           | […] handled the transit.
            # numbers shaped like documents, IDs, tax and phone numbers; e-mail addresses
            Passport B7654321 and ID card 001080012345.           | Passport […] and ID card […].
            Tax number 0312345678-001 on the invoice.            | Tax number […] on the invoice.
            Call +84 912 345 678 or 0912345678 or (028) 3829 1234. | Call […] or […] or […].
            Write to hung.nguyen@example.vn today.               | Write to […] today.
            Licence no. AB-12345/HP was forged.                  | Licence no. […] was forged.
            """)
    void personalDataInFreeTextIsWithheld(String text, String withheld) {
        assertThat(TEXT.clean(text, LISTS_NOBODY)).isEqualTo(withheld);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Seized at Hải Phòng port during Mekong Dragon.
            Methamphetamine hidden in green tea packages, declared as Oolong tea.
            12,500 kg on 2026-11-02 (02/11/2026), worth 2.000.000.000 VND, 150000 tablets, 12.5 kg net.
            HS 293945 and HS 2939.45.00; container CSQU3054383 on HAI PHONG STAR, IMO 9074729, flight VN123, truck 15C-12345.
            Crossed at Lao Bảo – Densavanh border gate, then by road to Hà Nội.
            Sniffer dog Rex found the false bottom; the scanner image was clear.
            Organised by the Anti-Smuggling Investigation Department with Lao PDR customs.
            """)
    void placesCommoditiesDatesQuantitiesAndTheCasesConveyanceStay(String text) {
        assertThat(TEXT.clean(text, LISTS_NOBODY)).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Inspect containers MSKU9070323 and TGHU2961283 on IMO 9074729 at arrival. | Inspect containers MSKU9070323 and TGHU2961283 on IMO 9074729 at arrival.
            Driver LE VAN TAM, phone 0912345678, container MSKU9070324.            | Driver […], phone […], container […].
            """)
    void aTextOfNoCaseKeepsContainerAndImoNumbersWithTheirCheckDigitOnly(String text, String cleaned) {
        assertThat(TEXT.clean(text)).isEqualTo(cleaned);
    }

    @Test
    void aNameTheIndexLearnsAfterATextWasCleanedIsWithheldTheNextTimeAndFreedWhenItGoes() {
        CaseNameIndex index = new CaseNameIndex();
        NonNominalText cleaning = new NonNominalText(index);
        index.replace("case", 1, caseWith(new Person("Lê Văn Tám", null, null, "VN", List.of()),
                new Company("Golden Triangle Trading LLC", null, null)));
        String text = "Phạm Quốc Bảo paid the driver.";
        assertThat(cleaning.clean(text, LISTS_NOBODY)).isEqualTo(text);

        index.replace("case", 2, caseWith(new Person("Phạm Quốc Bảo", null, null, "VN", List.of()),
                new Company("Mekong Star Logistics Co., Ltd", null, null)));
        assertThat(cleaning.clean(text, LISTS_NOBODY)).isEqualTo("[…] paid the driver.");

        index.replace("case", 2, caseWith(new Person("Đỗ Thị Hoa", null, null, "VN", List.of()),
                new Company("Mekong Star Logistics Co., Ltd", null, null)));
        assertThat(cleaning.clean(text, LISTS_NOBODY)).isEqualTo(text);
    }

    @Test
    void aKnownPersonsFamilyOrGivenNameWrittenAloneIsWithheldButNotTheEverydayWordsAroundIt() {
        CaseNameIndex index = new CaseNameIndex();
        NonNominalText cleaning = new NonNominalText(index);
        index.replace("case", 1, caseWith(new Person("Chinedu Okafor", null, null, "NG", List.of("A09876543")),
                new Company("Golden Triangle Trading LLC", null, null)));
        index.replace("case", 2, caseWith(new Person("Nguyễn Văn Hùng", "NGUYEN VAN HUNG", null, "VN", List.of()),
                new Company("Mekong Star Logistics Co., Ltd", null, null)));
        index.replace("received", 3, caseWith(new Person("Zhang Wei", null, null, "CN", List.of()),
                new Company("Hoàng Long Trading", null, null)));
        index.replace("case", 4, caseWith(new Person("Lê Thị Hằng", null, null, "VN", List.of()),
                new Company("Lao Bao Transit", null, null)));

        assertThat(cleaning.clean("Đối tượng Okafor (…hộ chiếu A09876543) và ông Hùng, SĐT 0912345678, cùng Zhang đã khai nhận."))
                .isEqualTo("Đối tượng […] (…hộ chiếu […]) và ông […], SĐT […], cùng […] đã khai nhận.");
        // "hàng" (goods) folds as Hằng does, but both carry diacritics and differ; written without them, HUNG is Hùng
        assertThat(cleaning.clean("Lô hàng của OKAFOR và HUNG qua Lao Bảo."))
                .isEqualTo("Lô hàng của […] và […] qua Lao Bảo.");

        index.replace("case", 5, caseWith(new Person("Trần Hải Đăng", null, null, "VN", List.of()),
                new Company("Lê Thị Thu Trading", null, null)));
        index.replace("case", 6, caseWith(new Person("Lê Thị Thu", "LE THI THU", null, "VN", List.of()),
                new Company("Sông Hồng Logistics", null, null)));
        // names are capitalised: "thu giữ" (seized) stays; a run of capitalised words with one that is no name is a
        // place or a vessel
        String places = "Hải quan thu giữ 12 kg tại Hải Phòng, trên tàu HAI PHONG STAR.";
        assertThat(cleaning.clean(places)).isEqualTo("[…] quan thu giữ 12 kg tại Hải Phòng, trên tàu HAI PHONG STAR.");
        assertThat(cleaning.clean("Anh Bảo và chị Thu đã khai nhận với Đăng.")).isEqualTo("Anh Bảo và chị […] đã khai nhận với […].");

        index.replace("case", 1, caseWith(new Person("Đỗ Thị Hoa", null, null, "VN", List.of()),
                new Company("Golden Triangle Trading LLC", null, null)));
        assertThat(cleaning.clean("Okafor khai nhận.")).as("no longer a known name").isEqualTo("Okafor khai nhận.");
    }

    @Test
    void theCasesOwnPersonsWordsAreWithheldEvenBeforeTheIndexKnowsThem() {
        CaseInput listsBao = new CaseInput(LocalDate.of(2026, 11, 2), "VNHPH", "port", null, "import", "drugs", "293945",
                null, null, null, null, null, null, null, List.of(new Person("Phạm Quốc Bảo", null, null, "VN", List.of())),
                List.of(), null, List.of());

        assertThat(new NonNominalText(new CaseNameIndex()).clean("Anh Bảo lái xe tới Lạng Sơn.", listsBao))
                .isEqualTo("Anh […] lái xe tới Lạng Sơn.");
    }

    private static CaseInput caseWith(Person person, Company company) {
        return new CaseInput(LocalDate.of(2026, 10, 1), "VNHPH", "port", null, "import", "drugs", "293945", null, null,
                null, null, null, null, new Conveyance("HAI PHONG STAR", "9074729", null, null, List.of()),
                List.of(person), List.of(company), null, List.of());
    }
}
