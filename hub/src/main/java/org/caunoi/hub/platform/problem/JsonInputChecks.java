package org.caunoi.hub.platform.problem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The JSON side of {@link InputChecks}: a text value with a control character (a NUL byte, which
 * PostgreSQL cannot store) is refused while the body is read, so the answer is 400 naming the
 * field's path rather than a database error after the checks.
 */
@Configuration(proxyBeanMethods = false)
class JsonInputChecks {

    @Bean
    JacksonModule textWithoutControlCharacters() {
        return new SimpleModule("caunoi-text-checks").addDeserializer(String.class, new CheckedText());
    }

    /** Why such a text is refused, as the problem's answer recognises it. */
    static final String CONTROL_CHARACTERS = "control characters are not allowed";

    /** Jackson's own reading of text, then the check. */
    static final class CheckedText extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = super.deserialize(parser, context);
            if (text != null && InputChecks.hasControlCharacter(text)) {
                throw context.weirdStringException(text, String.class, CONTROL_CHARACTERS);
            }
            return text;
        }
    }
}
