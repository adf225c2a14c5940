package io.tensorscope.app.workbench.profile;

import io.tensorscope.app.workbench.chart.ChartTheme;
import io.tensorscope.app.workbench.chart.Drawing;
import io.tensorscope.app.workbench.graph.OpFamily;
import io.tensorscope.profiler.timing.KernelTiming;
import javafx.geometry.VPos;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.util.List;

/**
 * The slowest kernels of the active profile as horizontal bars of their median time with p10–p90 whiskers,
 * coloured by op family; clicking a bar selects its kernel.
 */
public final class KernelTimingChart extends ProfileCanvasPane {

    /** How many kernels are shown. */
    public static final int KERNELS_SHOWN = 20;

    private static final double MAX_NAME_COLUMN_PX = 210;
    private static final double VALUE_COLUMN_PX = 105;
    private static final double TOP_PX = 8;
    private static final double MAX_ROW_PX = 24;

    private List<KernelTiming> shown = List.of();
    private double rowPx = MAX_ROW_PX;

    /** Builds the chart and binds it to {@code viewModel}. */
    public KernelTimingChart(ProfileViewModel viewModel) {
        super(viewModel, "kernel-timing-chart");
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            int row = (int) Math.floor((e.getY() - TOP_PX) / rowPx);
            if (row >= 0 && row < shown.size()) {
                viewModel.selectKernel(shown.get(row).kernel());
            }
        });
    }

    /** @return the kernels drawn, slowest first */
    public List<KernelTiming> shownKernels() {
        return shown;
    }

    @Override
    protected void redraw() {
        Drawing g = ChartTheme.onScreen(canvas.getGraphicsContext2D());
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, width, height);
        ProfileRun run = viewModel.activeProperty().get();
        shown = run == null ? List.of() : run.slowestKernels(KERNELS_SHOWN);
        if (shown.isEmpty()) {
            return;
        }
        rowPx = Math.max(10, Math.min(MAX_ROW_PX, (height - TOP_PX - 4) / shown.size()));
        double nameColumn = Math.max(90, Math.min(MAX_NAME_COLUMN_PX, width * 0.36));
        double barsLeft = nameColumn + 8;
        double barsWidth = Math.max(20, width - barsLeft - VALUE_COLUMN_PX);
        double maxMicros = shown.stream().mapToDouble(k -> k.micros().p90()).max().orElse(1);
        String selected = viewModel.selectedKernelProperty().get();
        g.setFont(Font.font(Math.min(12, rowPx * 0.6)));
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < shown.size(); i++) {
            KernelTiming k = shown.get(i);
            double top = TOP_PX + i * rowPx;
            double mid = top + rowPx / 2;
            if (k.kernel().equals(selected)) {
                g.setFill(Color.web("#e0e7ff"));
                g.fillRect(0, top, width, rowPx);
            }
            g.setFill(Color.web("#0f172a"));
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(tail(k.kernel(), (int) (nameColumn / 6.8)), nameColumn, mid, nameColumn - 4);
            double scale = barsWidth / maxMicros;
            g.setFill(Color.web(OpFamily.of(k.opType()).colour()));
            g.fillRect(barsLeft, top + rowPx * 0.2, Math.max(1, k.micros().median() * scale), rowPx * 0.6);
            g.setStroke(Color.web("#0f172a"));
            g.setLineWidth(1.2);
            double low = barsLeft + k.micros().p10() * scale;
            double high = barsLeft + k.micros().p90() * scale;
            g.strokeLine(low, mid, high, mid);
            g.strokeLine(low, mid - rowPx * 0.22, low, mid + rowPx * 0.22);
            g.strokeLine(high, mid - rowPx * 0.22, high, mid + rowPx * 0.22);
            g.setFill(Color.web("#334155"));
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(ProfileText.duration(k.micros().median()) + String.format(java.util.Locale.ROOT, "  %.1f %%",
                    k.share() * 100), high + 6, mid);
        }
    }

    /** @return the last {@code chars} characters of {@code name}, with a leading ellipsis when cut */
    static String tail(String name, int chars) {
        return name.length() <= chars ? name : "…" + name.substring(name.length() - chars + 1);
    }
}
