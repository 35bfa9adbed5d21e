package io.councilhub.notification.subscriber;

import io.councilhub.chassis.sheet.Columns;

/** The columns of a distribution list file (配信先一覧), in order of registration. */
public final class SubscriberColumns {

    public static final Columns COLUMNS = Columns.of()
            .column("no", "受付順", "No", "番号", "No.")
            .column("organisation", "団体名", "会員名", "所属団体", "organization", "組織")
            .column("department", "部署", "所属", "部署名", "課")
            .column("name", "氏名", "名前", "担当者")
            .column("email", "メールアドレス", "E-mail", "メール", "mail")
            .column("language", "言語", "lang");

    private SubscriberColumns() {
    }
}
