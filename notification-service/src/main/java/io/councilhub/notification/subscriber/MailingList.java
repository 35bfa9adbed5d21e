package io.councilhub.notification.subscriber;

/**
 * The lists the council sends to. {@link #NEWSLETTER} is public (anyone may sign up, double opt-in);
 * {@link #MEMBERS} and {@link #OFFICERS} are kept in step with the member roll by events.
 */
public enum MailingList {

    /** メルマガ「めざせIT力アップ!」: public signup and the imported 配信先一覧. */
    NEWSLETTER("newsletter", "メルマガ「めざせIT力アップ!」"),
    /** 会員: every member contact with the NEWSLETTER role. */
    MEMBERS("members", "会員連絡先"),
    /** 役員・幹事: the PRIMARY contacts of the organisations on the adopted officer roster. */
    OFFICERS("officers", "役員・幹事");

    private final String slug;
    private final String title;

    MailingList(String slug, String title) {
        this.slug = slug;
        this.title = title;
    }

    /** The short name used in URLs, tokens and the List-Id. */
    public String slug() {
        return slug;
    }

    /** The list's Japanese name, as shown in the List-Id phrase and on pages. */
    public String title() {
        return title;
    }

    public static MailingList fromSlug(String slug) {
        for (MailingList list : values()) {
            if (list.slug.equalsIgnoreCase(slug) || list.name().equalsIgnoreCase(slug)) {
                return list;
            }
        }
        throw new IllegalArgumentException("no such list: " + slug);
    }
}
