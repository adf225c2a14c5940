package io.tensorscope.app.workbench.settings;

import io.tensorscope.app.workbench.shared.OwnedDialogs;
import io.tensorscope.profiler.timing.ProfileSettings;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.util.List;
import java.util.function.Consumer;

/**
 * Tools > Preferences…: profiling threads, warm-up and timed runs, the fidelity threshold and the theme, edited on a
 * {@link Preferences#copy()}; OK hands the copy on, Cancel drops it.
 */
public final class PreferencesDialog {

    /** Style id of the dialog pane, for tests. */
    public static final String ID = "preferences-dialog";
    private static final double FIDELITY_STEP = 0.005;

    private PreferencesDialog() {
    }

    /**
     * Shows the dialog over {@code owner} without blocking.
     *
     * @param current the preferences in use (left as they are)
     * @param onApply receives the edited copy when the user presses OK
     * @return the dialog, shown
     */
    public static Dialog<ButtonType> show(Window owner, Preferences current, Consumer<Preferences> onApply) {
        Preferences draft = current.copy();
        Spinner<Integer> threads = integers("preferences-threads", 1, draft.maxThreads(), draft.threadsProperty().get());
        Spinner<Integer> warmup = integers("preferences-warmup", 0, Preferences.MAX_WARMUP_RUNS,
                draft.warmupRunsProperty().get());
        Spinner<Integer> runs = integers("preferences-runs", 1, ProfileSettings.MAX_RUNS, draft.runsProperty().get());
        Spinner<Double> fidelity = new Spinner<>(0, 1, draft.fidelityThresholdProperty().get(), FIDELITY_STEP);
        fidelity.setId("preferences-fidelity");
        fidelity.setEditable(true);
        ((SpinnerValueFactory.DoubleSpinnerValueFactory) fidelity.getValueFactory()).setConverter(threeDecimals());
        ChoiceBox<Theme> theme = new ChoiceBox<>();
        theme.setId("preferences-theme");
        theme.getItems().setAll(Theme.values());
        theme.setValue(draft.themeProperty().get());
        theme.setConverter(new StringConverter<>() {
            @Override
            public String toString(Theme value) {
                return value == null ? "" : value.title();
            }

            @Override
            public Theme fromString(String text) {
                return Theme.parse(text);
            }
        });

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(8);
        form.addRow(0, new Label("Profiling threads"), threads, hint("default: all " + draft.maxThreads() + " cores"));
        form.addRow(1, new Label("Warm-up runs"), warmup, hint("untimed runs before timing"));
        form.addRow(2, new Label("Timed runs"), runs, hint("the Profile tab's default"));
        form.addRow(3, new Label("Fidelity threshold"), fidelity, hint("least cosine to the original's outputs"));
        form.addRow(4, new Label("Theme"), theme);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Preferences");
        dialog.setHeaderText("Preferences");
        dialog.getDialogPane().setId(ID);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> {
            if (button == ButtonType.OK) {
                List.of(threads, warmup, runs, fidelity).forEach(PreferencesDialog::commit);
                draft.threadsProperty().set(threads.getValue());
                draft.warmupRunsProperty().set(warmup.getValue());
                draft.runsProperty().set(runs.getValue());
                draft.fidelityThresholdProperty().set(fidelity.getValue());
                draft.themeProperty().set(theme.getValue());
                onApply.accept(draft);
            }
            return button;
        });
        OwnedDialogs.attach(dialog, owner);
        dialog.show();
        return dialog;
    }

    private static Spinner<Integer> integers(String id, int min, int max, int value) {
        Spinner<Integer> spinner = new Spinner<>(min, max, value);
        spinner.setId(id);
        spinner.setEditable(true);
        return spinner;
    }

    /** Takes what was typed in the spinner's field; text that is not a number puts the last value back. */
    private static void commit(Spinner<?> spinner) {
        try {
            spinner.commitValue();
        } catch (RuntimeException notANumber) {
            spinner.cancelEdit();
        }
    }

    private static Label hint(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().add("hint");
        return hint;
    }

    private static StringConverter<Double> threeDecimals() {
        return new StringConverter<>() {
            @Override
            public String toString(Double value) {
                return value == null ? "" : String.format(java.util.Locale.ROOT, "%.3f", value);
            }

            @Override
            public Double fromString(String text) {
                return Double.valueOf(text.trim());
            }
        };
    }
}
