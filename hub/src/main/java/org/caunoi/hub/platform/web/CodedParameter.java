package org.caunoi.hub.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A parameter of an {@code /api} operation read as a string but taking the codes of an enum only
 * ({@link org.caunoi.hub.platform.Codes}): the OpenAPI document lists them as the parameter's {@code enum}, taken
 * from the enum itself so the list cannot drift from what the hub accepts.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(CodedParameter.List.class)
public @interface CodedParameter {

    /** The parameter's name, as the operation declares it. */
    String name();

    /** The enum whose codes it takes. */
    Class<? extends Enum<?>> codes();

    /** Several coded parameters of one operation. */
    @Documented
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @interface List {
        CodedParameter[] value();
    }
}
