package org.caunoi.hub.platform.i18n;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.context.annotation.Configuration;
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

    /** The bundles {@code i18n/messages_vi} and {@code _en}; anything else falls back to Vietnamese, never to the JVM's locale. */
    @Bean
    MessageSource messageSource() {
        ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
        messages.setBasename("classpath:i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(VIETNAMESE);
        return messages;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("caunoi-lang") {
            @Override
            public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response,
                    @Nullable Locale locale) {
                // Only the two languages the bundles carry; anything else falls back to Vietnamese.
                boolean supported = locale != null && SUPPORTED.contains(locale.getLanguage());
                super.setLocale(request, response, supported ? Locale.of(locale.getLanguage()) : VIETNAMESE);
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
