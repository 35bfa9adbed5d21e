package io.councilhub.events.registration;

/**
 * Who attended, as the packet reports it: 「受講者 16自治体・3団体、26名（オブザーバー含む） 講師・運営側 6名」.
 * Organisations are counted once however many of their people came; people include observers; organisers
 * (講師・運営側) are the speakers and staff, counted apart.
 */
public record AttendanceStatistics(int localGovernments, int organisations, int people, int observers,
                                   boolean observersIncluded, Integer organisers, boolean counted, String summary) {

    static AttendanceStatistics of(int localGovernments, int organisations, int people, int observers,
                                   boolean observersIncluded, Integer organisers, boolean counted) {
        StringBuilder summary = new StringBuilder("受講者 ")
                .append(localGovernments).append("自治体・").append(organisations).append("団体、")
                .append(people).append("名");
        if (observersIncluded) {
            summary.append("（オブザーバー含む）");
        }
        if (organisers != null) {
            summary.append(" 講師・運営側 ").append(organisers).append("名");
        }
        return new AttendanceStatistics(localGovernments, organisations, people, observers, observersIncluded,
                organisers, counted, summary.toString());
    }
}
