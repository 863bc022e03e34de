package org.caunoi.hub.partners.internal.demo;

import java.util.Locale;

import org.caunoi.hub.partners.AgreementKind;

/**
 * Titles for agreements the facts file describes only by kind and scope. The Vietnamese wording is
 * the glossary's ({@code agreement.type.*}) with the file's Vietnamese scope and counterpart
 * ({@code scope_vi}, {@code counterpart_vi}); the English title carries the English ones.
 */
record AgreementTitles(String vi, String en) {

    /** With the scope and counterpart in English only, as a file without {@code _vi} fields gives them. */
    static AgreementTitles of(AgreementKind kind, String counterpart, String scope) {
        return of(kind, counterpart, scope, counterpart, scope);
    }

    static AgreementTitles of(AgreementKind kind, String counterpart, String scope, String counterpartVi,
            String scopeVi) {
        String scopeTitle = scope.isEmpty() ? "" : scope.substring(0, 1).toUpperCase(Locale.ROOT) + scope.substring(1);
        return switch (kind) {
            case GOVERNMENT_AGREEMENT -> new AgreementTitles(
                    "Hiệp định về hợp tác và hỗ trợ hành chính lẫn nhau trong lĩnh vực hải quan",
                    "Agreement on cooperation and mutual administrative assistance in customs matters (CMAA)");
            case ADMINISTRATION_ARRANGEMENT -> scope.isEmpty()
                    ? new AgreementTitles("Thỏa thuận hợp tác về hỗ trợ hành chính lẫn nhau trong các vấn đề hải quan",
                            "Arrangement on cooperation and mutual administrative assistance in customs matters")
                    : new AgreementTitles("Thỏa thuận hợp tác: " + scopeVi, scopeTitle);
            case MINISTRY_AGREEMENT -> new AgreementTitles(
                    "Thỏa thuận giữa Bộ Tài chính Việt Nam và " + counterpartVi + " (" + scopeVi + ")",
                    "Arrangement between the Ministry of Finance of Viet Nam and " + counterpart + ": " + scope);
            case IMPLEMENTING_ARRANGEMENT -> new AgreementTitles("Thỏa thuận triển khai thực hiện Hiệp định",
                    "Implementing arrangement");
            case MOU -> new AgreementTitles("Bản ghi nhớ: " + scopeVi, "Memorandum of understanding: " + scope);
            case STATISTICS_EXCHANGE -> new AgreementTitles("Thỏa thuận trao đổi số liệu thống kê hải quan",
                    "Arrangement on the exchange of trade statistics");
            case AEO_MUTUAL_RECOGNITION -> new AgreementTitles(
                    "Thỏa thuận công nhận lẫn nhau về doanh nghiệp ưu tiên", "AEO mutual recognition arrangement (MRA)");
            case MULTILATERAL_CONVENTION -> new AgreementTitles(scopeVi, scopeTitle);
        };
    }
}
