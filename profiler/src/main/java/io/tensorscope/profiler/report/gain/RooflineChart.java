package io.tensorscope.profiler.report.gain;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.DoubleStream;

/**
 * A candidate's kernels (orange) over the baseline's (grey) on the measured roofs, log-log: GFLOP/s against FLOPs
 * per byte; bandwidth roofs as slopes, peaks flat.
 */
final class RooflineChart {

    private RooflineChart() {
    }

    static void draw(Sketch s, RooflineView view) {
        List<RooflineView.Point> all = new ArrayList<>(view.before());
        all.addAll(view.after());
        double[] intensities = all.stream().mapToDouble(RooflineView.Point::intensity).toArray();
        double[] performance = DoubleStream.concat(all.stream().mapToDouble(RooflineView.Point::gflops),
                view.roofs().stream().filter(r -> !r.bandwidth()).mapToDouble(RooflineView.Roof::value)).toArray();
        ChartAxis x = ChartFrame.horizontal(intensities, true);
        ChartAxis y = ChartFrame.vertical(performance, true);
        ChartFrame.draw(s, "roofline: " + view.candidate() + " over the baseline", x, "FLOPs per byte", y, "GFLOP/s");
        double peak = view.roofs().stream().filter(r -> !r.bandwidth()).mapToDouble(RooflineView.Roof::value).max()
                .orElse(y.max());
        double bandwidth = view.roofs().stream().filter(RooflineView.Roof::bandwidth)
                .mapToDouble(RooflineView.Roof::value).max().orElse(Double.NaN);
        double labelEnd = x.at(x.max()) - 2;
        for (RooflineView.Roof roof : view.roofs()) {
            if (roof.bandwidth()) {
                double knee = Math.min(peak / roof.value(), x.max());
                double start = Math.max(x.min(), y.min() / roof.value());
                s.line(x.at(start), y.at(start * roof.value()), x.at(knee), y.at(knee * roof.value()), "#1f77b4", 1,
                        false);
                s.text(x.at(start) + 2, y.at(start * roof.value()) - 3, roof.name(), 8, "#1f77b4", "start");
            } else {
                double knee = Double.isNaN(bandwidth) ? x.min() : Math.max(x.min(), roof.value() / bandwidth);
                s.line(x.at(knee), y.at(roof.value()), x.at(x.max()), y.at(roof.value()), "#d62728", 1, true);
                s.text(labelEnd, y.at(roof.value()) - 3, roof.name(), 8, "#d62728", "end");
                labelEnd -= 62;
            }
        }
        plot(s, x, y, view.before(), "#bbbbbb");
        plot(s, x, y, view.after(), "#ff7f0e");
    }

    private static void plot(Sketch s, ChartAxis x, ChartAxis y, List<RooflineView.Point> points, String color) {
        for (RooflineView.Point p : points) {
            if (p.intensity() > 0 && p.gflops() > 0) {
                s.circle(x.at(p.intensity()), y.at(p.gflops()), 2 + 6 * Math.sqrt(p.share()), color, "none");
            }
        }
    }
}
