package io.councilhub.membership.member;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * At start-up, gives members stored before search used {@code searchText} their search text. Each write
 * is conditional on the field still being absent, so several instances starting together do it once.
 */
@Component
class SearchTextBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchTextBackfill.class);

    private final MongoOperations mongo;
    private final RollVersion rollVersion;

    SearchTextBackfill(MongoOperations mongo, RollVersion rollVersion) {
        this.mongo = mongo;
        this.rollVersion = rollVersion;
    }

    @Override
    public void run(ApplicationArguments args) {
        int filled = 0;
        for (Member member : mongo.find(Query.query(Criteria.where("searchText").exists(false)), Member.class)) {
            Query stillMissing = Query.query(Criteria.where("_id").is(member.id().value()).and("searchText").exists(false));
            filled += (int) mongo.updateFirst(stillMissing, Update.update("searchText", member.searchText()), Member.class)
                    .getModifiedCount();
        }
        if (filled > 0) {
            // An update by query publishes no mapping event: the version is raised here.
            rollVersion.changed();
            log.info("gave {} members stored before the search text existed their search text", filled);
        }
    }
}
