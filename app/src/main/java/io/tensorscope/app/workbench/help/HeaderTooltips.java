package io.tensorscope.app.workbench.help;

import java.util.Map;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.util.Duration;

/** Column headers that explain themselves: hovering one shows its glossary entry (what the number means). */
public final class HeaderTooltips {

    private HeaderTooltips() {
    }

    /**
     * Gives the headers of {@code table}'s columns titled as a key of {@code terms} the glossary text of the term it
     * maps to, once the table has its skin (headers exist only then); a term the glossary lacks is skipped.
     */
    public static void install(TableView<?> table, Map<String, String> terms) {
        Runnable attach = () -> table.lookupAll(".column-header").forEach(node -> {
            if (node instanceof TableColumnHeader header && header.getTableColumn() != null) {
                String term = terms.get(header.getTableColumn().getText());
                if (term != null) {
                    Glossary.meaning(term).ifPresent(text -> {
                        Tooltip tip = new Tooltip(header.getTableColumn().getText() + ": " + text);
                        tip.setWrapText(true);
                        tip.setMaxWidth(420);
                        tip.setShowDelay(Duration.millis(300));
                        Tooltip.install(header, tip);
                    });
                }
            }
        });
        table.skinProperty().addListener((obs, old, skin) -> {
            if (skin != null) {
                javafx.application.Platform.runLater(attach);
            }
        });
        if (table.getSkin() != null) {
            attach.run();
        }
    }
}
