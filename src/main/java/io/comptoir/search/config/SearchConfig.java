package io.comptoir.search.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** The currency of search prices and the bounds of the price facet. */
@ConfigMapping(prefix = "comptoir.search")
public interface SearchConfig {

    /** Currency of the price filters, facet and sorting (minor units); products priced otherwise have no price here. */
    @WithDefault("XOF")
    String currency();

    /** Bounds of the price facet's ranges, in minor units, ascending. */
    @WithDefault("10000,25000,50000,100000")
    List<Long> priceBuckets();
}
