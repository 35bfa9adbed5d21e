package io.councilhub.chassis.web;

import io.councilhub.chassis.domain.InvalidFieldException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** Builds domain values from request parts, naming a problem by its place in the request ({@code framework[1].title}): a domain value's
 * {@link InvalidFieldException} on {@code title} becomes one on {@code framework[1].title}. */
public final class RequestFields {

    private RequestFields() {
    }

    public static <T> T at(String path, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidFieldException invalid) {
            throw new InvalidFieldException(path + "." + invalid.field(), invalid.getMessage());
        }
    }

    public static <R, T> List<T> each(String path, List<R> requests, Function<R, T> build) {
        List<T> built = new ArrayList<>();
        if (requests == null) {
            return built;
        }
        for (int i = 0; i < requests.size(); i++) {
            R request = requests.get(i);
            String at = path + "[" + i + "]";
            if (request == null) {
                throw new InvalidFieldException(at, "must not be null");
            }
            built.add(at(at, () -> build.apply(request)));
        }
        return built;
    }
}
