package org.caunoi.hub.platform.problem;

import java.util.concurrent.atomic.AtomicReference;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the REST API reads a request body, without starting the hub: Boot's JSON mapper with the hub's
 * own text checks ({@link JsonInputChecks}), and the Bean Validation the controllers apply. For tests
 * that throw many bodies at one binding (the fuzz tests).
 */
public final class ApiJson {

    private static final JsonMapper MAPPER = bootMapper();

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private ApiJson() {
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }

    public static Validator validator() {
        return VALIDATOR;
    }

    private static JsonMapper bootMapper() {
        var mapper = new AtomicReference<JsonMapper>();
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
                .withUserConfiguration(JsonInputChecks.class)
                .run(context -> mapper.set(context.getBean(JsonMapper.class)));
        return mapper.get();
    }
}
