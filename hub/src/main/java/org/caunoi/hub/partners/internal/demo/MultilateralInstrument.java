package org.caunoi.hub.partners.internal.demo;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The multilateral bodies and conventions the facts file names by text ("WCO (then CCC)",
 * "Revised Kyoto Convention"), with the partner they belong to and the instrument's titles.
 */
record MultilateralInstrument(String prefix, String partnerCode, String titleVi, String titleEn) {

    private static final List<MultilateralInstrument> KNOWN = List.of(
            new MultilateralInstrument("wco", "WCO", "Gia nhập Hội đồng Hợp tác Hải quan (nay là WCO)",
                    "Accession to the Customs Co-operation Council (now WCO)"),
            new MultilateralInstrument("revised kyoto", "WCO",
                    "Công ước Kyoto sửa đổi về đơn giản hóa và hài hòa thủ tục hải quan",
                    "Revised Kyoto Convention on the simplification and harmonization of customs procedures"),
            new MultilateralInstrument("hs convention", "WCO",
                    "Công ước quốc tế về Hệ thống hài hòa mô tả và mã hóa hàng hóa (Công ước HS)",
                    "International Convention on the Harmonized System (HS Convention)"),
            new MultilateralInstrument("istanbul", "WCO", "Công ước Istanbul về tạm quản",
                    "Istanbul Convention on Temporary Admission"),
            new MultilateralInstrument("wto", "WTO", "Gia nhập Tổ chức Thương mại Thế giới (WTO)",
                    "Accession to the World Trade Organization (WTO)"),
            new MultilateralInstrument("asean", "ASEAN", "Thành viên ASEAN", "Membership of ASEAN"),
            new MultilateralInstrument("apec", "APEC", "Tham gia Diễn đàn APEC", "Membership of APEC"),
            new MultilateralInstrument("asem", "ASEM", "Thành viên sáng lập ASEM", "Founding membership of ASEM"),
            new MultilateralInstrument("gms", "GMS", "Hiệp định tạo thuận lợi vận chuyển người và hàng hóa qua lại "
                    + "biên giới các nước Tiểu vùng Mê Kông mở rộng (CBTA)",
                    "Greater Mekong Subregion Cross-Border Transport Agreement (CBTA)"));

    static Optional<MultilateralInstrument> forBody(String body) {
        String lower = body.toLowerCase(Locale.ROOT);
        return KNOWN.stream().filter(known -> lower.startsWith(known.prefix())).findFirst();
    }
}
