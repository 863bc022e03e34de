package org.caunoi.hub.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Reads the audit trail: administrators and supervisors.
 * Checked by method security on a method, or on every method of a type; the role names are spelled
 * here once ({@code RoleAnnotationsTest} checks them against {@link Role}).
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR')")
public @interface AdminOrSupervisor {
}
