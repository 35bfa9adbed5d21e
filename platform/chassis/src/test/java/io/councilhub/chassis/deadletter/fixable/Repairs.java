package io.councilhub.chassis.deadletter.fixable;

import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Which admissions the handler cannot apply yet: a bug that is "fixed" by {@link #fix(String)}. */
@Component
public class Repairs {

    private final Set<String> broken = ConcurrentHashMap.newKeySet();

    public void breakFor(String name) {
        broken.add(name);
    }

    public void fix(String name) {
        broken.remove(name);
    }

    boolean isBroken(String name) {
        return broken.contains(name);
    }
}
