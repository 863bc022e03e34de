package org.caunoi.hub.platform.web;

import java.util.List;

import org.caunoi.hub.platform.security.CurrentOfficer;
import org.caunoi.hub.platform.security.Officers;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** What every module's controllers get without asking: {@link CurrentOfficer} as a handler argument. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final Officers officers;

    WebConfiguration(Officers officers) {
        this.officers = officers;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType() == CurrentOfficer.class;
            }

            @Override
            public Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
                    NativeWebRequest request, @Nullable WebDataBinderFactory binders) {
                // Screens and /api are behind sign-in; a handler asking for the officer on a public URL is a mistake.
                return officers.current().orElseThrow(() -> new AccessDeniedException("no officer signed in"));
            }
        });
    }
}
