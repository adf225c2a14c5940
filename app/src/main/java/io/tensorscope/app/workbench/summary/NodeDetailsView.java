package io.tensorscope.app.workbench.summary;

import io.tensorscope.app.workbench.graph.OpFamily;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/**
 * The node panel: the selected node's name and op type, its attributes, its inputs and outputs (type, shape, role and
 * the producing / consuming nodes as links), its cost, and the kernel that ran it once profiled. Pure wiring over a
 * {@link NodeDetailsViewModel}.
 */
public final class NodeDetailsView extends ScrollPane {

    /** Below this width a fact's value goes under its label instead of beside it. */
    private static final double NARROW_PX = 210;

    private final NodeDetailsViewModel viewModel;
    private final VBox content = new VBox(6);
    private boolean narrow;

    /** Builds the panel and follows {@code viewModel}'s node. */
    public NodeDetailsView(NodeDetailsViewModel viewModel) {
        this.viewModel = viewModel;
        setId("node-details");
        setFitToWidth(true);
        content.setPadding(new Insets(8));
        setContent(content);
        viewModel.shownProperty().addListener((obs, old, details) -> show(details));
        viewportBoundsProperty().addListener((obs, old, bounds) -> {
            if (bounds.getWidth() < NARROW_PX != narrow) {
                narrow = !narrow;
                show(viewModel.shownProperty().get());
            }
        });
        show(viewModel.shownProperty().get());
    }

    private void show(NodeDetails details) {
        content.getChildren().clear();
        if (details == null) {
            Label empty = new Label("Select a node in the layer table or the graph");
            empty.getStyleClass().add("placeholder");
            content.getChildren().add(empty);
            return;
        }
        Label title = new Label(details.name());
        title.getStyleClass().add("node-title");
        title.setWrapText(true);
        Label badge = new Label(details.opType());
        badge.getStyleClass().add("op-badge");
        badge.setStyle("-fx-background-color: " + OpFamily.of(details.opType()).colour() + ";");
        Label position = new Label("node " + details.index());
        position.getStyleClass().add("hint");
        HBox kind = new HBox(8, badge, position);
        kind.setAlignment(Pos.CENTER_LEFT);
        content.getChildren().addAll(title, kind);
        content.getChildren().addAll(section("Attributes", "node-attributes", details.attributes().isEmpty()
                ? List.of(hint("none")) : List.of(facts(details.attributes()))));
        content.getChildren().addAll(section("Inputs", "node-inputs",
                details.inputs().stream().map(row -> tensor(row, "from")).toList()));
        content.getChildren().addAll(section("Outputs", "node-outputs",
                details.outputs().stream().map(row -> tensor(row, "to")).toList()));
        content.getChildren().addAll(section("Cost", "node-cost", List.of(facts(details.cost()))));
        details.kernel().ifPresent(kernel -> content.getChildren().addAll(section("Kernel", "node-kernel",
                kernel(kernel))));
    }

    private static List<Node> section(String title, String id, List<? extends Node> rows) {
        Label header = new Label(title);
        header.getStyleClass().add("section-header");
        VBox body = new VBox(2);
        body.setId(id);
        body.getChildren().addAll(rows);
        return List.of(header, body);
    }

    /** @return the facts as label | value rows, or with each value under its label when the panel is narrow */
    private GridPane facts(List<Fact> facts) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(narrow ? 0 : 3);
        for (int row = 0; row < facts.size(); row++) {
            Label label = new Label(facts.get(row).label());
            label.getStyleClass().add("fact-label");
            Label value = new Label(facts.get(row).value());
            value.getStyleClass().add("fact-value");
            value.setWrapText(true);
            GridPane.setHgrow(value, Priority.ALWAYS);
            if (narrow) {
                value.setPadding(new Insets(0, 0, 3, 10));
                grid.addRow(2 * row, label);
                grid.addRow(2 * row + 1, value);
            } else {
                label.setMinWidth(Region.USE_PREF_SIZE);
                grid.addRow(row, label, value);
            }
        }
        return grid;
    }

    private Node tensor(TensorRow row, String verb) {
        VBox box = new VBox(1);
        box.getStyleClass().add("tensor-row");
        if (row.role() == TensorRole.OMITTED) {
            box.getChildren().add(hint("(optional input left out)"));
            return box;
        }
        Label name = new Label(row.name());
        name.getStyleClass().add("tensor-name");
        name.setWrapText(true);
        HBox head = new HBox(6, name);
        head.setAlignment(Pos.CENTER_LEFT);
        if (!row.role().label().isEmpty()) {
            Label role = new Label(row.role().label());
            role.getStyleClass().add("tensor-role");
            role.setMinWidth(Region.USE_PREF_SIZE);
            head.getChildren().add(role);
        }
        Label shape = new Label(row.typeAndShape());
        shape.getStyleClass().add("tensor-shape");
        shape.setWrapText(true);
        box.getChildren().addAll(head, shape);
        row.links().forEach(link -> box.getChildren().add(linkLine(verb, link)));
        if (row.moreLinks() > 0) {
            box.getChildren().add(hint(String.format("… and %,d more", row.moreLinks())));
        }
        return box;
    }

    private List<Node> kernel(KernelCover kernel) {
        Label name = new Label(kernel.kernel() + " (" + kernel.opType() + ")");
        name.getStyleClass().add("tensor-name");
        name.setWrapText(true);
        List<Node> rows = new ArrayList<>(List.of(name));
        if (kernel.nodes().size() > 1) {
            rows.add(hint(String.format("fused: covers %,d nodes", kernel.nodes().size())));
            kernel.nodes().forEach(link -> rows.add(linkLine("", link)));
        }
        return rows;
    }

    private HBox linkLine(String verb, NodeLink link) {
        Hyperlink hyperlink = new Hyperlink(link.name());
        hyperlink.getStyleClass().add("node-link");
        hyperlink.setUserData(link);
        hyperlink.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
        hyperlink.setMinWidth(30);
        hyperlink.setOnAction(e -> viewModel.follow(link));
        Label op = new Label(link.opType());
        op.getStyleClass().add("link-op");
        HBox line = new HBox(2);
        if (!verb.isEmpty()) {
            Label verbLabel = new Label(verb);
            verbLabel.getStyleClass().add("link-verb");
            verbLabel.setMinWidth(Region.USE_PREF_SIZE);
            line.getChildren().add(verbLabel);
        }
        line.getChildren().addAll(hyperlink, op);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("hint");
        return label;
    }
}
