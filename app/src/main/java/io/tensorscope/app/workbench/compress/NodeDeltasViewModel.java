package io.tensorscope.app.workbench.compress;

import io.tensorscope.profiler.experiment.NodeComparison;
import io.tensorscope.profiler.experiment.NodeDelta;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import java.util.Locale;

/**
 * The selected experiment's per-node timing against the original's, on the original's nodes (the nodes a pass
 * inserted count for the node they work for). Empty for the original itself.
 */
public final class NodeDeltasViewModel {

    private final CompressViewModel compress;
    private final ObservableList<NodeDelta> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper("");

    /** Follows {@code compress}'s selection and experiments. */
    public NodeDeltasViewModel(CompressViewModel compress) {
        this.compress = compress;
        compress.selectedProperty().addListener((obs, old, now) -> refresh());
        compress.experiments().addListener((ListChangeListener<CompressExperiment>) c -> refresh());
        refresh();
    }

    private void refresh() {
        CompressExperiment selected = compress.selectedProperty().get();
        CompressExperiment original = compress.experiments().stream().filter(CompressExperiment::isOriginal).findFirst()
                .orElse(null);
        if (selected == null || original == null || selected.isOriginal()) {
            rows.clear();
            caption.set("Select a compressed experiment to compare its nodes' time with the original's");
            return;
        }
        if (selected.profile() == null || original.profile() == null) {
            rows.clear();
            caption.set((selected.profile() == null ? selected.name() : "The original") + " was timed end to end only "
                    + "(by an Auto search): Run measures per-node timing");
            return;
        }
        rows.setAll(NodeComparison.of(original.model().graph(), selected.model().graph(), original.profile().profile(),
                selected.profile().profile()));
        double before = rows.stream().mapToDouble(NodeDelta::beforeMicros).sum();
        double after = rows.stream().mapToDouble(NodeDelta::afterMicros).sum();
        caption.set(String.format(Locale.ROOT, "%s vs original: %.0f µs → %.0f µs of node time (%.2f×), "
                + "1 thread; inserted nodes count for the node they serve", selected.name(), before, after,
                after == 0 ? 0 : before / after));
    }

    /** @return one row per original node that took time, the slowest originally first */
    public ObservableList<NodeDelta> rows() {
        return rows;
    }

    /** @return the totals line */
    public ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }
}
