package org.caunoi.hub.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field of an {@code /api} request body read as a string (or a list or map of strings) but taking
 * the codes of one closed list only: the OpenAPI document lists them as the field's {@code enum}, taken
 * from the list the hub checks against, so the document cannot drift from what the hub accepts. On a
 * record component it reaches the field, the accessor and the constructor's parameter alike.
 */
@Documented
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface Coded {

    /**
     * Where the codes come from: an enum (its constants' codes, {@link Codes}) or a
     * {@link CodeList} with a constructor without arguments.
     */
    Class<?> value();

    /** A closed list of codes kept as text rather than as an enum. */
    interface CodeList {
        java.util.List<String> codes();
    }
}
