package io.councilhub.notification.notice;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where notices for the secretariat go ({@code NOTIFICATION_SECRETARIAT_ADDRESS} in production; the local
 * default is obviously local) and the name shown for it.
 */
@ConfigurationProperties("councilhub.notification.notices")
record NoticeSettings(@DefaultValue("secretariat@councilhub.localhost") String secretariatAddress,
                      @DefaultValue("事務局") String secretariatName) {
}
