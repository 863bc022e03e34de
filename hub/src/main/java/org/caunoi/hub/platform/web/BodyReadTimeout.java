package org.caunoi.hub.platform.web;

import java.time.Duration;

import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes Tomcat give up on a request body that stops arriving as soon as on a request line that does
 * ({@code server.tomcat.connection-timeout}). Tomcat's own default waits far longer between two reads
 * of a body, so connections that sent their headers and then a byte now and then held every
 * connection the hub had: the login page and the health check went unanswered.
 */
@Configuration(proxyBeanMethods = false)
class BodyReadTimeout {

    @Bean
    TomcatConnectorCustomizer tomcatBodyReadTimeout(@Value("${server.tomcat.connection-timeout:5s}") Duration timeout) {
        return connector -> {
            if (connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> http) {
                http.setDisableUploadTimeout(false);
                http.setConnectionUploadTimeout(Math.toIntExact(timeout.toMillis()));
            }
        };
    }
}
