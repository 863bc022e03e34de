package org.caunoi.hub.enforcement.web;

import org.caunoi.matching.HanVietReading;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A person's name in Han characters as Vietnamese screens show it beside the name: its Hán-Việt reading
 * ({@code 张伟} → {@code Trương Vĩ}), which a Vietnamese officer reads instead of the sender's pinyin.
 * Templates call {@code ${@hanViet.of(p.name)}}.
 */
@Component("hanViet")
public class HanVietNames {

    /** The reading, or null for a name with no Han characters (or one the tables cannot read). */
    public @Nullable String of(@Nullable String name) {
        return name == null ? null : HanVietReading.of(name).orElse(null);
    }
}
