package org.caunoi.hub.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * The style sheet, scripts and webjars are served to anyone, while the links a page writes are not
 * looked up as static files: Spring's resource chain, which webjars on the class path turn on, did
 * that for every link of every page, and it was over half of a screen's CPU under load.
 */
@HubTest
class StaticResourcesTest extends HubTest.Base {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void noFilterRewritesThePagesLinks() {
        assertThat(context.getBeansOfType(FilterRegistrationBean.class).values())
                .extracting(FilterRegistrationBean::getFilter)
                .noneMatch(ResourceUrlEncodingFilter.class::isInstance);
        assertThat(context.getBeanNamesForType(ResourceUrlEncodingFilter.class)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "/css/hub.css", "/js/hub.js", "/js/charts.js",
            "/webjars/htmx.org/2.0.8/dist/htmx.min.js", "/webjars/echarts/5.3.1/dist/echarts.min.js"})
    void theFilesThePagesNameAreServedWithoutASignIn(String path) {
        var response = HubClient.anonymous(port).get(path);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isNotBlank();
    }
}
