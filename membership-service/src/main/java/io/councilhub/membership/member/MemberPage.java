package io.councilhub.membership.member;

import java.util.List;

/** One page of the roll and how many members match in all. */
public record MemberPage(List<Member> members, long total, int page, int size) {
}
