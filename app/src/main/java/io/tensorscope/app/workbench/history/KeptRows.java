package io.tensorscope.app.workbench.history;

import io.tensorscope.app.workbench.compress.CompressViewModel;
import io.tensorscope.app.workbench.shared.LoadedModel;
import javafx.beans.property.ReadOnlyObjectProperty;

/** Brings back a model's Compress tab rows from the workspace once the model is shown and its digest known. */
public final class KeptRows {

    private KeptRows() {
    }

    /**
     * From now on, each model shown gets the rows an earlier session kept of it (when the Compress tab has none yet),
     * marked as known to {@code journal} so they are not recorded again.
     */
    public static void follow(HistoryViewModel history, WorkbenchWorkspace workspace, WorkspaceJournal journal,
                              CompressViewModel compress, ReadOnlyObjectProperty<LoadedModel> current) {
        history.digestProperty().addListener((obs, old, sha) -> {
            LoadedModel loaded = current.get();
            if (sha == null || loaded == null) {
                return;
            }
            workspace.run("Reading the kept experiments of " + loaded.model().name(),
                    w -> KeptExperiments.of(w, loaded.model(), sha), kept -> kept.ifPresent(k -> {
                        journal.known(k.ids());
                        compress.restore(loaded, k.original(), k.variants());
                    }));
        });
    }
}
