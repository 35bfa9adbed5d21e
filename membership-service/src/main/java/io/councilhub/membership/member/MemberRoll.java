package io.councilhub.membership.member;

import io.councilhub.chassis.domain.NotFoundException;
import io.councilhub.contracts.membership.MemberCategory;
import io.councilhub.chassis.domain.FiscalYear;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.List;
import java.util.regex.Pattern;

/** The council's roll: admits and withdraws member organisations and answers who is on it. */
@Service
public class MemberRoll {

    private final Members members;
    private final MongoOperations mongo;

    MemberRoll(Members members, MongoOperations mongo) {
        this.members = members;
        this.mongo = mongo;
    }

    public Member admit(String name, String nameKana, MemberCategory category, LocalDate admittedOn,
                        LocalGovernmentCode code, String address) {
        return members.save(Member.admit(name, nameKana, category, admittedOn, code, address));
    }

    public Member rename(MemberId id, String name, String nameKana, LocalDate effectiveOn) {
        Member member = get(id);
        member.rename(name, nameKana, effectiveOn);
        return members.save(member);
    }

    public Member withdraw(MemberId id, LocalDate on, String reason) {
        Member member = get(id);
        member.withdraw(on, reason);
        return members.save(member);
    }

    /** 再入会: a withdrawn organisation joins again as a new admission (a new member id, linked to the old). */
    public Member readmit(MemberId id, LocalDate admittedOn) {
        return members.save(get(id).readmit(admittedOn));
    }

    public Member get(MemberId id) {
        return members.findById(id.value()).orElseThrow(() -> new NotFoundException("member", id));
    }

    /**
     * Searches the roll; {@code onlyMember}, when given, limits it to that organisation (a MEMBER's view).
     * One pass over the store finds the matches' ids and sort keys (the total is their count); the page's
     * members are then read by id. That is one scan where a count and a sorted find would be two, and the
     * sort runs here on the few fields it needs rather than in the store on whole documents.
     */
    public MemberPage search(MemberSearch search, String onlyMember) {
        List<Criteria> all = new ArrayList<>();
        if (onlyMember != null) {
            all.add(Criteria.where("_id").is(onlyMember));
        }
        if (search.text() != null && !search.text().isBlank()) {
            // Quoted: the user's text is matched literally, never read as a pattern or a query.
            all.add(Criteria.where("searchText").regex(Pattern.quote(Member.searchKey(search.text()))));
        }
        if (search.category() != null) {
            all.add(Criteria.where("category").is(search.category()));
        }
        if (search.status() != null) {
            all.add(Criteria.where("status").is(search.status()));
        } else {
            // The roll is its members, past and present; open and rejected applications are asked for by status.
            all.add(Criteria.where("status").in(MemberStatus.ACTIVE, MemberStatus.WITHDRAWN));
        }
        if (search.activeIn() != null) {
            all.add(activeIn(search.activeIn()));
        }
        Query matching = all.isEmpty() ? new Query() : Query.query(new Criteria().andOperator(all));
        matching.fields().include("_id", "sortKey", "admittedOn");
        List<Document> matches = new ArrayList<>(mongo.find(matching, Document.class, mongo.getCollectionName(Member.class)));
        matches.sort(search.order() == MemberSearch.Order.ADMISSION ? BY_ADMISSION : BY_KANA);
        int from = (int) Math.min(matches.size(), (long) search.page() * search.size());
        List<String> pageIds = matches.subList(from, Math.min(matches.size(), from + search.size())).stream()
                .map(match -> match.getString("_id")).toList();
        Map<String, Member> byId = new HashMap<>();
        mongo.find(Query.query(Criteria.where("_id").in(pageIds)), Member.class)
                .forEach(member -> byId.put(member.id().value(), member));
        List<Member> page = pageIds.stream().map(byId::get).filter(Objects::nonNull).toList();
        return new MemberPage(page, matches.size(), search.page(), search.size());
    }

    private static final Comparator<Document> BY_KANA = Comparator
            .comparing((Document match) -> match.getString("sortKey"), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(match -> match.getString("_id"));

    private static final Comparator<Document> BY_ADMISSION = Comparator
            .comparing((Document match) -> match.getDate("admittedOn"), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(BY_KANA);

    /** Members active at any time in {@code year}: admitted by its end, not withdrawn before it began. */
    public List<Member> activeIn(FiscalYear year, String onlyMember) {
        Query query = Query.query(activeIn(year));
        if (onlyMember != null) {
            query.addCriteria(Criteria.where("_id").is(onlyMember));
        }
        return mongo.find(query.with(Sort.by("sortKey")), Member.class);
    }

    /** The year's admissions and withdrawals, in date order: the packet's 会員の入会・退会. */
    public List<Member> admittedIn(FiscalYear year) {
        return mongo.find(Query.query(Criteria.where("admittedOn").gte(year.start()).lte(year.end()))
                .with(Sort.by("admittedOn", "sortKey")), Member.class);
    }

    public List<Member> withdrawnIn(FiscalYear year) {
        return mongo.find(Query.query(Criteria.where("withdrawnOn").gte(year.start()).lte(year.end()))
                .with(Sort.by("withdrawnOn", "sortKey")), Member.class);
    }

    private static Criteria activeIn(FiscalYear year) {
        return new Criteria().andOperator(Criteria.where("admittedOn").lte(year.end()),
                new Criteria().orOperator(Criteria.where("withdrawnOn").is(null),
                        Criteria.where("withdrawnOn").gte(year.start())));
    }
}
