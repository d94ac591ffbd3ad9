package io.comptoir.suggestion.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How much the suggestion engine remembers of each session and how many suggestions it gives. */
@ConfigMapping(prefix = "comptoir.suggestion")
public interface SuggestionConfig {

    /** Suggestions per list when the request does not say. */
    @WithDefault("5")
    int defaultLimit();

    /** Most recent views kept per session; co-views are counted within them. */
    @WithDefault("50")
    int sessionViewsKept();

    /** Most recently viewed products of a session that the suggestions start from. */
    @WithDefault("5")
    int sessionHistory();

    /** How long a session without a new view is remembered. */
    @WithDefault("P30D")
    Duration sessionRetention();
}
