package org.caunoi.hub.assistance.internal;

import java.util.List;
import java.util.Map;

import org.caunoi.hub.platform.Codes;
import org.caunoi.hub.platform.i18n.Labels;
import org.caunoi.hub.platform.problem.FieldProblem;
import org.caunoi.hub.platform.problem.Problem;
import org.caunoi.hub.platform.security.CurrentOfficer;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;

/** Input or a step this module refuses, naming the field at fault; nothing was changed or sent. */
public class AssistanceRefusal extends RuntimeException implements Problem {

    private final HttpStatus status;
    private final String field;
    private final String key;
    private final Object[] arguments;
    private final Map<String, Object> properties;

    AssistanceRefusal(HttpStatus status, String field, String key, Map<String, Object> properties, Object... arguments) {
        super(key + " (" + field + ")");
        this.status = status;
        this.field = field;
        this.key = key;
        this.arguments = arguments.clone();
        this.properties = Map.copyOf(properties);
    }

    static AssistanceRefusal badInput(String field, String key, Object... arguments) {
        return new AssistanceRefusal(HttpStatus.BAD_REQUEST, field, key, Map.of(), arguments);
    }

    /** A step the request's state does not allow (approving what waits for nothing, answering a sent request). */
    static AssistanceRefusal wrongState(RequestState state) {
        return new AssistanceRefusal(HttpStatus.CONFLICT, "state", "assistance.problem.wrong-state",
                Map.of("state", Codes.of(state)), label(state));
    }

    /**
     * Work on what goes to a partner (an answer, a document) starts from the request in full: an officer who reads
     * it withheld is refused, told who does it.
     */
    static void requireFullRead(AssistanceRequest request, CurrentOfficer officer) {
        if (!RequestAccess.readsInFull(request, officer)) {
            throw readWithheld();
        }
    }

    static AssistanceRefusal readWithheld() {
        return new AssistanceRefusal(HttpStatus.FORBIDDEN, "state", "assistance.problem.read-withheld", Map.of());
    }

    /** Why the hub will not send, in plain words: {@code assistance.refusal.<code>}, the code where no name is found. */
    static MessageSourceResolvable reason(String code) {
        return new DefaultMessageSourceResolvable(new String[] {"assistance.refusal." + code}, code);
    }

    /** A constant as an argument of a message: its name in the reader's language, its code where no name is found. */
    static MessageSourceResolvable label(Enum<?> value) {
        return new DefaultMessageSourceResolvable(new String[] {Labels.key(value)}, Codes.of(value));
    }

    @Override
    public HttpStatus status() {
        return status;
    }

    @Override
    public String detailKey() {
        return key;
    }

    @Override
    public Object[] detailArguments() {
        return arguments.clone();
    }

    @Override
    public Map<String, Object> properties() {
        return properties;
    }

    @Override
    public List<FieldProblem> errors() {
        return List.of(FieldProblem.of(field, key, arguments));
    }
}
