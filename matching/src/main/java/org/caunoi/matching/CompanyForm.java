package org.caunoi.matching;

/** A legal-form phrase found in a name ("Công ty TNHH", "Co., Ltd", "有限公司") and the form it stands for. */
record CompanyForm(String original, CompanyForms.Kind kind) {

    /**
     * Written in Han or of three letters or more ("有限公司", "Công ty TNHH", "LLC"): a company's
     * form for sure. Shorter forms are also name syllables ("Nguyen Thi Sa", "Ao").
     */
    boolean unmistakable() {
        return original.codePoints().anyMatch(TextFolding::isHan) || TextFolding.fold(original).length() >= 3;
    }
}
