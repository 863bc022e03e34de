package org.caunoi.hub.platform.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.AbstractMessageSource;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Vietnamese first, English on request: {@code ?lang=en} or {@code ?lang=vi} switches, and a cookie
 * remembers the choice across sessions; without a cookie, Accept-Language decides between the two.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

    static final Locale VIETNAMESE = Locale.of("vi");
    static final Set<String> SUPPORTED = Set.of("vi", "en");
    static final String BUNDLE_PATTERN = "classpath*:i18n/*/messages_vi.properties";

    /**
     * Every module's bundle pair, {@code i18n/<module>/messages_vi} and {@code _en}, found on the class path,
     * so a new module adds its files and nothing else; anything else falls back to Vietnamese, never to
     * the JVM's locale.
     */
    @Bean
    MessageSource messageSource(List<ConfiguredNames> configured) throws IOException {
        ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
        messages.setParentMessageSource(new FromConfiguration(configured));
        messages.setBasenames(moduleBundles().toArray(String[]::new));
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(VIETNAMESE);
        return messages;
    }

    /** Asked for a key the bundles lack: the names of the hub's configuration, in the reader's language. */
    private static final class FromConfiguration extends AbstractMessageSource {

        private final List<ConfiguredNames> configured;

        FromConfiguration(List<ConfiguredNames> configured) {
            this.configured = List.copyOf(configured);
        }

        @Override
        protected @Nullable String resolveCodeWithoutArguments(String code, Locale locale) {
            return configured.stream().map(names -> names.named(code, locale)).filter(Objects::nonNull).findFirst().orElse(null);
        }

        @Override
        protected @Nullable MessageFormat resolveCode(String code, Locale locale) {
            String name = resolveCodeWithoutArguments(code, locale);
            return name == null ? null : createMessageFormat(name, locale);
        }
    }

    /** {@code classpath:i18n/<module>/messages} for every folder under {@code i18n/} with a Vietnamese bundle. */
    static List<String> moduleBundles() throws IOException {
        return moduleNames().stream().map(module -> "classpath:i18n/" + module + "/messages").toList();
    }

    /** The modules that have a bundle pair: every folder under {@code i18n/} with a Vietnamese bundle. */
    static List<String> moduleNames() throws IOException {
        Resource[] found = new PathMatchingResourcePatternResolver().getResources(BUNDLE_PATTERN);
        return Arrays.stream(found)
                .map(resource -> {
                    try {
                        String url = resource.getURL().toString();
                        String folder = url.substring(0, url.lastIndexOf('/'));
                        return folder.substring(folder.lastIndexOf('/') + 1);
                    }
                    catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .distinct().sorted().toList();
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("caunoi-lang") {
            @Override
            public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response,
                    @Nullable Locale locale) {
                // Only the two languages the bundles carry; anything else falls back to Vietnamese.
                super.setLocale(request, response, locale != null && SUPPORTED.contains(locale.getLanguage())
                        ? Locale.of(locale.getLanguage()) : VIETNAMESE);
            }
        };
        // No cookie yet: the browser's (or API client's) language if it is one of ours, else Vietnamese.
        resolver.setDefaultLocaleFunction(request -> request.getHeader("Accept-Language") != null
                && SUPPORTED.contains(request.getLocale().getLanguage())
                ? Locale.of(request.getLocale().getLanguage()) : VIETNAMESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }
}
