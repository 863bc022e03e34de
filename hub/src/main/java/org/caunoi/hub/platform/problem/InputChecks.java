package org.caunoi.hub.platform.problem;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses, before any controller runs, a parameter holding a control character (a NUL byte, which
 * PostgreSQL cannot store or compare): one check for every screen and API call, naming the field,
 * rather than a database error deep inside each search.
 */
@Configuration(proxyBeanMethods = false)
class InputChecks implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (hasControlCharacter(parameter.getKey())) {
                throw new InvalidParameterException("?");
            }
            for (String value : parameter.getValue()) {
                if (hasControlCharacter(value)) {
                    throw new InvalidParameterException(parameter.getKey());
                }
            }
        }
        return true;
    }

    /** NUL and the C0 controls other than tab, line feed and carriage return, which text areas send. */
    static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }
}
