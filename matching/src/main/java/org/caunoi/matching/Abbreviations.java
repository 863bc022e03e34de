package org.caunoi.matching;

import java.util.List;
import java.util.Map;

/** Common abbreviations in company and person names, expanded to the words they stand for. */
final class Abbreviations {

    private static final Map<String, List<String>> EXPANSIONS = Map.ofEntries(
            Map.entry("intl", List.of("international")),
            Map.entry("int", List.of("international")),
            Map.entry("natl", List.of("national")),
            Map.entry("mfg", List.of("manufacturing")),
            Map.entry("mfr", List.of("manufacturer")),
            Map.entry("bros", List.of("brothers")),
            Map.entry("ind", List.of("industrial")),
            Map.entry("inds", List.of("industries")),
            Map.entry("indus", List.of("industries")),
            Map.entry("tech", List.of("technology")),
            Map.entry("svc", List.of("services")),
            Map.entry("svcs", List.of("services")),
            Map.entry("assn", List.of("association")),
            Map.entry("govt", List.of("government")),
            Map.entry("dept", List.of("department")),
            Map.entry("mgmt", List.of("management")),
            Map.entry("hldgs", List.of("holdings")),
            Map.entry("invest", List.of("investment")),
            Map.entry("st", List.of("saint")),
            Map.entry("mohd", List.of("mohammed")),
            Map.entry("muhd", List.of("muhammad")),
            // Vietnamese business abbreviations (thương mại, dịch vụ, xuất nhập khẩu...)
            Map.entry("tm", List.of("thuong", "mai")),
            Map.entry("dv", List.of("dich", "vu")),
            Map.entry("xnk", List.of("xuat", "nhap", "khau")),
            Map.entry("sx", List.of("san", "xuat")),
            Map.entry("xd", List.of("xay", "dung")),
            Map.entry("dt", List.of("dau", "tu")),
            Map.entry("ptr", List.of("phat", "trien")),
            Map.entry("vt", List.of("van", "tai")),
            Map.entry("tp", List.of("thanh", "pho")),
            Map.entry("tphcm", List.of("thanh", "pho", "ho", "chi", "minh")),
            Map.entry("hcm", List.of("ho", "chi", "minh")));

    private Abbreviations() {
    }

    /** The words an abbreviation stands for, or null when the word is not a known abbreviation. */
    static List<String> expansion(String folded) {
        return EXPANSIONS.get(folded);
    }
}
