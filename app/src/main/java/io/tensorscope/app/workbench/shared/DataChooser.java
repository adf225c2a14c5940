package io.tensorscope.app.workbench.shared;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Where data comes from: an editable list of the bundled data sets (an id, or any typed path) with a Browse… menu
 * (a folder icon, to leave the list its room) that picks a folder of images (with {@code labels.csv}) or a CSV file of
 * {@code text,label} rows and puts its path in.
 */
public final class DataChooser extends HBox {

    /** Suffix of the Browse… button's id (the chooser's id, then this). */
    public static final String BROWSE_SUFFIX = "-browse";

    private final ComboBox<String> box = new ComboBox<>();

    /**
     * @param id      the list's id; the Browse… button's is {@code id + }{@value #BROWSE_SUFFIX}
     * @param choices the suggestions (bundled data set ids)
     */
    public DataChooser(String id, List<?> choices) {
        super(4);
        choices.forEach(c -> box.getItems().add(String.valueOf(c)));
        box.setEditable(true);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setId(id);
        HBox.setHgrow(box, Priority.ALWAYS);
        MenuItem folder = new MenuItem("Folder of images (with labels.csv)…", new FontIcon("mdi2f-folder-image"));
        folder.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("A folder of images with labels.csv");
            choose(chooser.showDialog(window()));
        });
        MenuItem csv = new MenuItem("CSV of text,label…", new FontIcon("mdi2f-file-delimited-outline"));
        csv.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("A CSV file of text,label rows");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
            choose(chooser.showOpenDialog(window()));
        });
        MenuButton browse = new MenuButton(null, new FontIcon("mdi2f-folder-search-outline"), folder, csv);
        browse.setId(id + BROWSE_SUFFIX);
        browse.setAccessibleText("Browse…");
        browse.setTooltip(new Tooltip("Browse… for your own data: a folder of images with labels.csv, or a CSV of "
                + "text,label"));
        browse.setMinWidth(USE_PREF_SIZE);
        getChildren().addAll(box, browse);
    }

    private void choose(File picked) {
        if (picked != null) {
            choose(picked.toPath());
        }
    }

    /** Puts {@code data}'s absolute path in, as Browse… does. */
    public void choose(Path data) {
        box.setValue(data.toAbsolutePath().toString());
    }

    /** @return the editable list (its value is the data set id or path) */
    public ComboBox<String> box() {
        return box;
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }
}
