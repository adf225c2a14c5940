package io.tensorscope.app.workbench.help;

import java.util.Map;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.util.Duration;

/**
 * Column headers that explain themselves: hovering one shows its full title (a narrow column cuts it) and, for a term
 * of the glossary, what the number means.
 */
public final class HeaderTooltips {

    private HeaderTooltips() {
    }

    /**
     * Gives every header of {@code table} a tooltip with its title, followed, for a column titled as a key of
     * {@code terms}, by the glossary text of the term it maps to; once the table has its skin (headers exist only
     * then), and again when its columns change.
     */
    public static void install(TableView<?> table, Map<String, String> terms) {
        Runnable attach = () -> table.lookupAll(".column-header").forEach(node -> {
            if (node instanceof TableColumnHeader header && header.getTableColumn() != null
                    && !header.getTableColumn().getText().isEmpty()) {
                String title = header.getTableColumn().getText();
                String term = terms.get(title);
                Tooltip tip = new Tooltip(term == null ? title
                        : Glossary.meaning(term).map(text -> title + ": " + text).orElse(title));
                tip.setWrapText(true);
                tip.setMaxWidth(420);
                tip.setShowDelay(Duration.millis(300));
                Tooltip.install(header, tip);
            }
        });
        table.skinProperty().addListener((obs, old, skin) -> {
            if (skin != null) {
                javafx.application.Platform.runLater(attach);
            }
        });
        table.getColumns().addListener((javafx.collections.ListChangeListener<Object>) c ->
                javafx.application.Platform.runLater(attach));
        if (table.getSkin() != null) {
            attach.run();
        }
    }
}
