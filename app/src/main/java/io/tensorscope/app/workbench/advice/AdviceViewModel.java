package io.tensorscope.app.workbench.advice;

import io.tensorscope.app.workbench.profile.ProfileRun;
import io.tensorscope.app.workbench.shared.LoadedModel;
import io.tensorscope.profiler.advice.Advice;
import io.tensorscope.profiler.advice.AdviceInput;
import io.tensorscope.profiler.advice.Finding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * View-model of the Advice panel: the advice rules' findings on the model shown, from its analysis at first and, once
 * the Profile tab shows a run of it, from that run's kernels and roofs too; choosing a finding selects its first node.
 */
public final class AdviceViewModel {

    private final ReadOnlyObjectProperty<LoadedModel> current;
    private final ObjectProperty<ProfileRun> profile;
    private final IntegerProperty selectedNode;
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();

    /**
     * @param current      the model shown
     * @param profile      the Profile tab's run shown (its kernels and roofs), or null
     * @param selectedNode the index of the node selected in the layer table and graph
     */
    public AdviceViewModel(ReadOnlyObjectProperty<LoadedModel> current, ObjectProperty<ProfileRun> profile,
                           IntegerProperty selectedNode) {
        this.current = current;
        this.profile = profile;
        this.selectedNode = selectedNode;
        current.addListener((obs, old, now) -> refresh());
        profile.addListener((obs, old, now) -> refresh());
        refresh();
    }

    private void refresh() {
        LoadedModel loaded = current.get();
        if (loaded == null) {
            findings.clear();
            return;
        }
        ProfileRun run = profile.get();
        boolean ofThisModel = run != null && run.analysis().nodes().size() == loaded.model().nodeCount();
        findings.setAll(Advice.of(ofThisModel
                ? new AdviceInput(loaded.model(), loaded.analysis(), run.profile(), run.roofs())
                : AdviceInput.of(loaded.model(), loaded.analysis())));
    }

    /** Selects the first node {@code finding} is about, in the layer table and the graph; nothing when it names none. */
    public void choose(Finding finding) {
        LoadedModel loaded = current.get();
        if (loaded == null || finding == null || finding.nodes().isEmpty()) {
            return;
        }
        for (int i = 0; i < loaded.model().nodeCount(); i++) {
            if (loaded.model().nodeName(i).equals(finding.nodes().get(0))) {
                selectedNode.set(i);
                return;
            }
        }
    }

    /** @return the findings on the model shown, warnings first */
    public ObservableList<Finding> findings() {
        return findings;
    }
}
