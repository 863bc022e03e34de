package org.caunoi.hub.partners;

import java.util.List;
import java.util.Optional;

/** Looks up a partner by its code, for modules that attach their own settings to partners. */
public interface Partners {

    Optional<Partner> partner(String code);

    /** Every partner the hub knows, by region then code: what an officer chooses from. */
    List<Partner> all();
}
