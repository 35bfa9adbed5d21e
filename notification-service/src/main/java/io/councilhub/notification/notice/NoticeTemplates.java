package io.councilhub.notification.notice;

import io.councilhub.notification.subscriber.Language;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts of notices: {@code notices/<ja|en>/<kind>.txt} on the classpath, a {@code Subject:} line, a
 * blank line, then the body; {@code {{name}}} places take values. Japanese is the default; English when
 * the recipient reads English. A place without a value is an error, never an empty hole in a mail.
 */
@Component
class NoticeTemplates {

    private static final Pattern PLACE = Pattern.compile("\\{\\{([a-zA-Z]+)}}");

    private final Map<String, String[]> cache = new ConcurrentHashMap<>();

    record Rendered(String subject, String text) {
    }

    Rendered render(NoticeKind kind, Language language, Map<String, String> values) {
        String[] template = cache.computeIfAbsent(language.code() + "/" + kind.template(), NoticeTemplates::load);
        return new Rendered(fill(template[0], values), fill(template[1], values));
    }

    private static String fill(String text, Map<String, String> values) {
        Matcher matcher = PLACE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for {{" + matcher.group(1) + "}}");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String[] load(String name) {
        try (InputStream in = new ClassPathResource("notices/" + name + ".txt").getInputStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            int end = text.indexOf('\n');
            String first = text.substring(0, end);
            if (!first.startsWith("Subject:")) {
                throw new IllegalStateException("notices/" + name + ".txt must start with a Subject: line");
            }
            return new String[] {first.substring("Subject:".length()).strip(), text.substring(end + 1).stripLeading()};
        } catch (IOException missing) {
            throw new UncheckedIOException("no template notices/" + name + ".txt", missing);
        }
    }
}
