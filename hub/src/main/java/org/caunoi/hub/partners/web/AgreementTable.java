package org.caunoi.hub.partners.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.caunoi.hub.partners.Agreement;
import org.caunoi.hub.platform.i18n.Labels;
import org.caunoi.hub.platform.tables.TableExport;
import org.caunoi.hub.platform.tables.TableFormat;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;

/**
 * The agreement list as a CSV or XLSX download, for the screen and the API alike, in the officer's
 * language: the parties by their names, and their codes in the last column for whoever joins the
 * list with other data.
 */
final class AgreementTable {

    private AgreementTable() {
    }

    static ResponseEntity<byte[]> download(List<Agreement> agreements, Map<String, String> partnerNames, String format,
            MessageSource messages, Locale locale) {
        TableFormat tableFormat = TableFormat.parse(format);
        TableExport<Agreement> export = TableExport.of(List.of(
                TableExport.column("id", "partners.export.id", Agreement::id),
                TableExport.column("signed-on", "agreement.signing-date", Agreement::signedDisplay),
                TableExport.column("parties", "partners.field.parties", a -> String.join("; ", a.parties().stream()
                        .map(code -> partnerNames.getOrDefault(code, code)).toList())),
                TableExport.column("kind", "partners.field.kind",
                        a -> messages.getMessage(Labels.key(a.kind()), null, locale)),
                TableExport.column("title-vi", "partners.field.title-vi", Agreement::titleVi),
                TableExport.column("title-en", "partners.field.title-en", Agreement::titleEn),
                TableExport.column("entry-into-force", "agreement.entry-into-force", Agreement::entryIntoForce),
                TableExport.column("expires-on", "partners.field.expires-on", Agreement::expiresOn),
                TableExport.column("status", "ui.field.status",
                        a -> messages.getMessage(Labels.key(a.status()), null, locale)),
                TableExport.column("party-codes", "partners.export.party-codes", a -> String.join(" ", a.parties()))));
        return export.response(agreements, tableFormat, "agreements", messages, locale);
    }
}
