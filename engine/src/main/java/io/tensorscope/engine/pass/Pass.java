package io.tensorscope.engine.pass;

import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.Model;
import java.util.List;

/**
 * An optimisation pass: turns a model into a new one and reports what it did. Implementations are found through
 * {@link java.util.ServiceLoader} (list the class in {@code META-INF/services/io.tensorscope.engine.pass.Pass}), have a
 * public no-argument constructor, hold no state, and never modify the input model. The command line's options, the
 * workbench's property sheet and {@code tensorscope passes} are generated from {@link #options()}.
 */
public interface Pass {

    /** @return stable id, kebab-case, e.g. {@code dynamic-int8}: used on the command line and in pipeline specs */
    String id();

    /** @return name for people, e.g. {@code Dynamic int8} */
    String displayName();

    /** @return one line saying what the pass does */
    String description();

    /** @return the options the pass takes, in the order they are shown */
    List<PassOption> options();

    /** @return whether the pass reads sample inputs ({@link PassContext#dataset()}), e.g. to calibrate */
    default boolean needsData() {
        return false;
    }

    /**
     * @param model   the input model (not modified)
     * @param options values of {@link #options()}, already checked against their declarations
     * @param context progress, cancellation, data and runtime
     * @return the new model and the report
     * @throws TensorscopeException {@code CANCELLED}; {@code UNSUPPORTED_OPERATOR} when the model is outside what the
     *                              pass handles; {@code BAD_ARGUMENT} for options that do not fit the model
     */
    PassResult apply(Model model, PassOptions options, PassContext context) throws TensorscopeException;
}
