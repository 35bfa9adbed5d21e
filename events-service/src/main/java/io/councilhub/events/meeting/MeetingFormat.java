package io.councilhub.events.meeting;

/** How a meeting is held: online (a join URL), in person (a venue), both, or in writing (書面開催, a response deadline). */
public enum MeetingFormat {
    ONLINE("web開催"),
    IN_PERSON("対面開催"),
    HYBRID("ハイブリッド開催"),
    WRITTEN("書面開催");

    private final String label;

    MeetingFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
