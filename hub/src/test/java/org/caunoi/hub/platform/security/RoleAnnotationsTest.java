package org.caunoi.hub.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The role annotations are the one place role names are spelt for method security: each names only
 * roles that exist, so a typo cannot silently lock everyone out of a screen.
 */
class RoleAnnotationsTest {

    static final List<Class<?>> ANNOTATIONS = List.of(AdminOnly.class, AdminOrLiaison.class, AdminLiaisonOrSupervisor.class, AdminOrSupervisor.class,
            AdminLiaisonInvestigatorOrSupervisor.class, AdminInvestigatorSupervisorOrAnalyst.class);

    @Test
    void everyRoleAnnotationNamesOnlyRolesThatExist() {
        List<String> known = Arrays.stream(Role.values()).map(Role::name).toList();
        for (Class<?> annotation : ANNOTATIONS) {
            String expression = annotation.getAnnotation(PreAuthorize.class).value();
            List<String> named = Pattern.compile("'([A-Z_]+)'").matcher(expression).results().map(match -> match.group(1)).toList();
            assertThat(named).as(annotation.getSimpleName()).isNotEmpty();
            assertThat(known).as(annotation.getSimpleName()).containsAll(named);
        }
    }

    @Test
    void anAnnotationIsNamedForTheRolesItLetsThrough() {
        for (Class<?> annotation : ANNOTATIONS) {
            String expression = annotation.getAnnotation(PreAuthorize.class).value();
            for (Role role : Role.values()) {
                String word = role == Role.LIAISON_OFFICER ? "Liaison" : role.name().charAt(0) + role.name().substring(1).toLowerCase();
                assertThat(expression.contains("'" + role.name() + "'"))
                        .as("%s lets %s through", annotation.getSimpleName(), role)
                        .isEqualTo(annotation.getSimpleName().contains(word));
            }
        }
    }
}
