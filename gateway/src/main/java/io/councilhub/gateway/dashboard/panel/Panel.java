package io.councilhub.gateway.dashboard.panel;

import java.util.function.Function;

/**
 * What one panel of a page got from its service: the data, or why not. A template shows
 * {@code panel.data} when {@code panel.available}, and otherwise the notice of
 * {@code ~{fragments/panel :: notice(${panel})}} ("財務サービスに接続できません" for a finance service that
 * is down, slow, or behind an open circuit breaker), while the rest of the page renders as usual.
 */
public final class Panel<T> {

    /** How the call went. */
    public enum State {
        /** The service answered with data. */
        READY,
        /** Down, too slow, failing (5xx) or its circuit breaker open. */
        UNAVAILABLE,
        /** The service answered 404: nothing there yet (no budget adopted for the year ...). */
        NOT_FOUND,
        /** The service refused (another 4xx); {@link #getDetail()} says why. */
        REFUSED
    }

    private final Service service;
    private final State state;
    private final T data;
    private final String detail;

    private Panel(Service service, State state, T data, String detail) {
        this.service = service;
        this.state = state;
        this.data = data;
        this.detail = detail;
    }

    public static <T> Panel<T> of(Service service, T data) {
        return new Panel<>(service, State.READY, data, null);
    }

    public static <T> Panel<T> unavailable(Service service) {
        return new Panel<>(service, State.UNAVAILABLE, null, null);
    }

    static <T> Panel<T> answered(Service service, int status, String detail) {
        return new Panel<>(service, status == 404 ? State.NOT_FOUND : State.REFUSED, null, detail);
    }

    /** A panel whose data is shaped from this one's; a mapping that fails leaves the panel unavailable. */
    public <R> Panel<R> map(Function<? super T, ? extends R> mapping) {
        return state == State.READY ? new Panel<>(service, state, mapping.apply(data), null)
                : new Panel<>(service, state, null, detail);
    }

    public boolean isAvailable() {
        return state == State.READY;
    }

    public State getState() {
        return state;
    }

    public Service getService() {
        return service;
    }

    public T getData() {
        return data;
    }

    public T orElse(T other) {
        return state == State.READY ? data : other;
    }

    /** The service's own explanation of a 4xx, if any. */
    public String getDetail() {
        return detail;
    }

    /** The message key of the notice shown instead of the data. */
    public String getNoticeKey() {
        return switch (state) {
            case READY -> null;
            case UNAVAILABLE -> "panel.unavailable." + service.key();
            case NOT_FOUND -> "panel.notFound";
            case REFUSED -> "panel.refused";
        };
    }

    @Override
    public String toString() {
        return "Panel[" + service.key() + ", " + state + "]";
    }
}
