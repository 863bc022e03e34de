package org.caunoi.matching;

/** A legal-form phrase found in a name ("Công ty TNHH", "Co., Ltd", "有限公司") and the form it stands for. */
record CompanyForm(String original, CompanyForms.Kind kind) {
}
