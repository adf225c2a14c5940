package io.tensorscope.engine.pass;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/** The passes installed: every {@link Pass} {@link ServiceLoader} finds, in the order of the service files. */
public final class PassRegistry {

    private static final PassRegistry STANDARD = new PassRegistry(load());

    private final Map<String, Pass> passes;

    /** @param passes the passes, ids unique */
    public PassRegistry(List<Pass> passes) {
        Map<String, Pass> byId = new LinkedHashMap<>();
        for (Pass pass : passes) {
            if (byId.put(pass.id(), pass) != null) {
                throw new IllegalStateException("two passes share the id " + pass.id());
            }
        }
        this.passes = byId;
    }

    /** @return the passes installed with Tensorscope (found once, then kept) */
    public static PassRegistry standard() {
        return STANDARD;
    }

    /** @return every pass, in registration order */
    public List<Pass> all() {
        return List.copyOf(passes.values());
    }

    /**
     * @return the pass with id {@code id}
     * @throws TensorscopeException {@code BAD_ARGUMENT} naming the known ids
     */
    public Pass find(String id) throws TensorscopeException {
        Pass pass = passes.get(id);
        if (pass == null) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "no pass '" + id + "'; passes: "
                    + String.join(", ", passes.keySet()));
        }
        return pass;
    }

    private static List<Pass> load() {
        List<Pass> found = new ArrayList<>();
        ServiceLoader.load(Pass.class, PassRegistry.class.getClassLoader()).forEach(found::add);
        return found;
    }
}
