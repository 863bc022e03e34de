package org.caunoi.hub.platform.web;

import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import org.caunoi.hub.platform.Coded;
import org.caunoi.hub.platform.Codes;
import org.caunoi.hub.platform.security.CurrentOfficer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.BeanUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the OpenAPI document at {@code /v3/api-docs} says of the API as a whole: how a client signs in
 * (HTTP Basic or an API token, on every request), so that a client generated from it, or Swagger UI's
 * "Authorize", works; that the signed-in officer a controller takes is no parameter of the call; and the codes
 * a coded parameter or a coded field of a request body takes ({@link CodedParameter}, {@link Coded}).
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "CauNoi hub API", description = "Errors are RFC 9457 problem details in the "
        + "language of Accept-Language (vi, en); codes are kebab case."),
        security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "token")})
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "An officer's user name and password")
@SecurityScheme(name = "token", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API token (caunoi_…) made at /api/tokens or on the API tokens screen")
class ApiDocumentation {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentOfficer.class);
    }

    @Bean
    OperationCustomizer codedParametersCustomizer() {
        return (operation, handler) -> {
            CodedParameter[] coded = handler.getMethod().getAnnotationsByType(CodedParameter.class);
            if (coded.length == 0 || operation.getParameters() == null) {
                return operation;
            }
            for (CodedParameter parameter : coded) {
                List<String> codes = Arrays.stream(parameter.codes().getEnumConstants()).map(Codes::of).toList();
                operation.getParameters().stream().filter(declared -> parameter.name().equals(declared.getName()))
                        .forEach(declared -> declared.setSchema(new StringSchema()._enum(codes)));
            }
            return operation;
        };
    }

    /** A field marked {@link Coded} gets its codes as {@code enum}: on itself, on a list's items or on a map's values. */
    @Bean
    PropertyCustomizer codedFieldsCustomizer() {
        return (property, type) -> {
            Annotation[] annotations = type.getCtxAnnotations();
            Coded coded = annotations == null ? null : Arrays.stream(annotations).filter(Coded.class::isInstance)
                    .map(Coded.class::cast).findFirst().orElse(null);
            if (coded == null) {
                return property;
            }
            Schema<?> text = property.getItems() != null ? property.getItems()
                    : property.getAdditionalProperties() instanceof Schema<?> values ? values : property;
            @SuppressWarnings("unchecked")
            Schema<String> strings = (Schema<String>) text;
            strings.setEnum(codes(coded.value()));
            return property;
        };
    }

    private static List<String> codes(Class<?> source) {
        if (source.isEnum()) {
            return Arrays.stream(source.getEnumConstants()).map(constant -> Codes.of((Enum<?>) constant)).toList();
        }
        if (Coded.CodeList.class.isAssignableFrom(source)) {
            return BeanUtils.instantiateClass(source.asSubclass(Coded.CodeList.class)).codes();
        }
        throw new IllegalStateException("@Coded names " + source.getName() + ": an enum or a Coded.CodeList is needed");
    }
}
