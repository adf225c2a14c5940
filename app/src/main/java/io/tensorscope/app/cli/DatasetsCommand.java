package io.tensorscope.app.cli;

import io.tensorscope.assets.AssetCatalog;
import io.tensorscope.assets.AssetKind;
import io.tensorscope.assets.BundledAsset;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tensorscope datasets}: the bundled data sets, one per line: id, task, samples. */
@Command(name = "datasets", description = "List the bundled data sets: id, task, samples.")
public final class DatasetsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (BundledAsset asset : AssetCatalog.load().list(AssetKind.DATASET)) {
            out.printf(Locale.ROOT, "%-14s  %-22s  %6d samples  %s%n", asset.id(), asset.task(), asset.samples(), asset.name());
        }
        out.flush();
        return 0;
    }
}
