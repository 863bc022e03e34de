package org.caunoi.matching;

import java.util.List;

/**
 * One way to read a name: its words without legal forms, and the legal forms. A Latin name has one
 * variant; a Han name has its Hán-Việt and its pinyin readings.
 */
record NameVariant(List<NameToken> words, List<CompanyForm> forms) {
}
