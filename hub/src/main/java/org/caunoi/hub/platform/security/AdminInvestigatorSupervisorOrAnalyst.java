package org.caunoi.hub.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Reads enforcement information received from partners (operation alerts): administrators, investigators,
 * supervisors and analysts; not liaison officers nor viewers.
 * Checked by method security on a method, or on every method of a type; the role names are spelled
 * here once ({@code RoleAnnotationsTest} checks them against {@link Role}).
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('ADMIN', 'INVESTIGATOR', 'SUPERVISOR', 'ANALYST')")
public @interface AdminInvestigatorSupervisorOrAnalyst {
}
