package vn.minhbach.chassis.problem;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Titles and details of problems in the caller's language. Keys are looked up first in the service's
 * {@code messages/problems_<lang>.properties}, then in the chassis's
 * {@code messages/chassis_problems_<lang>.properties}. Vietnamese is the default; English when the
 * request's {@code Accept-Language} prefers it.
 */
public final class ProblemMessages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final List<String> SUPPORTED = List.of("vi", "en");
    private static final List<String> BUNDLES = List.of("messages.problems", "messages.chassis_problems");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ProblemMessages() {
    }

    /** The language to answer in for an {@code Accept-Language} header value (null: Vietnamese). */
    public static Locale locale(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return VIETNAMESE;
        }
        try {
            String tag = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return "en".equals(tag) ? ENGLISH : VIETNAMESE;
        } catch (IllegalArgumentException e) {
            return VIETNAMESE;
        }
    }

    public static Optional<String> find(String key, Locale locale) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (String name : BUNDLES) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(name, locale, loader, NO_FALLBACK);
                if (bundle.containsKey(key)) {
                    return Optional.of(bundle.getString(key));
                }
            } catch (MissingResourceException e) {
                // this bundle does not exist (a service without its own problems yet)
            }
        }
        return Optional.empty();
    }

    /** The title under {@code key}; the key itself if no bundle has it. */
    public static String title(String key, Locale locale) {
        return find(key, locale).orElse(key);
    }

    /** The detail under {@code key.detail} formatted with {@code args}, or null. */
    public static String detail(String key, Locale locale, Object... args) {
        return find(key + ".detail", locale).map(pattern -> format(pattern, locale, args)).orElse(null);
    }

    public static String text(String key, Locale locale, Object... args) {
        return find(key, locale).map(pattern -> format(pattern, locale, args)).orElse(key);
    }

    private static String format(String pattern, Locale locale, Object... args) {
        if (args == null || args.length == 0) {
            return pattern.replace("''", "'");
        }
        try {
            return new MessageFormat(pattern, locale).format(args);
        } catch (IllegalArgumentException e) {
            return pattern;
        }
    }
}
