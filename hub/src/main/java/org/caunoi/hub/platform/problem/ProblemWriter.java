package org.caunoi.hub.platform.problem;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import tools.jackson.databind.json.JsonMapper;

/** Writes problem details as {@code application/problem+json}: for controllers, the error path and the security filters alike. */
@Component
public class ProblemWriter {

    private final JsonMapper json;

    ProblemWriter(JsonMapper json) {
        this.json = json;
    }

    public void write(ProblemDetail problem, HttpServletResponse response) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), ProblemDetails.asMap(problem));
    }

    /** The same, as a view, for handlers that answer screens with a page. */
    View view(ProblemDetail problem) {
        return (model, request, response) -> write(problem, response);
    }
}
