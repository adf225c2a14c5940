package io.tensorscope.engine.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One short phrase for what changed about a paired tensor, as the diff's node reasons and text print it. */
public final class WeightChanges {

    private WeightChanges() {
    }

    /** @return e.g. {@code float → int8, relative L2 0.0071} or {@code shape 32x1x3x3 → 16x1x3x3}; empty if unchanged */
    public static String summary(WeightDiff diff) {
        List<String> parts = new ArrayList<>();
        if (diff.typeBefore() != diff.typeAfter()) {
            parts.add(diff.typeBefore().displayName() + " → " + diff.typeAfter().displayName());
        }
        if (!diff.shapeBefore().equals(diff.shapeAfter())) {
            parts.add("shape " + diff.shapeBefore() + " → " + diff.shapeAfter());
        }
        if (diff.relativeL2() > 0) {
            parts.add(String.format(Locale.ROOT, "relative L2 %.3g", diff.relativeL2()));
        } else if (parts.isEmpty() && diff.change() == NodeChange.CHANGED) {
            parts.add("values changed");
        }
        if (Math.abs(diff.sparsityAfter() - diff.sparsityBefore()) >= 0.005) {
            parts.add(String.format(Locale.ROOT, "sparsity %.0f%% → %.0f%%", 100 * diff.sparsityBefore(),
                    100 * diff.sparsityAfter()));
        }
        return String.join(", ", parts);
    }
}
