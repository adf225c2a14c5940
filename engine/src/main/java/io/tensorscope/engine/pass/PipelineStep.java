package io.tensorscope.engine.pass;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One step of a pipeline: a pass id and option values as text (only those given; the rest take their defaults).
 *
 * @param pass    the pass's id
 * @param options option name → value as text, in the order given
 */
public record PipelineStep(String pass, Map<String, String> options) {

    /** A comma that starts the next {@code name=value} pair (list values keep their own commas). */
    private static final Pattern PAIR_SEPARATOR = Pattern.compile(",(?=\\s*[A-Za-z][A-Za-z0-9-]*\\s*=)");

    public PipelineStep {
        Objects.requireNonNull(pass);
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    /**
     * @param text {@code PASS} or {@code PASS:name=value,name=value}, e.g.
     *             {@code static-int8:calibration=entropy,samples=200}; list values keep their commas
     *             ({@code exclude-ops=Softmax,Gemm})
     * @throws TensorscopeException {@code BAD_ARGUMENT} for an empty pass id or a pair without {@code =}
     */
    public static PipelineStep parse(String text) throws TensorscopeException {
        int colon = text.indexOf(':');
        String pass = (colon < 0 ? text : text.substring(0, colon)).trim();
        if (pass.isEmpty()) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "a step names a pass first: PASS[:name=value,...], not '"
                    + text + "'");
        }
        Map<String, String> options = new LinkedHashMap<>();
        String rest = colon < 0 ? "" : text.substring(colon + 1).trim();
        if (!rest.isEmpty()) {
            for (String pair : PAIR_SEPARATOR.split(rest)) {
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "step option '" + pair.trim()
                            + "' of " + pass + " is not name=value");
                }
                options.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        return new PipelineStep(pass, options);
    }

    /** @return the step in {@link #parse} form, e.g. {@code fp16:exclude-ops=Softmax} */
    public String format() {
        if (options.isEmpty()) {
            return pass;
        }
        StringBuilder text = new StringBuilder(pass).append(':');
        options.forEach((name, value) -> text.append(text.charAt(text.length() - 1) == ':' ? "" : ",")
                .append(name).append('=').append(value));
        return text.toString();
    }
}
