package io.tensorscope.app.workbench.profile;

import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Profile tab: settings and Run / Cancel on top, a message line, the profile shown (others overlaid) with
 * its latency summary, then the roofline beside the slowest kernels. Pure wiring over a {@link ProfileViewModel}.
 */
public final class ProfileView extends BorderPane {

    private final RooflineChart roofline;
    private final KernelTimingChart timings;

    /** Builds the tab content over {@code viewModel}. */
    public ProfileView(ProfileViewModel viewModel) {
        setId("profile-view");
        Label problem = new Label();
        problem.setId("profile-problem");
        problem.getStyleClass().add("problem");
        problem.textProperty().bind(Bindings.createStringBinding(() -> viewModel.inputSizesErrorProperty().get() != null
                        ? viewModel.inputSizesErrorProperty().get() : viewModel.failureProperty().get(),
                viewModel.inputSizesErrorProperty(), viewModel.failureProperty()));
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        ComboBox<ProfileRun> shown = new ComboBox<>(viewModel.profiles());
        shown.setId("profile-shown");
        shown.setPromptText("No profile yet");
        shown.valueProperty().bindBidirectional(viewModel.activeProperty());
        Button clear = new Button("Clear", new FontIcon("mdi2d-delete-sweep-outline"));
        clear.setId("profile-clear");
        clear.disableProperty().bind(Bindings.isEmpty(viewModel.profiles()).or(viewModel.runningProperty()));
        clear.setOnAction(e -> viewModel.clearProfiles());
        Label latency = new Label();
        latency.setId("profile-latency");
        latency.getStyleClass().add("fact-value");
        latency.textProperty().bind(Bindings.createStringBinding(() -> viewModel.activeProperty().get() == null
                ? "" : ProfileText.latencyLine(viewModel.activeProperty().get().profile()), viewModel.activeProperty()));
        HBox profileRow = new HBox(8, new FontIcon("mdi2l-layers-outline"), shown, clear, latency);
        profileRow.setAlignment(Pos.CENTER_LEFT);
        profileRow.getStyleClass().add("tool-bar-row");

        roofline = new RooflineChart(viewModel);
        Label caption = new Label();
        caption.setId("roofline-caption");
        caption.getStyleClass().add("hint");
        caption.textProperty().bind(Bindings.createStringBinding(() -> viewModel.activeProperty().get() == null
                ? "" : ProfileText.unplottedCaption(viewModel.activeProperty().get()), viewModel.activeProperty()));
        timings = new KernelTimingChart(viewModel);
        SplitPane charts = new SplitPane(titled("Roofline", "mdi2c-chart-line", roofline, caption),
                titled("Slowest kernels (median, p10–p90)", "mdi2c-chart-bar", timings, null));
        charts.setOrientation(Orientation.HORIZONTAL);
        charts.setDividerPositions(0.56);

        setTop(new VBox(new ProfileSettingsBar(viewModel), problem, profileRow));
        setCenter(charts);
    }

    /** @return the roofline chart */
    public RooflineChart roofline() {
        return roofline;
    }

    /** @return the per-kernel timing chart */
    public KernelTimingChart timings() {
        return timings;
    }

    private static VBox titled(String title, String icon, Node content, Node footer) {
        Label header = new Label(title, new FontIcon(icon));
        header.getStyleClass().add("pane-header");
        header.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(header, content);
        if (footer != null) {
            HBox foot = new HBox(footer);
            foot.getStyleClass().add("chart-caption");
            box.getChildren().add(foot);
        }
        VBox.setVgrow(content, Priority.ALWAYS);
        return box;
    }
}
