package vn.minhbach.chassis.problem;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/** Builds problem documents and responses; shared by the JAX-RS mappers and the HTTP-level handlers. */
public final class Problems {

    private Problems() {
    }

    public static Problem problem(int status, String key, Locale locale, String instance, Object... args) {
        return new Problem(Problem.TYPE_PREFIX + key, ProblemMessages.title(key, locale), status,
                ProblemMessages.detail(key, locale, args), instance, null, null);
    }

    public static Problem withErrors(Problem p, List<Problem.FieldError> errors) {
        return new Problem(p.type(), p.title(), p.status(), p.detail(), p.instance(), errors, p.errorId());
    }

    public static Problem withErrorId(Problem p, String errorId) {
        return new Problem(p.type(), p.title(), p.status(), p.detail(), p.instance(), p.errors(), errorId);
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
