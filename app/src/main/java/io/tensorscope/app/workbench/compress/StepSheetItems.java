package io.tensorscope.app.workbench.compress;

import io.tensorscope.engine.pass.PassOption;
import org.controlsfx.control.PropertySheet;

import java.util.ArrayList;
import java.util.List;

/** The property-sheet rows of a pipeline step, generated from its pass's declared options: no pass is named here. */
public final class StepSheetItems {

    private StepSheetItems() {
    }

    /**
     * @param idPrefix prefixes each editor's node id (then the option's name), unique per tab
     * @return one row per declared option of {@code step}, listed under {@code category}
     */
    public static List<PropertySheet.Item> of(StepDraft step, String category, String idPrefix) {
        List<PropertySheet.Item> items = new ArrayList<>();
        step.values().forEach((option, property) -> {
            String help = option.help() + (option.constraint().isEmpty() ? "" : " (" + option.constraint() + ")");
            String id = idPrefix + option.name();
            String label = label(option);
            items.add(switch (option.kind()) {
                case BOOLEAN -> new SheetItem(category, label, help, Boolean.class, property, List.of(), false, 0, 0, id);
                case INTEGER -> new SheetItem(category, label, help, Integer.class, property, List.of(), false,
                        bound(option.min(), Integer.MIN_VALUE), bound(option.max(), Integer.MAX_VALUE), id);
                case NUMBER -> new SheetItem(category, label, help, Double.class, property, List.of(), false, 0, 0, id);
                case CHOICE -> new SheetItem(category, label, help, String.class, property, option.choices(), false, 0, 0,
                        id);
                case TEXT, LIST -> new SheetItem(category, label, help, String.class, property, List.of(), false, 0, 0,
                        id);
            });
        });
        return items;
    }

    /** @return e.g. {@code Exclude nodes} for {@code exclude-nodes} */
    static String label(PassOption option) {
        String words = option.name().replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static int bound(Double value, int otherwise) {
        return value == null ? otherwise : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }
}
