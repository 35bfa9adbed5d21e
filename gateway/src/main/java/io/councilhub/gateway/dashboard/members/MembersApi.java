package io.councilhub.gateway.dashboard.members;

import java.time.LocalDate;
import java.util.List;

/** The parts of membership-service's answers the member pages (and the member portal's contacts) read. */
public final class MembersApi {

    private MembersApi() {
    }

    /** {@code GET /api/members?q=&category=&status=&page=&size=}. */
    record MemberPage(List<Member> items, long total, int page, int size) {

        public int pages() {
            return size == 0 ? 0 : (int) ((total + size - 1) / size);
        }
    }

    record Member(String id, String name, String nameKana, List<FormerName> formerNames, String category,
                  String localGovernmentCode, String address, String status, LocalDate admittedOn,
                  LocalDate withdrawnOn, String withdrawalReason, String previousMembershipId) {

        public boolean active() {
            return "ACTIVE".equals(status);
        }
    }

    record FormerName(String name, String nameKana, LocalDate until) {
    }

    /** {@code GET /api/members/{id}/contacts}. */
    public record Contacts(String memberId, String memberName, String memberStatus, boolean readOnly, long version,
                    List<Contact> contacts) {
    }

    public record Contact(String id, String name, String department, String title, String email, String phone,
                   List<String> roles) {
    }

    /** {@code GET /api/officer-rosters/{fiscalYear}}. */
    record Roster(String id, int fiscalYear, String label, String status, String statusLabel, String basedOn,
                  LocalDate adoptedOn, String adoptedByProposal, long withdrawnMemberEntries, List<RosterEntry> entries) {
    }

    record RosterEntry(String id, String role, String roleLabel, String memberId, String organisation,
                       String department, String title, String personName, String reason, String reasonLabel,
                       boolean reasonOverridden, boolean memberWithdrawn) {
    }

    /** {@code POST /api/members/import?dryRun=}: the plan (dry run) or what was done. */
    record ImportReport(boolean dryRun, boolean applied, Summary summary, List<RowResult> rows) {
    }

    record Summary(int rows, int created, int updated, int unchanged, int rejected) {
    }

    record RowResult(int row, String outcome, String memberId, String name, List<Change> changes, List<RowError> errors) {
    }

    record Change(String field, String from, String to) {
    }

    record RowError(int row, String field, String message) {
    }
}
