package io.councilhub.subcommittee.subcommittee;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * {@code councilhub.subcommittee.grants.without-grant}: per fiscal year (its starting calendar year), the kinds that
 * get no grant (経費助成). Default: FY2022 gives none to working groups (令和4年度においては、ワーキンググループへの
 * 経費助成はしないものとする). Any other year funds both kinds unless configured or set through the API.
 */
@ConfigurationProperties("councilhub.subcommittee.grants")
record GrantSettings(Map<Integer, Set<SubcommitteeKind>> withoutGrant) {

    GrantSettings {
        withoutGrant = withoutGrant == null ? Map.of(2022, EnumSet.of(SubcommitteeKind.WORKING_GROUP)) : Map.copyOf(withoutGrant);
    }
}
