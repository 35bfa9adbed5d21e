package io.councilhub.subcommittee.report.web;

import io.councilhub.chassis.domain.JapaneseDates;
import io.councilhub.chassis.domain.Yen;
import io.councilhub.subcommittee.report.ActivityReport;
import io.councilhub.subcommittee.report.ReportContent;
import io.councilhub.subcommittee.report.ReportStatus;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** An activity report as the packet lays it out, with dates, times, attendance and money also as printed. */
record ReportView(String id, String subcommitteeId, String subcommitteeName, int fiscalYear, String fiscalYearLabel,
                  ReportStatus status, String theme, LocalDate periodFrom, LocalDate periodTo, String periodLabel,
                  List<Meeting> meetings, List<Session> sessions, List<ReportContent.Output> outputs, Costs costs,
                  List<ReportContent.SelfEvaluation> selfEvaluations, LocalDate reportedOn) {

    record Meeting(String title, LocalDate date, LocalTime startTime, LocalTime endTime, String when, String venue,
                   int attendees, List<ReportContent.Attendance> breakdown, String attendance, List<String> agenda,
                   String note) {
    }

    record Session(ReportContent.SessionKind kind, String title, LocalDate date, LocalDate lastDate, LocalTime startTime,
                   LocalTime endTime, String when, String venue, List<ReportContent.Part> parts,
                   ReportContent.Participants participants, String participantsLabel, Integer staff, String outcome) {
    }

    record Costs(List<Cost> items, long actualTotal, String actualTotalDisplay, Long estimateTotal,
                 String estimateTotalDisplay) {
    }

    record Cost(String description, String basis, Long estimate, String estimateDisplay, long actual, String actualDisplay) {
    }

    static ReportView of(ActivityReport report) {
        ReportContent content = report.content();
        Yen estimate = content.estimateTotal();
        return new ReportView(report.id(), report.subcommitteeId(), report.subcommitteeName(),
                report.fiscalYear().startYear(), report.fiscalYear().label(), report.status(), content.theme(),
                content.periodFrom(), content.periodTo(),
                JapaneseDates.format(content.periodFrom()) + "～" + JapaneseDates.format(content.periodTo()),
                content.meetings().stream().map(meeting -> new Meeting(meeting.title(), meeting.date(),
                        meeting.startTime(), meeting.endTime(), when(meeting.date(), null, meeting.startTime(), meeting.endTime()),
                        meeting.venue(), meeting.attendees(), meeting.breakdown(), attendance(meeting), meeting.agenda(),
                        meeting.note())).toList(),
                content.sessions().stream().map(session -> new Session(session.kind(), session.title(), session.date(),
                        session.lastDate(), session.startTime(), session.endTime(),
                        when(session.date(), session.lastDate(), session.startTime(), session.endTime()), session.venue(),
                        session.parts(), session.participants(),
                        session.participants() == null ? null : session.participants().label(), session.staff(),
                        session.outcome())).toList(),
                content.outputs(),
                new Costs(content.costs().stream().map(cost -> new Cost(cost.description(), cost.basis(), cost.estimate(),
                        cost.estimate() == null ? null : Yen.of(cost.estimate()).format(), cost.actual(),
                        Yen.of(cost.actual()).format())).toList(), content.actualTotal().amount(),
                        content.actualTotal().format(), estimate == null ? null : estimate.amount(),
                        estimate == null ? null : estimate.format()),
                content.selfEvaluations(), report.reportedOn());
    }

    /** {@code 令和3年8月26日 15時～17時}; an event over days {@code 令和4年3月26日～令和4年3月27日}. */
    static String when(LocalDate date, LocalDate lastDate, LocalTime start, LocalTime end) {
        StringBuilder when = new StringBuilder(JapaneseDates.format(date));
        if (lastDate != null && !lastDate.equals(date)) {
            when.append("～").append(JapaneseDates.format(lastDate));
        }
        if (start != null) {
            when.append(" ").append(time(start)).append("～");
            if (end != null) {
                when.append(time(end));
            }
        }
        return when.toString();
    }

    private static String time(LocalTime time) {
        return time.getHour() + "時" + (time.getMinute() == 0 ? "" : time.getMinute() + "分");
    }

    /** {@code 6名（千葉商科大学1、習志野市1、市川市1、部会事務局3）}. */
    static String attendance(ReportContent.MeetingHeld meeting) {
        StringBuilder label = new StringBuilder().append(meeting.attendees()).append("名");
        if (!meeting.breakdown().isEmpty()) {
            label.append("（");
            for (int i = 0; i < meeting.breakdown().size(); i++) {
                ReportContent.Attendance attendance = meeting.breakdown().get(i);
                label.append(i == 0 ? "" : "、").append(attendance.organisation()).append(attendance.count());
            }
            label.append("）");
        }
        return label.toString();
    }
}
